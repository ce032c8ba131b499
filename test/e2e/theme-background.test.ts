import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, killAll, startLectern, type PtySession } from './pty-screen.js';

afterEach(killAll);

const LESSON = join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'course', '02 - Mengenal Proses.md');
const QUERY = '\u001B]11;?\u001B\\';

/** The foreground of the first cell of "Proses adalah" (body text), as 0xRRGGBB. */
async function bodyTextColor(s: PtySession): Promise<number> {
  await s.waitFor('1/3', 8000);
  const at = s.find('Proses adalah');
  expect(at).toBeDefined();
  const color = s.cellColor(at!.row, at!.col);
  expect(color.mode).toBe('rgb');
  return color.value;
}

/** Whether a 0xRRGGBB colour is dark ink (made for a light background). */
const darkInk = (rgb: number) => ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 0x80;

describe('the default theme follows the terminal background', () => {
  it('answers to COLORFGBG without asking the terminal', async () => {
    const s = startLectern(['--no-resume', LESSON], { env: { COLORFGBG: '0;15' } });
    expect(darkInk(await bodyTextColor(s))).toBe(true);
    expect(s.rawOutput()).not.toContain(QUERY);
    // The light theme paints its own background: the blank cells of the slide are not the terminal's.
    const blank = s.rowCells(2).find((c) => c.chars === '' || c.chars === ' ');
    expect(blank?.hasBg).toBe(true);
    s.press('q');
    await s.exited;
  });

  it('asks the terminal, and uses its answer', async () => {
    const s = startLectern(['--no-resume', LESSON]);
    await s.waitFor((x) => x.rawOutput().includes(QUERY), 8000, 'the background query');
    s.press('\u001B]11;rgb:ffff/ffff/ffff\u001B\\\u001B[?64;1c');
    expect(darkInk(await bodyTextColor(s))).toBe(true);
    s.press('q');
    await s.exited;
  });

  it('stays dark when the terminal says it is dark, or says nothing', async () => {
    const dark = startLectern(['--no-resume', LESSON]);
    await dark.waitFor((x) => x.rawOutput().includes(QUERY), 8000, 'the background query');
    dark.press('\u001B]11;rgb:1e1e/1e1e/1e1e\u0007\u001B[?64;1c');
    expect(darkInk(await bodyTextColor(dark))).toBe(false);
    const silent = startLectern(['--no-resume', LESSON]);
    expect(darkInk(await bodyTextColor(silent))).toBe(false);
    dark.press('q');
    silent.press('q');
    await Promise.all([dark.exited, silent.exited]);
  });
});
