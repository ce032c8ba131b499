import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { LinePatcher } from './line-patcher.js';
import { minimizeSgr } from '../../render/text/sgr/minimize.js';

// Ink clears with ansi-escapes' clearTerminal (ESC[2J ESC[3J ESC[H) when a frame as tall as the
// screen shrinks. ESC[3J erases the terminal's scrollback even from the alternate screen (tmux,
// xterm): the shell history above lectern would be gone. The clear itself is harmless there.
const ERASE_SCROLLBACK = /\u001B\[3J/g;

/** Ink's writes without the one sequence that reaches outside the alternate screen. */
export function withoutScrollbackErase(data: string): string {
  return data.includes('\u001B[3J') ? data.replace(ERASE_SCROLLBACK, '') : data;
}

// An incremental update from Ink starts by moving the cursor up to the frame's first line.
const INCREMENTAL_UPDATE = /^(\u001B\[\?2026h)?\u001B\[(\d+)A/;

/**
 * Ink 6.8's incremental renderer moves the cursor up one line too few when the previous
 * frame ended with a newline, which ours always do (they are one line short of the screen,
 * so Ink appends one): every update would land a row lower and the slide would creep down
 * the screen. Ink 7+ fixed this (`cursorUp(previousLines.length - 1)`) but needs Node 22,
 * so we correct the one cursor-up that starts each incremental update. Ink's other writes
 * start differently (erasing lines starts with ESC[2K), so nothing else is touched.
 */
export function fixIncrementalCursorUp(data: string): string {
  return data
    .replace(INCREMENTAL_UPDATE, (_, sync: string | undefined, lines: string) => `${sync ?? ''}\u001B[${Number(lines) + 1}A`)
    .replace(REDUNDANT_COLUMN_ONE, '$1');
}

// Ink starts every line it rewrites with "cursor to column 1" (ESC[1G), also right after a
// line feed or ESC[E, which already leave the cursor there: 4 bytes a changed line, dropped.
const REDUNDANT_COLUMN_ONE = /(\n|\u001B\[E)\u001B\[1G/g;

/**
 * What Ink is given as stdout: it forwards writes (corrected, changed lines rewritten only
 * from where they change, fewer style codes: line-patcher.ts, render/text/sgr/minimize.ts) and
 * reports the size we decide, and it
 * emits 'resize' only when we say so. Ink's own resize handling re-renders the stale tree
 * at the new width (and clears the screen when it shrinks); we coalesce a burst of resizes
 * and re-render once with a Frame laid out for the new size.
 */
export class InkStdout extends EventEmitter {
  readonly isTTY = true;
  private readonly patcher = new LinePatcher();
  columns: number;
  rows: number;

  constructor(
    private readonly sink: (data: string) => void,
    columns: number,
    rows: number,
  ) {
    super();
    this.columns = columns;
    this.rows = rows;
  }

  write(data: string | Uint8Array, ...rest: unknown[]): boolean {
    const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    this.sink(minimizeSgr(fixIncrementalCursorUp(this.patcher.patch(withoutScrollbackErase(text)))));
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }

  /** Sets the reported size (Ink reads it on the next render). */
  setSize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * Makes Ink write its whole frame again (the screen was lost: back from a suspend). Ink
   * skips output equal to what it last wrote and has no public "repaint"; the one path that
   * forgets is its resize handler seeing the width shrink. So report one column more, then
   * the real width: the first pass lays out the same lines (nothing written), the second
   * clears Ink's memory and writes everything.
   */
  repaintAll(): void {
    const { columns, rows } = this;
    this.setSize(columns + 1, rows);
    this.emit('resize');
    this.setSize(columns, rows);
    this.emit('resize');
  }
}

/** A stdin for Ink that never delivers anything: lectern decodes input itself. */
export function silentStdin(): NodeJS.ReadStream {
  const stream = new PassThrough() as unknown as NodeJS.ReadStream & { isTTY: boolean };
  stream.isTTY = false;
  return stream;
}
