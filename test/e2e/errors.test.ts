import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LESSON, VERSION, killAll, runLectern, startLectern, tempDir } from './pty-screen.js';
import type { RunResult } from './pty-screen.js';

afterEach(killAll);

let dir: { path: string; cleanup: () => void };
beforeAll(() => {
  dir = tempDir();
  const p = (name: string): string => join(dir.path, name);
  mkdirSync(p('no-md'));
  writeFileSync(p('no-md/notes.txt'), 'not markdown\n');
  writeFileSync(p('binary.md'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x3e, 0x00, 0x23, 0x20, 0x00]));
  writeFileSync(p('latin.md'), Buffer.from([0xff, 0xfe, 0x41]));
  writeFileSync(p('empty.md'), '');
  writeFileSync(p('yaml.md'), '---\ntitle: [unclosed\n---\n# x\n');
});
afterAll(() => dir.cleanup());

/** The contract for an error a user can cause. */
function expectUsageError(r: RunResult, what: string): void {
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  expect(r.stderr.trim(), `${what}: a message on stderr`).not.toBe('');
  expect(lines, `${what}: exactly one line on stderr, got:\n${r.stderr}`).toHaveLength(1);
  expect(r.stderr, `${what}: no stack trace`).not.toMatch(/^\s+at /m);
  expect(r.stderr, `${what}: no escape sequences on stderr`).not.toContain('\x1b[?1049');
  expect(r.status, `${what}: exit code (stderr: ${r.stderr.trim()})`).toBe(2);
  expect(r.stdout, `${what}: no escape sequences on stdout`).not.toContain('\x1b');
}

describe('bad input', () => {
  const cases: [string, () => string[]][] = [
    ['a missing path', () => [join(dir.path, 'does-not-exist.md')]],
    ['a folder with no .md', () => [join(dir.path, 'no-md')]],
    ['a binary file', () => [join(dir.path, 'binary.md')]],
    ['invalid UTF-8', () => [join(dir.path, 'latin.md')]],
    ['an empty file', () => [join(dir.path, 'empty.md')]],
    ['invalid YAML front matter', () => [join(dir.path, 'yaml.md')]],
    ['an unknown option', () => [LESSON, '--bogus']],
  ];

  for (const [what, args] of cases) {
    it(`${what}: one line on stderr, exit 2 (presenting and print)`, async () => {
      const a = args();
      const [present, print] = await Promise.all([runLectern(a), runLectern(['print', ...a])]);
      expectUsageError(present, `lectern ${what}`);
      expectUsageError(print, `lectern print ${what}`);
    });
  }

  it('in a terminal: a missing path exits 2 with one line and leaves the screen normal', async () => {
    const s = startLectern([join(dir.path, 'nope.md')], { cols: 80, rows: 24 });
    const exit = await s.exited;
    expect(exit.exitCode).toBe(2);
    expect(s.isAlternateScreen()).toBe(false);
    expect(s.isCursorVisible()).toBe(true);
    // One line of text (a long path may wrap onto a continuation row; that is still one line).
    const shown = s.screen().filter((l, row) => l.trim() !== '' && !s.isWrapped(row));
    expect(shown, s.text()).toHaveLength(1);
    expect(shown[0]).toMatch(/nope\.md/);
  });
});

describe('--help and --version', () => {
  it('--help prints usage on stdout and exits 0', async () => {
    const r = await runLectern(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/usage/i);
    expect(r.stdout).toContain('print');
    expect(r.stdout).toContain('--size');
    expect(r.stdout).not.toContain('\x1b[?1049h');
  });

  it('--version prints the package.json version', async () => {
    const r = await runLectern(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout.trim()).toMatch(new RegExp(`(^|[^0-9.])${VERSION.replace(/\./g, '\\.')}$`));
  });
});

describe('look options', () => {
  it('switches to ASCII by itself when the locale is not UTF-8, and --theme reports a bad theme file in one line', async () => {
    const { LESSON: lesson, runLectern: run } = await import('./pty-screen.js');
    const ascii = await run(['print', lesson, '--size', '80x24', '--color', 'always'], { env: { LANG: 'C' } });
    expect(ascii.status).toBe(0);
    expect(Buffer.from(ascii.stdout, 'utf8').every((b) => b <= 0x7f)).toBe(true);
    expect(ascii.stdout).toContain('+---');
    const bad = await run(['print', lesson, '--theme', 'neon']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('unknown theme "neon"');
  });
});
