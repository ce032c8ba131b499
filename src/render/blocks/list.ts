import type { Block, ListItem } from '../../deck/types.js';
import type { Styles } from '../../theme/styles.js';
import { displayWidth } from '../text/text.js';
import { renderProse } from './prose.js';

/** Renders a nested block (inside a list item) at a given width. */
export type RenderChild = (block: Block, width: number, depth: number) => string[];

const BULLETS = ['•', '◦', '▪'];
const ASCII_BULLETS = ['*', '-', '+'];

/**
 * A bulleted or numbered list with hanging indents: wrapped lines align under the text,
 * not under the bullet. Nested blocks are indented under their item.
 */
export function renderList(block: Extract<Block, { kind: 'list' }>, width: number, styles: Styles, renderChild: RenderChild, depth = 0): string[] {
  const lastNumber = block.start + block.items.length - 1;
  const numberWidth = String(lastNumber).length + 1;
  const out: string[] = [];
  block.items.forEach((item, i) => {
    const marker = markerFor(block, item, i, depth, numberWidth, styles.ascii);
    const indent = displayWidth(marker) + 1;
    const textWidth = Math.max(1, width - indent);
    const lines = item.text === '' ? [''] : renderProse(item.text, textWidth, styles);
    lines.forEach((line, n) => {
      out.push(n === 0 ? `${styles.accent(marker)} ${line}` : ' '.repeat(indent) + line);
    });
    for (const child of item.children) {
      for (const line of renderChild(child, textWidth, depth + 1)) out.push(' '.repeat(indent) + line);
    }
  });
  return out;
}

function markerFor(block: Extract<Block, { kind: 'list' }>, item: ListItem, i: number, depth: number, numberWidth: number, ascii: boolean): string {
  if (item.checked !== undefined) return ascii ? (item.checked ? '[x]' : '[ ]') : item.checked ? '☑' : '☐';
  if (block.ordered) return `${block.start + i}.`.padStart(numberWidth);
  const bullets = ascii ? ASCII_BULLETS : BULLETS;
  return bullets[depth % bullets.length] ?? '*';
}
