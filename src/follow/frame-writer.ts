/**
 * Turns a viewer's sequence of Frames into terminal bytes: the whole screen the first time
 * (and after a resize), then only the lines that changed. Each line is drawn at an absolute
 * position (`ESC[row;1H` + line + `ESC[K`), so no newline is ever sent: over SSH there is no
 * pty on our side to turn LF into CRLF, and nothing depends on where the cursor was left.
 * Every update is wrapped in synchronized-output markers, so terminals that know them show
 * it at once and the others simply ignore them, and sent with no redundant style codes
 * (render/text/sgr/minimize.ts).
 */
import type { Frame } from '../render/frame.js';
import { minimizeSgr } from '../render/text/sgr/minimize.js';
import { SGR_RESET } from '../render/text/sgr/tokens.js';
import { ENTER_SCREEN, LEAVE_SCREEN } from '../render/text/terminal-codes.js';

/** Starts a synchronized update (DEC mode 2026). */
export const SYNC_START = '\u001B[?2026h';
/** Ends a synchronized update. */
export const SYNC_END = '\u001B[?2026l';
/** Sent once when a viewer joins: alternate screen, cursor hidden, cleared. */
export const JOIN_SCREEN = ENTER_SCREEN;
/** Sent when a viewer leaves: colors reset, cursor shown, the viewer's own screen back. */
export const RESTORE_SCREEN = LEAVE_SCREEN;

const CLEAR = '\u001B[H\u001B[2J';

/** The bytes that draw line `row` (0-based) of a Frame: positioned, reset, erased to the end. */
function drawLine(row: number, line: string): string {
  // Reset before ESC[K: the erase paints with the current background, and a status bar
  // line ends inside its background color.
  return `\u001B[${row + 1};1H${line}${SGR_RESET}\u001B[K`;
}

/** Bytes that paint a whole Frame on a cleared screen. */
export function fullPaint(frame: Frame): string {
  let out = SYNC_START + CLEAR;
  for (let i = 0; i < frame.lines.length; i++) {
    const line = frame.lines[i] ?? '';
    // A cleared screen already shows empty lines.
    if (line !== '') out += drawLine(i, line);
  }
  return minimizeSgr(out + SYNC_END);
}

/**
 * Bytes that turn a screen showing `prev` into one showing `next`, for Frames of the same
 * size; '' when nothing changed. O(lines) comparisons, O(changed lines) output.
 */
export function diffPaint(prev: Frame, next: Frame): string {
  if (prev === next) return '';
  if (prev.width !== next.width || prev.height !== next.height) return fullPaint(next);
  let out = '';
  for (let i = 0; i < next.lines.length; i++) {
    const line = next.lines[i] ?? '';
    if (line !== prev.lines[i]) out += drawLine(i, line);
  }
  return out === '' ? '' : minimizeSgr(SYNC_START + out + SYNC_END);
}

// Followers of the same size share Frame objects, so the diff between two shared Frames is
// the same bytes for all of them: compute it once. Keyed weakly, so old Frames go away.
const diffs = new WeakMap<Frame, WeakMap<Frame, string>>();

/** diffPaint, remembered per pair of Frame objects. */
export function cachedDiff(prev: Frame, next: Frame): string {
  let byNext = diffs.get(prev);
  if (!byNext) diffs.set(prev, (byNext = new WeakMap()));
  let bytes = byNext.get(next);
  if (bytes === undefined) {
    bytes = diffPaint(prev, next);
    byNext.set(next, bytes);
  }
  return bytes;
}

/** One viewer's screen: remembers what it shows and returns the bytes for the next Frame. */
export class FrameWriter {
  private shown: Frame | undefined;

  /** The Frame the viewer's screen shows now (after the last `next`). */
  get current(): Frame | undefined {
    return this.shown;
  }

  /** Bytes that show `frame`: a full paint the first time or after `invalidate`, else a diff. */
  next(frame: Frame): string {
    const prev = this.shown;
    this.shown = frame;
    return prev === undefined ? fullPaint(frame) : cachedDiff(prev, frame);
  }

  /** Forget what is on screen (after a resize the terminal has reflowed it): repaint all next time. */
  invalidate(): void {
    this.shown = undefined;
  }
}
