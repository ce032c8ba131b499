import { simpleWidth } from '../../render/text/simple-width.js';
import { compactSgr } from '../../render/text/sgr/minimize.js';
import { CSI, styledTokens } from '../../render/text/sgr/tokens.js';

/**
 * Ink rewrites a changed line whole. On the status bar only the counter and the progress
 * bar change from one slide to the next, yet all of it (~110 bytes) was sent again. This
 * remembers the lines Ink last wrote and starts each rewrite at the first cell that differs
 * (a "cursor to column" move), which is what the terminal already shows before it.
 *
 * It knows the two kinds of write Ink 6.8 makes for our full-screen Frames: a whole frame
 * (lines joined by line feeds) and an incremental update (cursor up, then per line either
 * "next line" or "column 1, the line, erase to its end, line feed"). Anything else (erasing
 * lines on a resize, say) is passed on untouched and makes it forget the lines until Ink
 * writes a whole frame again.
 */
export class LinePatcher {
  private lines: string[] | undefined;

  /** The same write, with changed lines starting where they differ from the screen. */
  patch(write: string): string {
    // Ink sends the synchronized-update markers and cursor hiding as writes of their own.
    if (NEUTRAL.test(write)) return write;
    const sync = SYNCED.exec(write);
    const [, start = '', body = write, end = ''] = sync ?? [];
    const frame = wholeFrame(body);
    if (frame !== undefined) {
      this.lines = frame.split('\n');
      return write;
    }
    const update = INCREMENTAL.exec(body);
    if (!update || !this.lines) {
      this.lines = undefined;
      return write;
    }
    const [, up, ops = ''] = update;
    const lines = this.lines;
    let out = `${start}${up}`;
    let row = 0;
    for (let at = 0; at < ops.length; row++) {
      if (ops.startsWith(NEXT_LINE, at)) {
        out += NEXT_LINE;
        at += NEXT_LINE.length;
        continue;
      }
      // Guaranteed by INCREMENTAL: "column 1", the line, "erase to end", a line feed.
      const close = ops.indexOf(LINE_END, at);
      const line = ops.slice(at + COLUMN_ONE.length, close);
      out += rewriteLine(lines[row], line) + LINE_END;
      lines[row] = line;
      at = close + LINE_END.length;
    }
    return out + end;
  }
}

const NEXT_LINE = '\u001B[E';
const COLUMN_ONE = '\u001B[1G';
const LINE_END = '\u001B[K\n';
const HIDE_CURSOR = '\u001B[?25l';
const NEUTRAL = /^(?:\u001B\[\?(?:2026|25)[hl])*$/;
const SYNCED = /^(\u001B\[\?2026h)([\s\S]*?)(\u001B\[\?2026l)$/;
const INCREMENTAL = /^(\u001B\[\d+A)((?:\u001B\[E|\u001B\[1G(?:(?!\u001B\[K\n)[^\n])*\u001B\[K\n)*)$/;

/**
 * A whole frame, without the cursor hiding it may start with: text and styles (SGR, OSC
 * links) only, no cursor movement or erasing. Undefined for any other write.
 */
function wholeFrame(body: string): string | undefined {
  const frame = body.startsWith(HIDE_CURSOR) ? body.slice(HIDE_CURSOR.length) : body;
  for (const token of styledTokens(frame)) if (token.kind !== 'text' && token.kind !== 'sgr' && token.kind !== 'osc') return undefined;
  return frame;
}

/**
 * "Column 1 + line", or, when shorter, a move to the first column that differs from
 * `before`, the style in force there, and the rest of the line.
 */
function rewriteLine(before: string | undefined, line: string): string {
  if (before === undefined) return COLUMN_ONE + line;
  const common = commonStart(before, line);
  const skip = `${CSI}${common.columns + 1}G${compactSgr(common.styles)}`;
  // "Column 1" itself is dropped after a line feed (fixIncrementalCursorUp): not a saving.
  return skip.length < common.index ? skip + line.slice(common.index) : COLUMN_ONE + line;
}

/** One cell's text with the escape codes in force when it is drawn. */
interface Cell {
  text: string;
  width: number;
  styles: string;
  /** Index in the line just after this cell's text. */
  end: number;
}

/**
 * The cells of a line up to its first character that may join with others into one grapheme
 * (simpleWidth does not answer for it): a common start is only looked for before that.
 */
function* cells(line: string): Generator<Cell> {
  let styles = '';
  for (const token of styledTokens(line)) {
    if (token.kind !== 'text') {
      styles += token.text;
      continue;
    }
    let at = token.index;
    for (const text of token.text) {
      const width = simpleWidth(text);
      if (width === undefined) return;
      at += text.length;
      yield { text, width, styles, end: at };
    }
  }
}

/**
 * The cells two lines share from their start, drawn alike: their width in columns, where
 * they end in `line`, and the escape codes in force there (replayed before the rest).
 */
function commonStart(before: string, line: string): { columns: number; index: number; styles: string } {
  const old = cells(before);
  let columns = 0;
  let index = 0;
  let styles = '';
  for (const cell of cells(line)) {
    const { value: was, done } = old.next();
    if (done || was.text !== cell.text || was.styles !== cell.styles) break;
    columns += cell.width;
    index = cell.end;
    styles = cell.styles;
  }
  return { columns, index, styles };
}
