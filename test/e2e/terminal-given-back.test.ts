import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, KEY, REPO_ROOT, isolatedHome, killAll, pause, startPty, type PtySession } from './pty-screen.js';

afterEach(killAll);

const COURSE = join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'course');
const LESSON_ONE = join(COURSE, '01 - Mengenal Kernel.md');

/** Runs a shell line in a pty (lectern exec'd by it, so signals reach lectern itself). */
function shell(line: string, cols = 80, rows = 24, scrollback = 0): PtySession {
  const home = isolatedHome();
  const s = startPty('/bin/sh', ['-c', line], { cols, rows, scrollback, env: home.env });
  void s.exited.then(home.cleanup);
  return s;
}

const lectern = (args: string) => `exec '${process.execPath}' '${BIN}' ${args}`;

/**
 * The screen shows a frame laid out for its current size: one status bar (with `counter`),
 * on the last row but one, its background reaching the right edge.
 */
function drawnAt(s: PtySession, counter: string): boolean {
  const rows = s.screen().flatMap((line, row) => (line.includes(counter) ? [row] : []));
  if (rows.length !== 1 || rows[0] !== s.rows - 2) return false;
  const right = Math.max(
    ...s
      .rowCells(rows[0])
      .filter((c) => c.hasBg)
      .map((c) => c.col),
  );
  return right === s.cols - 1 && s.isAlternateScreen();
}

/** The terminal is as a shell left it: normal screen, cursor shown. */
function expectGivenBack(s: PtySession): void {
  expect(s.isAlternateScreen(), 'normal screen').toBe(false);
  expect(s.isCursorVisible(), 'cursor shown').toBe(true);
}

describe('the terminal is given back as found', () => {
  it('keeps the scrollback across a shrink of the terminal', async () => {
    const s = shell(`seq 1 200; ${lectern(`'${LESSON_ONE}'`)}`, 100, 30, 1000);
    await s.waitFor('1/4', 8000);
    s.press(KEY.right);
    await s.waitFor('2/4');
    for (const [cols, rows] of [
      [80, 24],
      [60, 20],
    ] as const) {
      const n = s.rawOutput().length;
      s.resize(cols, rows);
      // Drawn anew (the emulator's reflow of the old frame does not count).
      await s.waitFor((x) => x.rawOutput().length > n && drawnAt(x, '2/4'), 3000, `a frame laid out for ${cols}x${rows}`);
    }
    s.press('q');
    const exit = await s.exited;
    expect(exit.exitCode).toBe(0);
    expectGivenBack(s);
    expect(s.rawOutput()).not.toContain('\u001B[3J');
    // What `seq` printed is still there to scroll back to.
    const history = s.history();
    for (const n of ['1', '100', '200']) expect(history, `line ${n} of seq kept`).toContain(n);
  });

  it('reads keys from the terminal when the lesson comes on stdin, and q quits at once', async () => {
    const s = shell(`cat '${LESSON_ONE}' | ${lectern('-')}`);
    await s.waitFor('1/4', 8000);
    s.press(KEY.right);
    await s.waitFor('2/4');
    s.press('q');
    const quit = Date.now();
    const exit = await s.exited;
    expect(Date.now() - quit, 'exits without waiting for more input').toBeLessThan(1000);
    expect(exit.exitCode).toBe(0);
    expectGivenBack(s);
  });

  it('Ctrl-Z in a shell with job control: the prompt on the normal screen, fg redraws and reads keys', async () => {
    const home = isolatedHome();
    const s = startPty('/bin/bash', ['--norc', '--noprofile', '-i'], { cols: 80, rows: 24, env: { ...home.env, PS1: 'PROMPT$ ' } });
    void s.exited.then(home.cleanup);
    await s.waitFor('PROMPT$', 5000);
    s.press(`'${process.execPath}' '${BIN}' --no-resume '${LESSON_ONE}'\r`);
    await s.waitFor('1/4', 8000);
    s.press(KEY.right);
    await s.waitFor('2/4');

    s.press('\u001A'); // Ctrl-Z, as raw mode delivers it
    await s.waitFor((x) => !x.isAlternateScreen() && /Stopped/.test(x.text()), 5000, 'stopped, back at the prompt');
    expectGivenBack(s);
    s.press('fg\r');
    await s.waitFor((x) => x.isAlternateScreen() && x.text().includes('2/4') && x.text().includes('Apa Itu Kernel'), 5000, 'redrawn after fg');
    expect(s.isCursorVisible()).toBe(false);
    s.press(KEY.right);
    await s.waitFor('3/4', 3000, 'keys read again, raw');
    expect(s.text()).not.toContain('^[');

    s.press('q');
    await s.waitFor((x) => !x.isAlternateScreen() && x.screen().some((l) => l.startsWith('PROMPT$')), 5000, 'quit to the prompt');
    expectGivenBack(s);
    s.press('exit\r');
    await s.exited;
  });

  it('a stop no shell could undo is not made: Ctrl-Z and SIGTSTP without job control change nothing', async () => {
    const s = shell(lectern(`'${LESSON_ONE}'`));
    await s.waitFor('1/4', 8000);
    s.press(KEY.right);
    await s.waitFor('2/4');
    const before = s.rawOutput().length;
    s.press('\u001A');
    s.kill('SIGTSTP');
    // Keys typed right after are still keys, not signals of a terminal left in cooked mode.
    s.press('\u001C');
    await pause(300);
    expect(s.isAlive()).toBe(true);
    expect(s.isAlternateScreen()).toBe(true);
    expect(s.rawOutput().slice(before)).not.toContain('\u001B[?1049l');
    s.press(KEY.right);
    await s.waitFor('3/4', 3000, 'keys still read');
    s.press('q');
    expect((await s.exited).exitCode).toBe(0);
    expectGivenBack(s);
  });

  it('SIGQUIT restores the terminal like SIGTERM', async () => {
    const s = shell(lectern(`'${LESSON_ONE}'`));
    await s.waitFor('1/4', 8000);
    s.kill('SIGQUIT');
    const exit = await s.exited;
    expect(exit.exitCode).toBe(131);
    expectGivenBack(s);
  });
});
