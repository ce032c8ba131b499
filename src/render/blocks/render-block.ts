import type { Block } from '../../deck/types.js';
import type { Styles } from '../../theme/styles.js';
import { renderArt } from './art.js';
import { renderCode } from './code.js';
import { renderHeading } from './heading.js';
import { renderImage } from './image.js';
import { renderList } from './list.js';
import { renderProse } from './prose.js';
import { renderQuote } from './quote.js';
import { renderTable, renderTableParts } from './table.js';
import { padEndStyled, widestLine } from '../text/text.js';

/** Below this width per column, columns are stacked instead of side by side. */
const MIN_SIDE_BY_SIDE = 28;
const COLUMN_GAP = 3;

/**
 * Renders one block to styled lines no wider than `width`. `room` is how many lines a
 * picture (or columns holding one) may grow to; undefined where nobody knows (list items).
 */
export function renderBlock(block: Block, width: number, styles: Styles, depth = 0, room?: number): string[] {
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
      return renderColumns(block, width, styles, room);
    case 'quote':
      return renderQuote(block, width, styles, (blocks, w) => renderBlocks(blocks, w, styles));
    case 'space':
      // Blank lines that the gap before the next block does not swallow: `lines` in all.
      return new Array<string>(block.lines).fill('');
    case 'image':
      return renderImage(block, width, room, styles);
  }
}

/**
 * Blocks stacked with one blank line between them. Given the `room` they have, pictures
 * share what the other blocks leave of it, so the slide fits the screen.
 */
export function renderBlocks(blocks: readonly Block[], width: number, styles: Styles, room?: number): string[] {
  return renderBlocksWithHeaders(blocks, width, styles, room).lines;
}

/** Lines `start`..`end` (exclusive) are a table whose first `headerLines` lines are its header. */
export interface TableSpan {
  start: number;
  end: number;
  headerLines: number;
}

/** renderBlocks, also saying where each top-level table and its header are in the lines. */
export function renderBlocksWithHeaders(blocks: readonly Block[], width: number, styles: Styles, room?: number): { lines: string[]; tables: TableSpan[] } {
  const shares = room === undefined ? undefined : pictureShares(blocks, width, styles, room);
  const out: string[] = [];
  const tables: TableSpan[] = [];
  let afterSpace = false;
  for (const [i, block] of blocks.entries()) {
    const parts =
      block.kind === 'table' ? renderTableParts(block, width, styles) : { lines: renderBlock(block, width, styles, 0, shares?.get(i)), headerLines: 0 };
    if (parts.lines.length === 0) continue;
    // Blank lines asked for (`new_lines`) are all the gap there is.
    if (out.length > 0 && !block.attached && !afterSpace) out.push('');
    if (parts.headerLines > 0) tables.push({ start: out.length, end: out.length + parts.lines.length, headerLines: parts.headerLines });
    for (const line of parts.lines) out.push(line);
    afterSpace = block.kind === 'space';
  }
  return { lines: out, tables };
}

/** Whether a block grows with the room it is given: a picture, or columns holding one. */
function grows(block: Block): boolean {
  return block.kind === 'image' || (block.kind === 'columns' && block.columns.some((c) => c.some(grows)));
}

/**
 * The rows each growing block may take: what the other blocks (and the gaps) leave of
 * `room`, shared equally; columns add what they measure without room of their own.
 */
function pictureShares(blocks: readonly Block[], width: number, styles: Styles, room: number): Map<number, number> | undefined {
  const growing = [...blocks.keys()].filter((i) => grows(blocks[i] as Block));
  if (growing.length === 0) return undefined;
  let used = 0;
  let drawn = 0;
  const measured = new Map<number, number>();
  for (const [i, block] of blocks.entries()) {
    const isGrowing = grows(block);
    const lines = block.kind === 'image' ? 0 : renderBlock(block, width, styles, 0, isGrowing ? 0 : undefined).length;
    if (lines === 0 && block.kind !== 'image') continue;
    if (drawn > 0 && !block.attached) used++;
    drawn++;
    if (isGrowing) measured.set(i, lines);
    else used += lines;
  }
  const usedByColumns = [...measured.values()].reduce((a, b) => a + b, 0);
  const share = Math.max(0, Math.floor((room - used - usedByColumns) / growing.length));
  return new Map(growing.map((i) => [i, share + (measured.get(i) ?? 0)]));
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
  const natural = block.columns.map((blocks) => Math.max(1, widestLine(renderBlocks(blocks, width, styles))));
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
function renderColumns(block: Extract<Block, { kind: 'columns' }>, width: number, styles: Styles, room?: number): string[] {
  const count = block.columns.length;
  const widths = sideBySideWidths(block, width, styles);
  if (!widths) return renderBlocks(block.columns.flat(), width, styles, room);
  const rendered = block.columns.map((blocks, i) => renderBlocks(blocks, widths[i] ?? 1, styles, room));
  const height = rendered.reduce((most, c) => Math.max(most, c.length), 0);
  return Array.from({ length: height }, (_, row) =>
    rendered
      .map((lines, i) => (i === count - 1 ? (lines[row] ?? '') : padEndStyled(lines[row] ?? '', widths[i] ?? 1)))
      .join(' '.repeat(COLUMN_GAP))
      .trimEnd(),
  );
}
