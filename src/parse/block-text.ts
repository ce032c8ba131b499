import type { Block } from '../deck/types.js';
import { copyBlockLine } from './block-lines.js';

/**
 * A block with every piece of inline Markdown it holds passed through `rewrite` (headings,
 * paragraphs, list items, table cells, quotes and columns, nested ones too); code and art are
 * verbatim and stay as they are. Returns the same object when nothing changed.
 */
export function mapBlockText(block: Block, rewrite: (text: string) => string): Block {
  const mapped = rewritten(block, rewrite);
  if (mapped !== block) copyBlockLine(block, mapped);
  return mapped;
}

function rewritten(block: Block, rewrite: (text: string) => string): Block {
  const all = (blocks: Block[]) => blocks.map((b) => mapBlockText(b, rewrite));
  switch (block.kind) {
    case 'heading':
    case 'prose': {
      const text = rewrite(block.text);
      return text === block.text ? block : { ...block, text };
    }
    case 'list':
      return { ...block, items: block.items.map((item) => ({ ...item, text: rewrite(item.text), children: all(item.children) })) };
    case 'table':
      return { ...block, header: block.header.map(rewrite), rows: block.rows.map((row) => row.map(rewrite)) };
    case 'quote':
      return { ...block, blocks: all(block.blocks) };
    case 'columns':
      return { ...block, columns: block.columns.map(all) };
    case 'code':
    case 'art':
    case 'rule':
    case 'space':
    case 'image':
      return block;
  }
}
