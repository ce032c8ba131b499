/**
 * Clickable links (OSC 8), for terminals that support them. A target must be a web or mail
 * address of printable ASCII without spaces: nothing a lesson writes can smuggle another
 * escape sequence, a control character or a `javascript:` URL through one.
 */
const SAFE_TARGET = /^(?:https?:\/\/|mailto:|ftp:\/\/)[\x21-\x7e]{1,2000}$/i;

/** Whether `href` may be the target of a clickable link. */
export function isSafeLinkTarget(href: string): boolean {
  return SAFE_TARGET.test(href) && !href.includes(';');
}

/** `text` as a clickable link to `href` (OSC 8, ended by ST), or `text` alone when `href` is not safe. */
export function hyperlink(href: string, text: string): string {
  return isSafeLinkTarget(href) ? `\u001B]8;;${href}\u001B\\${text}\u001B]8;;\u001B\\` : text;
}

/**
 * An OSC 8 sequence as hyperlink() writes it: the opening one with a safe target, or the
 * closing one. The output guard lets exactly these through.
 */
export const OSC8_SEQUENCE = /\u001B\]8;;(?:(?:https?:\/\/|mailto:|ftp:\/\/)[\x21-\x3a\x3c-\x7e]{1,2000})?\u001B\\/giy;
