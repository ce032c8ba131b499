/**
 * Lectern-specific reading of the emulated screen: the slide counter in the status bar and
 * the geometry of a drawn table.
 */
import type { PtySession } from './pty-screen.js';

/** Number of slides in the lesson under test (split at `---`). */
export const SLIDES = 7;

/** Matches the status bar's slide counter "n/total" (spaces around the slash allowed). */
export function counter(n: number, total = SLIDES): RegExp {
  return new RegExp(`(^|[^0-9])${n}\\s*/\\s*${total}([^0-9]|$)`);
}

/** Rows of the screen that show the counter for slide n. */
export function counterRows(s: PtySession, n: number, total = SLIDES): number[] {
  const re = counter(n, total);
  return s
    .screen()
    .map((line, i) => (re.test(line) ? i : -1))
    .filter((i) => i >= 0);
}

/** Rows of the screen that show any slide counter "k/total". */
export function anyCounterRows(s: PtySession, total = SLIDES): number[] {
  const re = new RegExp(`(^|[^0-9])[0-9]+\\s*/\\s*${total}([^0-9]|$)`);
  return s
    .screen()
    .map((line, i) => (re.test(line) ? i : -1))
    .filter((i) => i >= 0);
}

/**
 * Waits until the screen shows slide n's status bar and no other: a status bar left over
 * from an earlier frame means the screen was not redrawn properly.
 */
export function waitForSlide(s: PtySession, n: number, timeoutMs = 4000, total = SLIDES): Promise<void> {
  return s.waitFor(
    (x) => {
      const rows = anyCounterRows(x, total);
      return rows.length === 1 && counterRows(x, n, total).length === 1;
    },
    timeoutMs,
    `one status bar, showing ${n}/${total}`,
  );
}

const BOX_START = /^[│┃║┌┏╔╭├┣╠└┗╚╰┬┼┴─━═]/u;
const BOX_END = /[│┃║┐┓╗╮┤┫╣┘┛╝╯]$/u;

/** Geometry of one drawn table line, in display columns. */
export interface TableLine {
  row: number;
  text: string;
  /** Column of the first non-blank cell. */
  left: number;
  /** Column of the last non-blank cell (its right half for a wide character). */
  right: number;
  /** The last non-blank character. */
  last: string;
}

/**
 * The largest block of consecutive screen rows that start (after indentation) with a
 * box-drawing character: the table's lines, borders included.
 */
export function tableLines(s: PtySession): TableLine[] {
  const screen = s.screen();
  let best: TableLine[] = [];
  let cur: TableLine[] = [];
  const flush = (): void => {
    if (cur.length > best.length) best = cur;
    cur = [];
  };
  screen.forEach((line, row) => {
    const trimmed = line.trim();
    if (!BOX_START.test(trimmed)) {
      flush();
      return;
    }
    const cells = s.rowCells(row);
    let left = -1;
    let right = -1;
    let last = '';
    for (const c of cells) {
      if (c.width === 0) {
        if (right === c.col - 1) right = c.col;
        continue;
      }
      if (c.chars !== '' && c.chars !== ' ') {
        if (left < 0) left = c.col;
        right = c.col + c.width - 1;
        last = c.chars;
      }
    }
    cur.push({ row, text: line, left, right, last });
  });
  flush();
  return best;
}

/** True when a line ends with a right border character. */
export function endsWithBorder(line: TableLine): boolean {
  return BOX_END.test(line.last);
}
