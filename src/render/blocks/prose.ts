import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { sanitizeText } from '../../parse/clean-text.js';
import { marpImage } from '../../parse/marp-image.js';
import { isLessonLink } from '../../parse/links.js';
import { boundedInline } from '../../parse/nesting-limit.js';
import { hyperlink, isSafeLinkTarget } from '../text/hyperlink.js';
import { restyle, type Styles } from '../../theme/styles.js';
import { stripSgr } from '../text/sgr/tokens.js';
import { decodeEntities } from '../text/html-entities.js';
import { wrapStyled } from '../text/text.js';
import { guardLine } from '../text/sgr/guard.js';

// One Marked instance per Styles: marked-terminal bakes its style functions in at creation.
const instances = new WeakMap<Styles, Marked>();

// marked-terminal protects colons in inline code with this marker and undoes it only in its
// block renderers, which we do not use (it reflows by UTF-16 length and splits emoji).
const COLON_MARKER = /\*#COLON\|\*/g;
// With reflowText on, marked-terminal renders a hard break (`  \n`) as `\r`, so a soft line
// break (plain `\n`) can be told apart and joined with a space.
const HARD_BREAK = '\r';

function inlineRenderer(styles: Styles): Marked {
  const hit = instances.get(styles);
  if (hit) return hit;
  const md = new Marked({ gfm: true }, boundedInline);
  md.use(
    markedTerminal({
      strong: styles.strong,
      em: styles.em,
      codespan: styles.code,
      del: styles.del,
      link: (s: string) => s,
      href: styles.link,
      // Entities as a browser shows them (`&copy;` ©, `&nbsp;`, `&rarr;` →, and the `&lt;`
      // marked writes for `<`), once: code spans keep theirs. What they decode to is lesson
      // text like any other, so it is cleaned of control characters again.
      text: (s: string) => (s.includes('&') ? sanitizeText(decodeEntities(s)) : s),
      emoji: false, // `:word:` replacement also rewrites URLs such as `http://host:8006`.
      reflowText: true,
      unescape: true,
    }),
  );
  // Our own link renderer: marked-terminal emits OSC 8 hyperlinks when it guesses the
  // process's stdout supports them, but we render for print files and SSH terminals too.
  md.use({
    renderer: {
      link(this: { parser: { parseInline: (t: Tokens.Link['tokens']) => string } }, token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        const plainText = stripSgr(text);
        // A link to another lesson is followed with `f`: its text and a small marker say so,
        // its file path (long, percent-encoded) would only crowd a narrow screen.
        if (isLessonLink(token.href) && !styles.lessonPaths)
          return `${styles.link(plainText === '' ? readableHref(token.href) : text)}${styles.muted('\u00A0→')}`;
        // Where the terminal makes links clickable, the text is the link; elsewhere the
        // address is written out after it, so it can still be read (and typed).
        if (styles.hyperlinks && isSafeLinkTarget(token.href)) return hyperlink(token.href, styles.link(plainText === '' ? token.href : text));
        if (plainText === token.href || plainText === '') return styles.link(readableHref(token.href, false));
        return `${styles.link(text)}${styles.muted(` (${readableHref(token.href)})`)}`;
      },
      image(token: Tokens.Image) {
        // Marp's keywords (`bg left:40% w:300`) are not words to show.
        const { alt, background } = marpImage(token.text);
        if (background && alt === '') return '';
        return styles.muted(`[${alt || 'image'}]`);
      },
      html(token: Tokens.HTML | Tokens.Tag) {
        // Inline HTML: `<br>` breaks the line; other tags (and comments) go, the text
        // between them (`<kbd>`, `<sup>`, `<sub>`…) stays.
        if (/^<br\s*\/?>$/i.test(token.text.trim())) return HARD_BREAK;
        return token.text.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '');
      },
    },
  });
  instances.set(styles, md);
  return md;
}

/**
 * Relative links are lesson files: show `./#4 - Mengenal.md`, not `./#4%20-%20Mengenal.md`.
 * Guarded after decoding: `%1B%5B5m` (or an entity marked decoded) must not blink on screen.
 */
function readableHref(href: string, decode = true): string {
  if (!decode || /^[a-z][a-z0-9+.-]*:/i.test(href)) return guardLine(href);
  try {
    return guardLine(decodeURIComponent(href));
  } catch {
    return guardLine(href);
  }
}

/**
 * Renders inline Markdown (bold, italic, code, links…) to styled text on one logical line;
 * hard breaks become `\n`, soft breaks a space. `base` paints the plain text around it.
 */
export function renderInline(markdown: string, styles: Styles, base: (s: string) => string = styles.text): string {
  const rendered = inlineRenderer(styles).parseInline(markdown) as string;
  const text = rendered
    .replace(COLON_MARKER, ':')
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .split(HARD_BREAK)
    .map((line) => line.trim())
    .join('\n');
  return paintBase(text, base);
}

/**
 * Applies the base color under inline styles, line by line (a color must not run past a
 * line end). chalk re-opens the outer color after each nested style closes.
 */
function paintBase(text: string, base: (s: string) => string): string {
  return text
    .split('\n')
    .map((line) => base(line))
    .join('\n');
}

/** Inline Markdown as plain text (for status bars, overview lists and search). */
export function plainInline(markdown: string, styles: Styles): string {
  // Plain text has no links to click: written without hyperlinks, whatever the terminal.
  return stripSgr(renderInline(markdown, styles.hyperlinks ? restyle(styles, { hyperlinks: false }) : styles, (s) => s));
}

/** A paragraph: inline Markdown wrapped to `width` display columns. */
export function renderProse(markdown: string, width: number, styles: Styles, base?: (s: string) => string): string[] {
  return renderInline(markdown, styles, base)
    .split('\n')
    .flatMap((line) => wrapStyled(line, width));
}
