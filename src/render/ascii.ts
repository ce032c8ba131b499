import type { Block, Deck, ListItem, Slide } from '../deck/types.js';
import { sharePicture } from '../load/images/picture-store.js';
import { displayWidth } from './text/text.js';

/**
 * ASCII mode (`--ascii`, or a locale that is not UTF-8): every Frame is pure ASCII. Text is
 * rewritten before layout (emoji dropped, accents stripped, typographic marks spelled out),
 * so wrapping and tables measure what is shown; the renderer's own glyphs (borders, bars,
 * arrows) are swapped one for one afterwards, which keeps every width and alignment.
 */

// Pictographs, flags and keycap marks; digits and #/* are Emoji too but stay as text.
// Made on first use: built at load (the bundle turns it into `new RegExp`), its Unicode
// property sets cost every start a few milliseconds, ASCII mode or not.
let emoji: RegExp | undefined;
const EMOJI = () => (emoji ??= /(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3\uFE0F\u200D]|\p{Emoji_Modifier})+/gu);

const SPELLED: Record<string, string> = {
  '—': '--',
  '–': '-',
  '…': '...',
  '“': '"',
  '”': '"',
  '„': '"',
  '‘': "'",
  '’': "'",
  '«': '<<',
  '»': '>>',
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '×': 'x',
  '·': '-',
  '•': '*',
  '©': '(c)',
  '®': '(R)',
  '™': '(TM)',
  '€': 'EUR',
  '\u00A0': ' ',
};

/** Width-1 glyphs the renderer draws, and their ASCII stand-ins. */
const GLYPHS: Record<string, string> = {
  '─': '-',
  '━': '=',
  '═': '=',
  '│': '|',
  '┃': '|',
  '║': '|',
  '▌': '|',
  '┌': '+',
  '┐': '+',
  '└': '+',
  '┘': '+',
  '├': '+',
  '┤': '+',
  '┬': '+',
  '┴': '+',
  '┼': '+',
  '╔': '+',
  '╗': '+',
  '╚': '+',
  '╝': '+',
  '╠': '+',
  '╣': '+',
  '╦': '+',
  '╩': '+',
  '╬': '+',
  '╭': '+',
  '╮': '+',
  '╯': '+',
  '╰': '+',
  '╧': '+',
  '╤': '+',
  '╪': '+',
  '╟': '+',
  '╢': '+',
  '•': '*',
  '◦': 'o',
  '▪': '-',
  '›': '>',
  '‹': '<',
  '…': '.',
  '·': '.',
  '→': '>',
  '←': '<',
  '↑': '^',
  '↓': 'v',
  '↕': '|',
  '☐': 'o',
  '☑': 'x',
  '—': '-',
  '–': '-',
  '█': '#',
  '░': '.',
};

/** Rewrites text to ASCII: emoji removed, accents stripped, marks spelled out, the rest as `?`. */
export function asciiText(text: string): string {
  return text
    .replace(/[ \t]?(?:[\p{Extended_Pictographic}\p{Regional_Indicator}]\uFE0F?\u20E3?)+[ \t]?/gu, (m) => (m.startsWith(' ') && m.endsWith(' ') ? ' ' : ''))
    .replace(EMOJI(), '')
    .replace(/[^\x00-\x7F]/gu, (ch) => SPELLED[ch] ?? GLYPHS[ch] ?? stripAccents(ch));
}

function stripAccents(ch: string): string {
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[\x00-\x7F]+$/.test(base) ? base : '?'.repeat(Math.max(1, displayWidth(ch)));
}

/** Replaces the renderer's glyphs in a styled line, one column for one column. */
export function asciiGlyphs(line: string): string {
  return line.replace(/[^\x00-\x7F]/gu, (ch) => GLYPHS[ch] ?? SPELLED[ch]?.slice(0, 1) ?? stripAccents(ch).slice(0, displayWidth(ch) || 1));
}

const decks = new WeakMap<Deck, Deck>();

/** The same deck with every text rewritten by asciiText (computed once per deck). */
export function asciiDeck(deck: Deck): Deck {
  const hit = decks.get(deck);
  if (hit) return hit;
  const ascii: Deck = { meta: { ...deck.meta, title: asciiText(deck.meta.title).trim() }, slides: deck.slides.map(asciiSlide) };
  decks.set(deck, ascii);
  return ascii;
}

function asciiSlide(slide: Slide): Slide {
  const ascii: Slide = { ...slide, title: asciiText(slide.title).trim(), notes: asciiText(slide.notes), steps: slide.steps.map((s) => s.map(asciiBlock)) };
  if (slide.header !== undefined) ascii.header = asciiText(slide.header).trim();
  if (slide.footer !== undefined) ascii.footer = asciiText(slide.footer).trim();
  return ascii;
}

function asciiItem(item: ListItem): ListItem {
  return { ...item, text: asciiText(item.text), children: item.children.map(asciiBlock) };
}

function asciiBlock(block: Block): Block {
  switch (block.kind) {
    case 'heading':
    case 'prose':
      return { ...block, text: asciiText(block.text) };
    case 'list':
      return { ...block, items: block.items.map(asciiItem) };
    case 'table':
      return { ...block, header: block.header.map(asciiText), rows: block.rows.map((r) => r.map(asciiText)) };
    case 'code':
      return { ...block, text: asciiText(block.text) };
    case 'art':
      // Art keeps its shape: glyphs are swapped one for one, never spelled out.
      return { ...block, variants: block.variants.map(asciiGlyphs) };
    case 'columns':
      return { ...block, columns: block.columns.map((c) => c.map(asciiBlock)) };
    case 'quote':
      return { ...block, blocks: block.blocks.map(asciiBlock) };
    case 'rule':
    case 'space':
      return block;
    case 'image':
      return sharePicture({ ...block, alt: asciiText(block.alt) }, block);
  }
}
