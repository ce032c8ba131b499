import { afterEach, describe, expect, it } from 'vitest';
import { KEY, LESSON, killAll, pause, startLectern } from './pty-screen.js';
import type { PtySession } from './pty-screen.js';
import { counterRows, waitForSlide } from './lectern-screen.js';

afterEach(killAll);

async function present(): Promise<PtySession> {
  const s = startLectern([LESSON], { cols: 80, rows: 24 });
  await waitForSlide(s, 1, 8000);
  await s.waitFor('sobat petualang');
  return s;
}

/** Asserts the process quit cleanly: code 0, normal screen, cursor shown. */
async function expectCleanQuit(s: PtySession): Promise<void> {
  const exit = await s.exited;
  expect(exit.exitCode).toBe(0);
  expect(s.isAlternateScreen()).toBe(false);
  expect(s.isCursorVisible()).toBe(true);
  const raw = s.rawOutput();
  expect(raw.lastIndexOf('\x1b[?1049l')).toBeGreaterThan(raw.lastIndexOf('\x1b[?1049h'));
}

describe('keys', () => {
  it('→ goes forward and ← goes back', async () => {
    const s = await present();
    s.press(KEY.right);
    await waitForSlide(s, 2);
    await s.waitFor('Analogi Sederhana');
    s.press(KEY.right);
    await waitForSlide(s, 3);
    await s.waitFor('Apa Itu KVM');
    s.press(KEY.left);
    await waitForSlide(s, 2);
    await s.waitFor('Analogi Sederhana');
    expect(s.text()).not.toContain('Apa Itu KVM');
    s.press(KEY.left);
    await waitForSlide(s, 1);
    await s.waitFor('sobat petualang');
  });

  it('End and G go to the last slide, Home and g to the first', async () => {
    const s = await present();
    s.press(KEY.end);
    await waitForSlide(s, 7);
    await s.waitFor('Siap lanjut');
    s.press(KEY.home);
    await waitForSlide(s, 1);
    await s.waitFor('sobat petualang');
    s.press('G');
    await waitForSlide(s, 7);
    await s.waitFor('Siap lanjut');
    s.press('g');
    await waitForSlide(s, 1);
    await s.waitFor('sobat petualang');
    expect(counterRows(s, 1)).toHaveLength(1);
  });

  it('a number then Enter goes to that slide', async () => {
    const s = await present();
    s.press('3');
    s.press(KEY.enter);
    await waitForSlide(s, 3);
    await s.waitFor('Apa Itu KVM');
    s.press('6');
    s.press(KEY.enter);
    await waitForSlide(s, 6);
    await s.waitFor('Kapan Pakai KVM');
  });

  it('? opens a help overlay listing the keys; ? and Esc close it', async () => {
    const s = await present();
    const before = s.text();
    expect(before).not.toMatch(/quit/i);
    s.press('?');
    await s.waitFor(/quit/i);
    const help = s.text();
    // It lists keys, not just a word: quit keys and navigation keys.
    expect(help).toMatch(/\bq\b/);
    expect(help).toMatch(/help/i);
    expect(help).toMatch(/→|next/i);
    s.press('?');
    await s.waitFor((x) => !/quit/i.test(x.text()) && x.text().includes('sobat petualang'));
    s.press('?');
    await s.waitFor(/quit/i);
    s.press(KEY.esc);
    await s.waitFor((x) => !/quit/i.test(x.text()) && x.text().includes('sobat petualang'));
    // Esc closed the overlay only: still presenting, keys still work.
    expect(s.isAlive()).toBe(true);
    s.press(KEY.right);
    await waitForSlide(s, 2);
  });

  it('Ctrl-C quits with 0 and restores the screen', async () => {
    const s = await present();
    // Raw mode is switched on just after the first frame is drawn; a Ctrl-C typed before that
    // is a SIGINT from the line discipline (covered in robustness.test.ts). Type it as a key.
    await pause(200);
    s.press(KEY.ctrlC);
    await expectCleanQuit(s);
  });

  it('Esc quits with 0 and restores the screen', async () => {
    const s = await present();
    s.press(KEY.esc);
    await expectCleanQuit(s);
  });
});
