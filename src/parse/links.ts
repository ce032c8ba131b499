import { Lexer, type Token } from 'marked';
import { boundedInlineOptions } from './nesting-limit.js';
import { sanitizeText } from './clean-text.js';
import type { Block, Slide } from '../deck/types.js';

/** A Markdown link on a slide: what it says and where it points. */
export interface SlideLink {
  /** The link text as plain text (no Markdown markup), whitespace collapsed. */
  text: string;
  /** The destination as the lesson wrote it: still percent-encoded, only control characters removed. */
  href: string;
}

// A private instance supplies complete options (gfm on) to the inline lexer; the global
// `marked` defaults are shared and anything calling `marked.use` would change them.

/**
 * Every Markdown link on a slide, in reading order and once per href: the title, then each
 * step's blocks (headings, prose, list items and their children, table cells, columns).
 * Code and art are verbatim text, so a `[x](y)` in them is not a link.
 * Reference-style links (`[text][ref]`) are not found: the deck keeps no link definitions.
 */
export function slideLinks(slide: Slide): SlideLink[] {
  const found = new Map<string, SlideLink>();
  const visit = (inline: string) => {
    for (const link of inlineLinks(Lexer.lexInline(inline, boundedInlineOptions))) {
      if (!found.has(link.href)) found.set(link.href, link);
    }
  };
  visit(slide.title);
  for (const step of slide.steps) visitBlocks(step, visit);
  return [...found.values()];
}

/** Calls `visit` with every piece of inline Markdown in `blocks`, in reading order. */
function visitBlocks(blocks: readonly Block[], visit: (inline: string) => void): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
      case 'prose':
        visit(block.text);
        break;
      case 'list':
        for (const item of block.items) {
          visit(item.text);
          visitBlocks(item.children, visit);
        }
        break;
      case 'table':
        for (const row of [block.header, ...block.rows]) for (const cell of row) visit(cell);
        break;
      case 'columns':
        for (const column of block.columns) visitBlocks(column, visit);
        break;
      case 'quote':
        visitBlocks(block.blocks, visit);
        break;
      case 'code':
      case 'art':
      case 'rule':
      case 'space':
        break;
    }
  }
}

/** Link tokens anywhere in an inline token tree (links inside emphasis too). */
function inlineLinks(tokens: readonly Token[]): SlideLink[] {
  const links: SlideLink[] = [];
  for (const token of tokens) {
    if (token.type === 'link') {
      const children = 'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : [];
      // marked decodes numeric entities (`&#27;` is ESC), so clean what it hands back.
      const href = sanitizeText(String((token as { href?: unknown }).href ?? ''));
      const text = plainOf(children) || href;
      links.push({ text, href });
    } else if ('tokens' in token && Array.isArray(token.tokens)) {
      for (const link of inlineLinks(token.tokens as Token[])) links.push(link);
    }
  }
  return links;
}

/**
 * Inline Markdown as plain text: markup removed, code spans and image alt text kept, common
 * HTML entities decoded, whitespace collapsed. For titles in menus and link labels.
 */
export function inlinePlainText(inline: string): string {
  return plainOf(Lexer.lexInline(inline, boundedInlineOptions));
}

function plainOf(tokens: readonly Token[]): string {
  // Sanitized again: marked itself turns numeric entities such as `&#27;` into characters.
  return collapse(sanitizeText(decodeEntities(tokens.map(plainToken).join(''))));
}

function plainToken(token: Token): string {
  switch (token.type) {
    case 'html':
      return ''; // tags such as <b>; their inner text arrives as separate text tokens
    case 'br':
      return ' ';
    default:
      if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0) {
        return (token.tokens as Token[]).map(plainToken).join('');
      }
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

// marked leaves entities in text tokens (the HTML renderer would pass them through); a
// terminal shows them literally, so decode the ones people actually write.
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Control characters must not come back in through an entity.
      return code >= 0x20 && code <= 0x10ffff && !(code >= 0x7f && code <= 0x9f) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const LESSON_FILE = /\.(md|markdown)$/i;

/**
 * The file path a relative lesson link points to, percent-decoded and without its
 * `#fragment`; undefined when `href` is not a relative link to a `.md`/`.markdown` file.
 *
 * A `#` only starts a fragment when a file name comes before it (`x.md#part`). In the
 * lesson's `./#4%20-%20Mengenal%20Proxmox%20VE.md` nothing but `./` precedes it, so the
 * `#` is the first character of the file name `#4 - Mengenal Proxmox VE.md` (which is why
 * `new URL()` cannot be used here). A link that starts with `#` is an anchor on the page.
 */
export function lessonLinkPath(href: string): string | undefined {
  const raw = href.trim();
  if (raw === '' || raw.startsWith('#') || raw.startsWith('/') || SCHEME.test(raw)) return undefined;
  const path = decodePath(withoutFragment(raw));
  return path.includes('\u0000') || !LESSON_FILE.test(path) ? undefined : path;
}

/** True for relative links to `.md`/`.markdown` lessons (see `lessonLinkPath`). */
export function isLessonLink(href: string): boolean {
  return lessonLinkPath(href) !== undefined;
}

/** Cuts the fragment at the first `#` that follows a file name (not a folder like `./`). */
function withoutFragment(href: string): string {
  for (let i = href.indexOf('#'); i >= 0; i = href.indexOf('#', i + 1)) {
    const before = href.slice(0, i);
    const last = before.slice(before.lastIndexOf('/') + 1);
    if (last !== '' && last !== '.' && last !== '..') return before;
  }
  return href;
}

/** decodeURIComponent, but a stray `%` (a file called `50%.md`) is kept as written. */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
