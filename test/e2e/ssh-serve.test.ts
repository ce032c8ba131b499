/**
 * `lectern serve` end to end: the teacher presents with the real CLI in a pseudo-terminal,
 * students join with the real OpenSSH client, and both screens are read through xterm.js.
 */
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { counter, counterRows, waitForSlide } from './lectern-screen.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { killAll, LESSON, startLectern, tempDir, type PtySession } from './pty-screen.js';
import { removeHostKey, startSsh, stopAll } from './ssh-harness.js';

afterEach(stopAll);
afterAll(removeHostKey);

/** Starts `lectern serve` on a free port, reads the port it prints, and starts presenting. */
async function teacher(args: string[] = []): Promise<{ t: PtySession; port: number }> {
  const t = startLectern(['serve', LESSON, '--port', '0', ...args], { cols: 100, rows: 30 });
  await t.waitFor(/ssh -p \d+ anyname@127\.0\.0\.1[\s\S]*Press Enter/, 10_000, 'connection instructions');
  const port = Number(/ssh -p (\d+)/.exec(t.text())?.[1]);
  expect(t.text()).toMatch(/host key:\s+SHA256:[A-Za-z0-9+/]{43}/);
  expect(t.text()).toMatch(/students:\s+need nothing: any user name, no password/);
  t.press('\r');
  await waitForSlide(t, 1);
  return { t, port };
}

