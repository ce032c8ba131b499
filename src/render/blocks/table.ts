import type { Align, Block } from '../../deck/types.js';
import type { Styles } from '../../theme/styles.js';
import { centerStyled, displayWidth, padEndStyled, wrapStyled } from '../text/text.js';
import { renderInline } from './prose.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Narrowest useful column (text) width; below it the table is shown as stacked cards. */
const MIN_COLUMN = 3;

/**
 * Our own table renderer (marked-terminal's never wraps to the width and measures UTF-16
 * units): box-drawing borders, a colored header, each column in its own theme color, cells
 * wrapped so the table fits `width`, and every line exactly the same display width.
 */
export function renderTable(block: TableBlock, width: number, styles: Styles): string[] {
  return renderTableParts(block, width, styles).lines;
}

/** How many columns a table is drawn with: its widest row (header included). */
export function tableColumns(block: TableBlock): number {
  return block.rows.reduce((most, row) => Math.max(most, row.length), block.header.length);
}

/**
 * The table's lines, and how many of them at the top are its header (top border, header
 * row, the rule under it): a slide that scrolls through the table keeps those in view.
 * 0 for stacked cards, which have no header row.
 */
export function renderTableParts(block: TableBlock, width: number, styles: Styles): { lines: string[]; headerLines: number } {
  const columns = tableColumns(block);
  if (columns === 0) return { lines: [], headerLines: 0 };
  const header = cellsOf(block.header, columns, () => styles.tableHeader, styles);
  const rows = block.rows.map((row) => cellsOf(row, columns, (i) => styles.tableColumn(i), styles));
  // Borders: one per column plus one, and one space of padding on each side of a cell.
  const available = width - (columns + 1) - 2 * columns;
  if (available < columns * MIN_COLUMN) return { lines: renderStacked(header, rows, width, styles), headerLines: 0 };
  const widths = columnWidths([header, ...rows], available);
  return renderGrid(header, rows, widths, block.align, styles);
}

/** Rendered (styled) cell texts of one row, padded with empty cells to `columns`. */
function cellsOf(cells: string[], columns: number, paint: (i: number) => (s: string) => string, styles: Styles): string[] {
  return Array.from({ length: columns }, (_, i) => renderInline(cells[i] ?? '', styles, paint(i)));
}

/** Widest line of a cell, and its longest word (the width below which words must break). */
function measure(cell: string): { natural: number; word: number } {
  let natural = 0;
  let word = 0;
  for (const line of cell.split('\n')) {
    natural = Math.max(natural, displayWidth(line));
    for (const w of line.split(/\s+/)) word = Math.max(word, displayWidth(w));
  }
  return { natural, word };
}

/**
 * Chooses text widths per column that sum to at most `available`: natural widths when they
 * fit; otherwise every column gets its longest word (or a fair share), and the rest goes to
 * the columns that still want more, in proportion to what they lack.
 */
export function columnWidths(table: string[][], available: number): number[] {
  const columns = table[0]?.length ?? 0;
  const natural = new Array<number>(columns).fill(1);
  const word = new Array<number>(columns).fill(1);
  for (const row of table) {
    row.forEach((cell, i) => {
      const m = measure(cell);
      natural[i] = Math.max(natural[i] ?? 1, m.natural);
      word[i] = Math.max(word[i] ?? 1, m.word);
    });
  }
  if (natural.reduce((a, b) => a + b, 0) <= available) return natural;
  const fair = Math.floor(available / columns);
  const widths = natural.map((n, i) => Math.max(MIN_COLUMN, Math.min(n, word[i] ?? 1, fair)));
  // What is left goes first to columns whose longest word would break, then to the rest:
  // a wrapped line reads well, a word cut in two (`Matplo|tlib`) does not.
  // The columns that lack least are served first, so as many columns as can keep whole words.
  let spare = available - widths.reduce((a, b) => a + b, 0);
  const lacks = widths.map((w, i) => ({ i, lack: Math.min(natural[i] ?? 1, word[i] ?? 1) - w })).filter((c) => c.lack > 0);
  for (const { i, lack } of lacks.sort((a, b) => a.lack - b.lack)) {
    if (lack > spare) break;
    widths[i] = (widths[i] ?? 0) + lack;
    spare -= lack;
  }
  share(widths, natural, spare);
  return widths;
}

/**
 * Gives `spare` columns to `widths` up to `wanted`, in proportion to what each lacks;
 * returns what is left over.
 */
function share(widths: number[], wanted: readonly number[], spare: number): number {
  while (spare > 0) {
    const wants = widths.map((w, i) => (wanted[i] ?? 0) - w);
    const totalWant = wants.reduce((a, b) => a + Math.max(0, b), 0);
    if (totalWant === 0) break;
    let given = 0;
    wants.forEach((want, i) => {
      if (want <= 0) return;
      const share = Math.min(want, Math.max(1, Math.floor((spare * want) / totalWant)));
      if (given + share <= spare) {
        widths[i] = (widths[i] ?? 0) + share;
        given += share;
      }
    });
    if (given === 0) break;
    spare -= given;
  }
  return spare;
}

function renderGrid(header: string[], rows: string[][], widths: number[], align: Align[], styles: Styles): { lines: string[]; headerLines: number } {
  const b = styles.border;
  const rule = (left: string, mid: string, right: string) => b(left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right);
  const wrapRow = (cells: string[]) => cells.map((cell, i) => cell.split('\n').flatMap((l) => wrapStyled(l, widths[i] ?? 1)));
  const drawRow = (cells: string[], isHeader: boolean): string[] => {
    const wrapped = wrapRow(cells);
    const height = wrapped.reduce((most, c) => Math.max(most, c.length), 1);
    return Array.from({ length: height }, (_, line) => {
      const parts = wrapped.map((c, i) => {
        const text = c[line] ?? '';
        const w = widths[i] ?? 1;
        return ` ${alignCell(text, w, isHeader ? 'left' : (align[i] ?? 'left'))} `;
      });
      return b('│') + parts.join(b('│')) + b('│');
    });
  };
  const body = rows.map((r) => drawRow(r, false));
  // Separate data rows only when some row wraps; single-line rows read fine without.
  const separated = body.some((lines) => lines.length > 1);
  const out = [rule('┌', '┬', '┐'), ...drawRow(header, true), rule('├', '┼', '┤')];
  const headerLines = out.length;
  body.forEach((lines, i) => {
    if (separated && i > 0) out.push(rule('├', '┼', '┤'));
    for (const line of lines) out.push(line);
  });
  out.push(rule('└', '┴', '┘'));
  return { lines: out, headerLines };
}

function alignCell(text: string, width: number, align: Align): string {
  if (align === 'right') return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
  if (align === 'center') return padEndStyled(centerStyled(text, width), width);
  return padEndStyled(text, width);
}

/**
 * Too narrow for a grid: each row becomes a small card, its first cell as the card's title
 * and the other cells as `Header: value` lines, so no column is ever dropped.
 */
function renderStacked(header: string[], rows: string[][], width: number, styles: Styles): string[] {
  const out: string[] = [];
  rows.forEach((row, r) => {
    if (r > 0) out.push(styles.border('─'.repeat(Math.max(1, Math.min(width, 20)))));
    const [first = '', ...rest] = row;
    for (const line of wrapStyled(styles.chalk.bold(first), width)) out.push(line);
    rest.forEach((cell, i) => {
      const label = header[i + 1] ?? '';
      for (const line of wrapStyled(`${label}${label ? ': ' : ''}${cell}`, width)) out.push(line);
    });
  });
  return out;
}
