/**
 * The local variant for workshop hosts that run OpenSSH: `lectern serve --socket PATH` on
 * the teacher's terminal, `lectern follow --socket PATH` on a student's (what an sshd
 * ForceCommand would run), both real CLIs in pseudo-terminals.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { waitForSlide } from './lectern-screen.js';
import { killAll, LESSON, runLectern, startLectern, tempDir } from './pty-screen.js';

const dirs: (() => void)[] = [];
afterEach(async () => {
  await killAll();
  for (const cleanup of dirs.splice(0)) cleanup();
});

function socketPath(): string {
  const dir = tempDir('lectern-sock-');
  dirs.push(dir.cleanup);
  return join(dir.path, 'workshop.sock');
}

describe('lectern serve --socket / lectern follow --socket', () => {
  test('a local follower follows, browses, follows again, resizes and leaves', async () => {
    const path = socketPath();
    const t = startLectern(['serve', LESSON, '--socket', path], { cols: 100, rows: 30 });
    await t.waitFor(`lectern follow --socket ${path}`, 10_000);
    // Only the socket: no SSH listener was asked for.
    expect(t.text()).not.toContain('ssh -p');
    t.press('\r');
    await waitForSlide(t, 1);
    const s = startLectern(['follow', '--socket', path], { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 10_000);
    await t.waitFor('1 viewer', 5000);
    t.press('\x1b[C');
    await waitForSlide(s, 2);
    s.press('\x1b[C');
    await s.waitFor('presenter 2/7 · f: follow', 3000);
    s.press('f');
    await s.waitFor((x) => !x.text().includes('presenter 2/7') && /(^|\D)2\/7/.test(x.text()), 3000, 'following again');
    s.resize(60, 16);
    await s.waitFor((x) => x.screen()[14]?.includes('2/7') === true, 5000, 'status bar on row 15 of 16');
    s.press('q');
    expect((await s.exited).exitCode).toBe(0);
    expect(s.isAlternateScreen()).toBe(false);
    await t.waitFor('0 viewers', 5000);
  });

  test('a follower whose locale is not UTF-8 is drawn in ASCII, the others in Unicode', async () => {
    const path = socketPath();
    const t = startLectern(['serve', LESSON, '--socket', path], { cols: 100, rows: 30 });
    await t.waitFor(`lectern follow --socket ${path}`, 10_000);
    t.press('\r');
    await waitForSlide(t, 1);
    const plain = startLectern(['follow', '--socket', path], { cols: 80, rows: 24, env: { LANG: 'C', LC_ALL: '' } });
    const unicode = startLectern(['follow', '--socket', path], { cols: 80, rows: 24, env: { LANG: 'C.UTF-8' } });
    await waitForSlide(plain, 1, 10_000);
    await waitForSlide(unicode, 1, 10_000);
    expect(plain.text()).toMatch(/^[\x00-\x7F]*$/);
    expect(unicode.text()).toMatch(/[━─]/);
  });

  test('the follower gets its terminal back when the server goes away', async () => {
    const path = socketPath();
    const t = startLectern(['serve', LESSON, '--socket', path], { cols: 100, rows: 30 });
    await t.waitFor('Press Enter', 10_000);
    t.press('\r');
    const s = startLectern(['follow', '--socket', path]);
    await waitForSlide(s, 1, 10_000);
    t.kill('SIGKILL');
    const exit = await s.exited;
    expect(exit.exitCode).toBe(0);
    expect(s.isAlternateScreen()).toBe(false);
    expect(s.isCursorVisible()).toBe(true);
  });

  test('follow without a server, or without --socket: one line on stderr', async () => {
    const missing = await runLectern(['follow', '--socket', join(socketPath(), 'nope.sock')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('no presentation is being served there');
    const usage = await runLectern(['follow']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^lectern: follow: needs --socket PATH/);
  });
});
