import { Lexer, type Token, type Tokens } from 'marked';
import { boundedInlineOptions } from './nesting-limit.js';
import type { Block, ImageBlock } from '../deck/types.js';
import { sanitizeText } from './clean-text.js';
import { marpImage } from './marp-image.js';

/**
 * Pictures in a paragraph or an HTML block. A picture that stands on a line of its own —
 * `![alt](src)`, `<img src alt>`, or either wrapped in a link — becomes an image block; a
 * picture inside a sentence stays in the prose (shown as `[alt]`), so the sentence is not cut.
 */

/** Blocks for a paragraph: undefined when it has no picture on a line of its own. */
export function paragraphWithImages(paragraph: Tokens.Paragraph): Block[] | undefined {
  // The deck's lexer runs the block pass only (see lex()): inline tokens are made here, for
  // the few paragraphs that may hold a picture.
  if (!/!\[|<img\b/i.test(paragraph.text)) return undefined;
  const tokens = Lexer.lexInline(paragraph.text, boundedInlineOptions);
  if (!tokens.some((t) => pictureOf(t) !== undefined)) return undefined;
  const out: Block[] = [];
  let prose = '';
  const flush = () => {
    const text = prose.trim();
    if (text !== '') out.push({ kind: 'prose', text });
    prose = '';
  };
  tokens.forEach((token, i) => {
    const picture = pictureOf(token);
    if (picture && alone(tokens, i)) {
      flush();
      out.push(picture);
    } else {
      prose += token.raw;
    }
  });
  flush();
  return out.some((b) => b.kind === 'image') ? out : undefined;
}

/** Blocks for raw HTML: each `<img>` a picture, the text between the tags as prose. */
export function htmlWithImages(html: string): Block[] | undefined {
  if (!IMG_TAG.test(html)) return undefined;
  const out: Block[] = [];
  const text = (piece: string) => {
    const plain = piece
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]*>/g, '')
      .trim();
    if (plain !== '') out.push({ kind: 'prose', text: plain });
  };
  let last = 0;
  for (const match of html.matchAll(new RegExp(IMG_TAG.source, 'gi'))) {
    text(html.slice(last, match.index));
    const picture = imgTagPicture(match[0]);
    if (picture) out.push(picture);
    last = match.index + match[0].length;
  }
  text(html.slice(last));
  return out;
}

const IMG_TAG = /<img\b[^>]*>/i;

// A private instance supplies complete options (gfm on) to the inline lexer.

/** The picture a single inline token shows, if it is one. */
function pictureOf(token: Token): ImageBlock | undefined {
  if (token.type === 'image') {
    const t = token as Tokens.Image;
    // Marp's keywords in the alt text (`bg left:40%`, `w:300`) size and place the picture.
    const marp = marpImage(clean(t.text));
    const block: ImageBlock = { kind: 'image', src: clean(t.href), alt: marp.alt };
    if (marp.width !== undefined) block.width = marp.width;
    if (marp.height !== undefined) block.height = marp.height;
    if (marp.background) block.background = marp.side?.at ?? 'full';
    return block;
  }
  if (token.type === 'html') {
    const raw = (token as Tokens.HTML).raw;
    return /^\s*<img\b[^>]*>\s*$/i.test(raw) ? imgTagPicture(raw) : undefined;
  }
  if (token.type === 'link') {
    // `[![alt](shot.png)](https://…)`: a linked picture is still a picture.
    const inner = (token as Tokens.Link).tokens.filter((t) => !(t.type === 'text' && t.raw.trim() === ''));
    return inner.length === 1 && inner[0] ? pictureOf(inner[0]) : undefined;
  }
  return undefined;
}

/** Whether token `i` has nothing but line breaks (or the paragraph's ends) beside it. */
function alone(tokens: readonly Token[], i: number): boolean {
  const before = i === 0 ? '\n' : lineEdge(tokens[i - 1]?.raw ?? '', 'end');
  const after = i === tokens.length - 1 ? '\n' : lineEdge(tokens[i + 1]?.raw ?? '', 'start');
  return before === '\n' && after === '\n';
}

function lineEdge(raw: string, side: 'start' | 'end'): string {
  const trimmed = side === 'end' ? raw.replace(/[ \t]+$/, '') : raw.replace(/^[ \t]+/, '');
  if (trimmed === '') return '\n';
  const ch = side === 'end' ? trimmed[trimmed.length - 1] : trimmed[0];
  return ch === '\n' || ch === '\r' ? '\n' : (ch ?? '\n');
}

/** `<img src="…" alt="…" width="…" height="…">` as a picture; undefined without a `src`. */
export function imgTagPicture(tag: string): ImageBlock | undefined {
  const attrs = attributes(tag);
  const src = attrs.get('src');
  if (src === undefined || src.trim() === '') return undefined;
  const block: ImageBlock = { kind: 'image', src: clean(src.trim()), alt: clean(attrs.get('alt') ?? attrs.get('title') ?? '') };
  const width = attrs.get('width');
  const height = attrs.get('height');
  if (width !== undefined && width.trim() !== '') block.width = width.trim();
  if (height !== undefined && height.trim() !== '') block.height = height.trim();
  return block;
}

/** The attributes of one HTML start tag, names lower-cased, values entity-decoded. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = tag.replace(/^<img\b/i, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

// Attribute values are raw HTML: decode the few entities paths and alt texts use.
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

// marked decodes numeric entities in alt text and hrefs; control characters never pass.
function clean(text: string): string {
  return sanitizeText(text).replace(/\s+/g, ' ').trim();
}
