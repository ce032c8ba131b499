import type { Block, Deck, ImageBlock } from '../../deck/types.js';

/** Every image block of a slide's steps (columns and list items included), in reading order. */
export function slideImages(deck: Deck, slide: number): ImageBlock[] {
  const out: ImageBlock[] = [];
  for (const step of deck.slides[slide]?.steps ?? []) collect(step, out);
  return out;
}

/** Whether any step of the slide holds a picture (cached per block list by the caller). */
export function blocksHaveImages(blocks: readonly Block[]): boolean {
  const out: ImageBlock[] = [];
  collect(blocks, out);
  return out.length > 0;
}

function collect(blocks: readonly Block[], out: ImageBlock[]): void {
  for (const block of blocks) {
    if (block.kind === 'image') out.push(block);
    else if (block.kind === 'columns') for (const column of block.columns) collect(column, out);
    else if (block.kind === 'list') for (const item of block.items) collect(item.children, out);
  }
}
