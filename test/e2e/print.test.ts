import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { KEY, LESSON, displayWidths, killAll, runLectern, splitFrames, startLectern } from './pty-screen.js';
import type { RunResult } from './pty-screen.js';
import { SLIDES, counter, waitForSlide } from './lectern-screen.js';

afterEach(killAll);

const trimRight = (lines: string[]): string[] => lines.map((l) => l.replace(/\s+$/u, ''));

let printed: RunResult;
let frames: string[][];

beforeAll(async () => {
  printed = await runLectern(['print', LESSON, '--size', '80x24', '--color', 'never']);
  frames = splitFrames(printed.stdout);
});

/**
 * The frame that → shows on arriving at slide n: the first frame whose status bar says n/7
 * (the lesson has no pauses, so that is frame n; steps would add frames).
 */
function frameOf(n: number): string[] {
  expect(frames.length).toBeGreaterThanOrEqual(SLIDES);
  const frame = frames.find((f) => f.some((line) => counter(n).test(line))) ?? frames[n - 1];
  if (!frame) throw new Error(`no frame for slide ${n}`);
  return frame;
}

describe('lectern print', () => {
  it('writes one frame per slide, separated by form-feed lines, all 80 columns or less', async () => {
    expect(printed.stderr).toBe('');
    expect(printed.status).toBe(0);
    expect(printed.stdout).not.toContain('\x1b');
    expect(printed.stdout).toContain('\n\f\n');
    expect(frames.length).toBeGreaterThanOrEqual(SLIDES);
    // Every frame has the same height: a screen minus nothing or minus the last row.
    const heights = new Set(frames.map((f) => f.length));
    expect([...heights], 'frame heights').toHaveLength(1);
    const height = frames[0]!.length;
    expect([23, 24]).toContain(height);
    // Width as a Unicode 11 terminal (xterm.js) draws it, and as string-width measures it.
    for (const [i, frame] of frames.entries()) {
      const widths = await displayWidths(frame);
      widths.forEach((w, row) => {
        expect(w, `frame ${i + 1} row ${row} is ${w} columns: ${frame[row]}`).toBeLessThanOrEqual(80);
      });
      for (const line of frame) expect(stringWidth(line), `string-width of: ${line}`).toBeLessThanOrEqual(80);
    }
    expect(printed.stdout).toContain('sobat petualang');
    expect(frameOf(5).join('\n')).toContain('Hanya Linux');
  });

  it('prints the same frames the interactive view shows at 80x24', async () => {
    const s = startLectern([LESSON], { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 8000);
    for (let n = 1; n <= SLIDES; n++) {
      if (n > 1) {
        s.press(KEY.right);
        await waitForSlide(s, n);
      }
      const frame = trimRight(frameOf(n));
      // The interactive view draws rows-1 lines (Ink would clear the screen on every key
      // otherwise); print --size 80x24 prints those lines. Compare the rows both have.
      // The presenter's status bar also names the key that follows a lesson link (`f: follow`);
      // a printed Frame has no keys, so blanks stand there.
      const shown = (): string[] => trimRight(s.screen().map((l) => l.replace('f: follow', ' '.repeat(9)))).slice(0, frame.length);
      // Give the frame a moment to complete, then compare (a mismatch fails with a diff).
      await s.waitFor(() => JSON.stringify(shown()) === JSON.stringify(frame), 2000).catch(() => undefined);
      expect(shown(), `slide ${n}: screen rows vs print frame`).toEqual(frame);
    }
  });

  it('behaves as print when stdout is not a terminal', async () => {
    const piped = await runLectern([LESSON]);
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout).not.toContain('\x1b');
    expect(piped.stdout).not.toContain('\x1b[?1049h');
    const pipedFrames = splitFrames(piped.stdout);
    expect(pipedFrames.length).toBeGreaterThanOrEqual(SLIDES);
    // Default size without a terminal is 80x24, default color is off when not a TTY.
    expect(piped.stdout).toBe(printed.stdout);
  });
});