describe('lectern serve over SSH', () => {
  test('a student joins, follows the teacher across slides, and the teacher sees the count', async () => {
    const { t, port } = await teacher();
    const s = startSsh(port, { cols: 80, rows: 24, user: 'anyname' });
    await waitForSlide(s, 1, 10_000);
    expect(s.isAlternateScreen()).toBe(true);
    await t.waitFor('1 viewer', 5000);
    t.press('\x1b[C');
    t.press('\x1b[C');
    await waitForSlide(t, 3);
    await waitForSlide(s, 3);
    // The same Frame as the teacher's at the student's size: the slide title is there.
    expect(s.text()).toContain('Apa Itu KVM');
    const second = startSsh(port, { cols: 60, rows: 20 });
    await waitForSlide(second, 3, 10_000);
    await t.waitFor('2 viewers', 5000);
    second.press('q');
    expect((await second.exited).exitCode).toBe(0);
    await t.waitFor('1 viewer', 5000);
  });

  test("←/→ browse on one's own (the bar says where the presenter is), the teacher moves on, f follows again, q leaves", async () => {
    const { t, port } = await teacher();
    const s = startSsh(port, { cols: 90, rows: 26 });
    await waitForSlide(s, 1, 10_000);
    t.press('\x1b[C');
    await waitForSlide(s, 2);
    s.press('\x1b[C');
    s.press('\x1b[C');
    await s.waitFor('presenter 2/7 · f: follow', 3000);
    await waitForSlide(s, 4);
    // Students can never move the teacher's slides.
    await waitForSlide(t, 2);
    t.press('\x1b[C');
    await waitForSlide(t, 3);
    // The student stays on slide 4, and is told the presenter moved on.
    await s.waitFor('presenter 3/7 · f: follow', 3000);
    expect(counter(4).test(s.text())).toBe(true);
    s.press('f');
    await s.waitFor((x) => !x.text().includes('presenter 3/7') && counterRows(x, 3).length === 1, 3000, 'following again, at 3/7');
    // One true hint: a follower's f does nothing, so no slide offers it.
    expect(s.text()).not.toContain('f: follow');
    t.press('\x1b[C');
    await waitForSlide(s, 4);
    s.press('q');
    const exit = await s.exited;
    expect(exit.exitCode).toBe(0);
    // The student's own screen is given back.
    expect(s.isAlternateScreen()).toBe(false);
    expect(s.isCursorVisible()).toBe(true);
    await t.waitFor('0 viewers', 5000);
  });

  test('a resized student terminal is laid out again at its new size', async () => {
    const { port } = await teacher();
    const s = startSsh(port, { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 10_000);
    s.resize(50, 14);
    await s.waitFor((x) => x.screen()[12]?.includes('1/7') === true, 5000, 'status bar on row 13 of 14');
    s.resize(140, 40);
    await s.waitFor((x) => x.screen()[38]?.includes('1/7') === true, 5000, 'status bar on row 39 of 40');
    await waitForSlide(s, 1);
  });

  test('a student whose ssh sends a non-UTF-8 locale sees ASCII; one with UTF-8 sees Unicode', async () => {
    const { port } = await teacher();
    const plain = startSsh(port, { args: ['-o', 'SendEnv=LANG'], env: { LANG: 'C', LC_ALL: '' } });
    const unicode = startSsh(port, { args: ['-o', 'SendEnv=LANG'], env: { LANG: 'C.UTF-8' } });
    await waitForSlide(plain, 1, 10_000);
    await waitForSlide(unicode, 1, 10_000);
    expect(plain.text()).toMatch(/^[\x00-\x7F]*$/);
    expect(unicode.text()).toMatch(/[━─]/);
  });

  test('viewers beyond --max-viewers are turned away with a message', async () => {
    const { t, port } = await teacher(['--max-viewers', '1']);
    const first = startSsh(port);
    await waitForSlide(first, 1, 10_000);
    const second = startSsh(port);
    await second.waitFor('This presentation is full (room for 1)', 10_000);
    expect((await second.exited).exitCode).not.toBe(0);
    expect(first.isAlive()).toBe(true);
    await t.waitFor('1 viewer', 3000);
  });

  test("the teacher's notes view (lectern notes) follows lectern serve as it follows presenting", async () => {
    const dir = tempDir('lectern-serve-notes-');
    try {
      const deckPath = join(dir.path, 'talk.md');
      writeFileSync(deckPath, '# One\n\n<!-- notes: NOTE-1 hello -->\n\n---\n\n# Two\n\n<!-- notes: NOTE-2 second -->\n');
      const env = { XDG_RUNTIME_DIR: join(dir.path) };
      const t = startLectern(['serve', deckPath, '--port', '0'], { cols: 100, rows: 30, env });
      await t.waitFor('Press Enter', 10_000);
      t.press('\r');
      await waitForSlide(t, 1, 4000, 2);
      const notes = startLectern(['notes', deckPath], { cols: 80, rows: 24, env });
      await notes.waitFor('NOTE-1', 8000);
      t.press('\x1b[C');
      await notes.waitFor('NOTE-2', 5000);
    } finally {
      await killAll();
      dir.cleanup();
    }
  });

  test("q on the teacher's terminal ends the session and gives every student their screen back", async () => {
    const { t, port } = await teacher();
    const s = startSsh(port);
    await waitForSlide(s, 1, 10_000);
    t.press('q');
    expect((await t.exited).exitCode).toBe(0);
    await s.exited;
    expect(s.isAlternateScreen()).toBe(false);
    // A goodbye before the terminal is theirs again, not only "Connection closed".
    expect(s.text()).toContain('The presentation has ended. Thank you for watching!');
  });

  test("the goodbye is in the lesson's language", async () => {
    const dir = tempDir('lectern-serve-goodbye-');
    try {
      const deckPath = join(dir.path, 'pelajaran.md');
      writeFileSync(deckPath, '---\nlang: id\n---\n\n# Satu\n\n---\n\n# Dua\n');
      const t = startLectern(['serve', deckPath, '--port', '0'], { cols: 100, rows: 30 });
      await t.waitFor(/ssh -p \d+[\s\S]*Press Enter/, 10_000, 'instructions');
      const port = Number(/ssh -p (\d+)/.exec(t.text())?.[1]);
      t.press('\r');
      const s = startSsh(port);
      await s.waitFor('1/2', 10_000);
      t.press('q');
      await s.exited;
      expect(s.text()).toContain('Presentasi sudah selesai. Terima kasih sudah menonton!');
    } finally {
      dir.cleanup();
    }
  });

  test.each(['SIGTERM', 'SIGHUP', 'SIGINT'])("a teacher's serve ended by %s gives every student their screen back", async (signal) => {
    const { t, port } = await teacher();
    const s = startSsh(port);
    await waitForSlide(s, 1, 10_000);
    t.kill(signal);
    await t.exited;
    await s.exited;
    expect(s.isAlternateScreen()).toBe(false);
    expect(s.isCursorVisible()).toBe(true);
  });
});
