import { afterEach, describe, expect, it } from 'vitest';
import { LESSON, killAll, startLectern } from './pty-screen.js';
import type { PtySession } from './pty-screen.js';
import { counterRows, waitForSlide } from './lectern-screen.js';

afterEach(killAll);

/** Rightmost column of the status line that holds a visible character or a background. */
function statusRight(s: PtySession): number {
  const rows = counterRows(s, 1);
  const row = rows[0];
  if (row === undefined) return -1;
  let right = -1;
  for (const c of s.rowCells(row)) {
    if ((c.chars !== '' && c.chars !== ' ') || c.hasBg) right = c.col + Math.max(c.width, 1) - 1;
  }
  return right;
}

/** The screen is a clean render at the current size: one status bar, at the right edge. */
function settledAt(s: PtySession, cols: number): boolean {
  if (s.cols !== cols) return false;
  if (counterRows(s, 1).length !== 1) return false;
  const right = statusRight(s);
  return right >= cols - 2 && right <= cols - 1;
}

describe('resize', () => {
  it('re-renders the status bar at the new width after 80x24 → 40x12 → 120x30', async () => {
    const s = startLectern([LESSON], { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 8000);
    await s.waitFor((x) => settledAt(x, 80));
    const at80 = statusRight(s);

    const sizes: [number, number][] = [
      [40, 12],
      [120, 30],
    ];
    for (const [cols, rows] of sizes) {
      s.resize(cols, rows);
      const started = Date.now();
      await s.waitFor((x) => settledAt(x, cols), 2000);
      expect(Date.now() - started, 'promptly').toBeLessThan(2000);
      // Nothing drawn past the width (an overlong line wraps onto a continuation row).
      for (let row = 0; row < rows; row++) expect(s.isWrapped(row), `row ${row} wrapped at ${cols}x${rows}`).toBe(false);
      // The status bar sits in the bottom part of the screen, not left over from the old size.
      const statusRow = counterRows(s, 1)[0]!;
      expect(statusRow, `status row at ${cols}x${rows}`).toBeGreaterThanOrEqual(rows - 2);
      expect(s.isAlive()).toBe(true);
    }
    expect(statusRight(s)).not.toBe(at80);
  });
});
