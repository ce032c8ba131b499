import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KEY, killAll, runLectern, startLectern, tempDir } from './pty-screen.js';
import type { PtySession } from './pty-screen.js';
import { waitForSlide } from './lectern-screen.js';

afterEach(killAll);

const OSC_TITLE = '\x1b]0;pwned\x07';
const CLEAR = '\x1b[2J';
const BEL = '\x07';
const C1_CSI = '\u009b31m';

/** A three-slide lesson with control sequences in a heading, prose, a list, a table and code. */
function lesson(dirty: boolean): string {
  const x = (s: string): string => (dirty ? s : '');
  const all = `${x(OSC_TITLE)} ${x(CLEAR)} ${x(BEL)} ${x(C1_CSI)}`;
  return [
    `# Judul ${x(OSC_TITLE)}bersih${x(CLEAR)} ${x(C1_CSI)}`,
    '',
    `Paragraf ${x(OSC_TITLE)} satu ${x(CLEAR)} dua ${x(BEL)} tiga ${x(C1_CSI)} empat.`,
    '',
    `- butir ${all} akhir`,
    '',
    '---',
    '',
    `## Tabel ${x(CLEAR)}`,
    '',
    '| Kolom | Nilai |',
    '|-------|-------|',
    `| a ${x(OSC_TITLE)} | b ${x(CLEAR)} ${x(BEL)} ${x(C1_CSI)} |`,
    '',
    '---',
    '',
    '## Kode',
    '',
    '```sh',
    `echo ${all} selesai`,
    '```',
    '',
  ].join('\n');
}

let dir: { path: string; cleanup: () => void };
let dirtyPath: string;
let cleanPath: string;
beforeAll(() => {
  dir = tempDir();
  dirtyPath = join(dir.path, 'dirty.md');
  cleanPath = join(dir.path, 'clean.md');
  writeFileSync(dirtyPath, lesson(true));
  writeFileSync(cleanPath, lesson(false));
});
afterAll(() => dir.cleanup());

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

/** Injected sequences that must never reach a terminal. */
function expectNoInjected(out: string, what: string): void {
  expect(out.includes('\x1b]'), `${what}: OSC`).toBe(false);
  expect(out.includes('\x07'), `${what}: BEL`).toBe(false);
  expect(out.includes('\u009b'), `${what}: C1 CSI`).toBe(false);
}

/** Presents a 3-slide lesson through every slide, then quits with q. */
async function presentAll(path: string): Promise<PtySession> {
  const s = startLectern([path], { cols: 80, rows: 24 });
  await waitForSlide(s, 1, 8000, 3);
  await s.waitFor('Paragraf');
  s.press(KEY.right);
  await waitForSlide(s, 2, undefined, 3);
  await s.waitFor('Kolom');
  s.press(KEY.right);
  await waitForSlide(s, 3, undefined, 3);
  await s.waitFor('selesai');
  s.press('q');
  await s.exited;
  return s;
}

describe('control sequences inside a lesson', () => {
  it('never reach the terminal when presenting', async () => {
    const [dirty, clean] = await Promise.all([presentAll(dirtyPath), presentAll(cleanPath)]);
    // lectern's own question to the terminal (its background colour, then DA1) is the one
    // OSC it writes here; none may come from the lesson.
    const raw = dirty.rawOutput().split('\x1b]11;?\x1b\\').join('');
    expectNoInjected(raw, 'pty');
    // Ink and lectern may clear the screen themselves; the lesson must not add a single clear.
    expect(count(raw, CLEAR), 'screen clears beyond those of the same lesson without injections').toBe(count(clean.rawOutput(), CLEAR));
    expect(dirty.isAlternateScreen()).toBe(false);
  });

  it('never reach stdout with print, with or without color', async () => {
    const [plain, colored] = await Promise.all([
      runLectern(['print', dirtyPath, '--size', '80x24', '--color', 'never']),
      runLectern(['print', dirtyPath, '--size', '80x24', '--color', 'always']),
    ]);
    for (const [r, what] of [
      [plain, 'print --color never'],
      [colored, 'print --color always'],
    ] as const) {
      expect(r.status, `${what}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toContain('Paragraf');
      expect(r.stdout).toContain('selesai');
      expectNoInjected(r.stdout, what);
      expect(r.stdout.includes(CLEAR), `${what}: ESC[2J`).toBe(false);
      // A C1 CSI written as a raw byte (not UTF-8) decodes to U+FFFD; the lesson has none.
      expect(r.stdout.includes('\uFFFD'), `${what}: invalid UTF-8 (raw C1 byte?)`).toBe(false);
    }
    expect(plain.stdout, 'print --color never writes no escape at all').not.toContain('\x1b');
  });
});
