import { clampPosition, startPosition } from '../deck/navigate.js';
import type { Deck, Position } from '../deck/types.js';
import { screenViewport } from '../render/frame.js';
import { renderScreen } from '../render/screens/slide-screen.js';
import type { UiStrings } from '../render/ui-strings.js';
import type { Styles } from '../theme/styles.js';
import { minimizeSgr } from '../render/text/sgr/minimize.js';
import { ENTER_SCREEN, LEAVE_SCREEN } from '../render/text/terminal-codes.js';
import { onExitSignals } from '../session/exit-signals.js';
import { followHint } from '../session/keymap.js';

/** The terminal size a first slide was painted at, for the presenter to take over from. */
export interface PaintedScreen {
  columns: number;
  rows: number;
}

/**
 * Shows the first slide at once, before Ink and React are loaded and laid out (about half
 * of the time to the first slide): the Frame the presenter will draw first, on the alternate
 * screen, with the keyboard already in raw mode so early keys are neither echoed nor lost.
 * Ink's first render then writes the very same lines over it, so nothing visibly changes.
 *
 * Only for a start whose first Frame is known here: the first slide of a lesson of several
 * slides, with no resume question (the caller checks that). `undo()` gives the terminal back
 * if presenting fails before the presenter takes over; `handOver()` is called just before
 * it does (it installs its own signal handlers).
 */
export function paintFirstSlide(
  io: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream },
  deck: Deck,
  styles: Styles,
  strings: UiStrings,
): { painted: PaintedScreen; undo: () => void; handOver: () => void } {
  const { stdin, stdout } = io;
  const columns = stdout.columns || 80;
  const rows = stdout.rows || 24;
  const position: Position = clampPosition(deck, startPosition);
  // What App shows first (screenFor): the slide, nothing over it.
  const frame = renderScreen({ deck, position, viewport: screenViewport(columns, rows), styles, strings, followHint: followHint(strings) });
  const undo = () => {
    stopSignals();
    if (stdin.isTTY) stdin.setRawMode(false);
    stdout.write(LEAVE_SCREEN);
  };
  // Until the presenter installs its own handlers, a signal must still give the terminal back.
  const stopSignals = onExitSignals((code) => {
    undo();
    process.exit(code);
  });
  if (stdin.isTTY) stdin.setRawMode(true);
  stdout.write(`${ENTER_SCREEN}${minimizeSgr(frame.lines.join('\n'))}\u001B[H`);
  return { painted: { columns, rows }, undo, handOver: stopSignals };
}
