import { foldForSearch } from '../deck/search.js';
import type { Block, Deck, Slide } from '../deck/types.js';
import { makeStyles } from '../theme/styles.js';
import { darkTheme } from '../theme/theme.js';
import { plainInline } from './blocks/prose.js';

const plainStyles = makeStyles(darkTheme, 0);
const cache = new WeakMap<Deck, string[]>();

function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'prose':
      return [plainInline(block.text, plainStyles)];
    case 'list':
      return block.items.flatMap((item) => [plainInline(item.text, plainStyles), ...item.children.flatMap(blockText)]);
    case 'table':
      return [...block.header, ...block.rows.flat()].map((cell) => plainInline(cell, plainStyles));
    case 'code':
      return [block.text];
    case 'art':
      return [block.variants[0] ?? ''];
    case 'columns':
      return block.columns.flat().flatMap(blockText);
    case 'quote':
      return block.blocks.flatMap(blockText);
    case 'rule':
    case 'space':
      return [];
    case 'image':
      return [block.alt];
  }
}

/** What a reader sees of a slide, as plain text (title and every step). */
export function slidePlainText(slide: Slide): string {
  return [plainInline(slide.title, plainStyles), ...slide.steps.flat().flatMap(blockText)].join('\n');
}

/** The title a list shows for a slide: its heading, else its first words. */
export function slideLabel(slide: Slide): string {
  if (slide.title !== '') return plainInline(slide.title, plainStyles);
  const first =
    slide.steps
      .flat()
      .flatMap(blockText)
      .find((t) => t.trim() !== '') ?? '';
  return first.split('\n')[0]?.trim() ?? '';
}

/** Every slide's text folded for search, computed once per deck. */
export function searchableTexts(deck: Deck): string[] {
  let texts = cache.get(deck);
  if (!texts) cache.set(deck, (texts = deck.slides.map((s) => foldForSearch(slidePlainText(s)))));
  return texts;
}
