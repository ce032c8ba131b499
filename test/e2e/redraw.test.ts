import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KEY, LESSON, killAll, runLectern, splitFrames, startLectern } from './pty-screen.js';
import { waitForSlide } from './lectern-screen.js';

afterEach(killAll);

const trimRight = (lines: string[]): string[] => lines.map((l) => l.replace(/\s+$/u, ''));
// The presenter's status bar names the key that follows a lesson link; a printed Frame has no
// keys to press, so its bar has blanks there instead.
const withoutKeyHints = (lines: string[]): string[] => lines.map((l) => l.replace('f: follow', ' '.repeat('f: follow'.length)));

let frames: string[][];
beforeAll(async () => {
  frames = splitFrames((await runLectern(['print', LESSON, '--size', '80x24', '--color', 'never'])).stdout).map(trimRight);
});

describe('incremental redraw', () => {
  // Each update rewrites only changed lines; a cursor that lands one row off (Ink 6.8's
  // incremental renderer does, unless corrected) scrolls the screen and leaves the previous
  // frame's second row in the first row. Going back and forth shows it.
  it('keeps every row of the screen equal to the printed frame, forward and back, and the last row empty', async () => {
    const s = startLectern(['--no-resume', LESSON], { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 8000);
    const route = [2, 3, 2, 1, 5, 4, 7, 1];
    let at = 1;
    for (const target of route) {
      while (at !== target) {
        s.press(target > at ? KEY.right : KEY.left);
        at += target > at ? 1 : -1;
        await waitForSlide(s, at);
      }
      const expected = [...(frames[at - 1] ?? []), ''];
      const shown = () => trimRight(withoutKeyHints(s.screen()));
      await s.waitFor(() => JSON.stringify(shown()) === JSON.stringify(expected), 1500).catch(() => undefined);
      expect(shown(), `whole screen on slide ${at}`).toEqual(expected);
    }
  });
});
