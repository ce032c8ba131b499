/**
 * Lesson text is untrusted: nothing in it may reach the terminal as a control sequence,
 * and its emoji must measure the same in our layout as in real terminals.
 */

// C0 controls except TAB and LF, DEL, and C1 controls (U+0080–U+009F, e.g. the 8-bit CSI U+009B).
// Removing ESC alone defuses every CSI/OSC/DCS sequence; BEL and C1 close the other doors.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

// Why we rewrite emoji rather than measure them: terminals disagree about VS16 emoji (`⚖️`:
// tmux 1 column, kitty 2), ZWJ sequences and skin-tone modifiers (xterm.js draws each part).
// Without those joiners every code point has one width that tmux, xterm.js and string-width
// agree on, so table borders line up everywhere. The picture stays (⚖, 🧙♂); only the
// emoji-presentation hint and the joining are lost.
const EMOJI_JOINERS = /[\uFE0E\uFE0F\u200D]|\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}/gu;

// Zero-width and bidi-control characters can hide text or reorder a line visually.
const INVISIBLES = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Makes untrusted text safe and measurable: normalizes line ends, removes control
 * characters (keeping TAB and LF), bidi overrides, and emoji joiners.
 */
export function sanitizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(INVISIBLES, '').replace(EMOJI_JOINERS, '');
}

/** Deeper than this a decoded YAML value is not something a lesson means (and would recurse without bound). */
const MAX_VALUE_DEPTH = 64;

/**
 * A decoded YAML (or JSON) value with every string in it — mapping keys too — passed
 * through sanitizeText. YAML decodes its own escapes (`"\e]0;x\a"`, `"\x9b"`) after the
 * lesson text was cleaned, so what it hands back is cleaned again. Values nested deeper
 * than MAX_VALUE_DEPTH are dropped.
 */
export function sanitizeDecoded(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return sanitizeText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_VALUE_DEPTH) return undefined;
  if (Array.isArray(value)) return value.map((item) => sanitizeDecoded(item, depth + 1));
  if (value instanceof Date) return value;
  const clean: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) clean[sanitizeText(key)] = sanitizeDecoded(item, depth + 1);
  return clean;
}
