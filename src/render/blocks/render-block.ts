import type { Block } from '../../deck/types.js';
import type { Styles } from '../../theme/styles.js';
import { renderArt } from './art.js';
import { renderCode } from './code.js';
import { renderHeading } from './heading.js';
import { renderList } from './list.js';
import { renderProse } from './prose.js';
import { renderTable, renderTableParts } from './table.js';
import { displayWidth, padEndStyled } from '../text/text.js';

/** Below this width per column, columns are stacked instead of side by side. */
const MIN_SIDE_BY_SIDE = 28;
const COLUMN_GAP = 3;

/** Renders one block to styled lines no wider than `width`. */
export function renderBlock(block: Block, width: number, styles: Styles, depth = 0): string[] {
  switch (block.kind) {
    case 'heading':
      return renderHeading(block.text, block.level, width, styles);
    case 'prose':
      if (block.quote) {
        const bar = `${styles.border('│')} `;
        return renderProse(block.text, Math.max(1, width - 2), styles, styles.muted).map((l) => bar + l);
      }
      return renderProse(block.text, width, styles);
    case 'list':
      return renderList(block, width, styles, (child, w, d) => renderBlock(child, w, styles, d), depth);
    case 'table':
      return renderTable(block, width, styles);
    case 'code':
      return renderCode(block.text, block.lang, width, styles);
    case 'art':
      return renderArt(block.variants, width, styles);
    case 'rule':
      return [styles.border('─'.repeat(Math.max(1, width)))];
    case 'columns':
      return renderColumns(block, width, styles);
  }
}

/** Blocks stacked with one blank line between them. */
export function renderBlocks(blocks: readonly Block[], width: number, styles: Styles): string[] {
  return renderBlocksWithHeaders(blocks, width, styles).lines;
}

/** Lines `start`..`end` (exclusive) are a table whose first `headerLines` lines are its header. */
export interface TableSpan {
  start: number;
  end: number;
  headerLines: number;
}

/** renderBlocks, also saying where each top-level table and its header are in the lines. */
export function renderBlocksWithHeaders(blocks: readonly Block[], width: number, styles: Styles): { lines: string[]; tables: TableSpan[] } {
  const out: string[] = [];
  const tables: TableSpan[] = [];
  for (const block of blocks) {
    const parts = block.kind === 'table' ? renderTableParts(block, width, styles) : { lines: renderBlock(block, width, styles), headerLines: 0 };
    if (parts.lines.length === 0) continue;
    if (out.length > 0 && !block.attached) out.push('');
    if (parts.headerLines > 0) tables.push({ start: out.length, end: out.length + parts.lines.length, headerLines: parts.headerLines });
    out.push(...parts.lines);
  }
  return { lines: out, tables };
}

/**
 * The width of each column when a columns block `width` wide is laid out side by side, or
 * undefined when it is stacked instead (check uses the same decision).
 */
export function sideBySideWidths(block: Extract<Block, { kind: 'columns' }>, width: number, styles: Styles): number[] | undefined {
  const count = block.columns.length;
  const usable = width - COLUMN_GAP * (count - 1);
  const total = block.widths.reduce((a, b) => a + b, 0) || count;
  const widths = block.widths.map((w) => Math.floor((usable * w) / total));
  if (widths.every((w) => w >= MIN_SIDE_BY_SIDE)) return widths;
  // What each column needs unwrapped (laid out with the whole width to itself).
  const natural = block.columns.map((blocks) => Math.max(1, ...renderBlocks(blocks, width, styles).map(displayWidth)));
  const needed = natural.reduce((a, b) => a + b, 0);
  if (usable <= 0 || needed > usable) return undefined;
  const spare = usable - needed;
  return natural.map((n, i) => n + Math.floor((spare * (block.widths[i] ?? 1)) / total));
}

/**
 * Columns side by side when each gets a readable width, or when their content fits side by
 * side as it is (short lines, a small table): then each gets what it needs and the rest is
 * shared in proportion. Otherwise one after the other.
 */
function renderColumns(block: Extract<Block, { kind: 'columns' }>, width: number, styles: Styles): string[] {
  const count = block.columns.length;
  const widths = sideBySideWidths(block, width, styles);
  if (!widths) return renderBlocks(block.columns.flat(), width, styles);
  const rendered = block.columns.map((blocks, i) => renderBlocks(blocks, widths[i] ?? 1, styles));
  const height = Math.max(...rendered.map((c) => c.length));
  return Array.from({ length: height }, (_, row) =>
    rendered
      .map((lines, i) => (i === count - 1 ? (lines[row] ?? '') : padEndStyled(lines[row] ?? '', widths[i] ?? 1)))
      .join(' '.repeat(COLUMN_GAP))
      .trimEnd(),
  );
}
