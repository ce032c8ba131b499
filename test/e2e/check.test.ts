import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runLectern, tempDir } from './pty-screen.js';

const PROBLEMS = 'test/unit/check/fixtures/problems.md';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('lectern check', () => {
  it('passes the bundled slides at 80x24 with exit 0', async () => {
    const run = await runLectern(['check', 'slides', '--size', '80x24']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('No problems at 80x24: 15 slides in 1 lesson.\n');
    expect(run.status).toBe(0);
  });

  it('passes the bundled slides at every size the README advertises, 40x12 included, in color and in ASCII', async () => {
    const sizes = ['--size', '40x12', '--size', '80x24', '--size', '120x40'];
    for (const extra of [[], ['--ascii']]) {
      const run = await runLectern(['check', 'slides', ...sizes, ...extra]);
      expect(run.stderr, extra.join(' ')).toBe('');
      expect(run.stdout, extra.join(' ')).toBe('No problems at 40x12, 80x24, 120x40: 15 slides in 1 lesson.\n');
      expect(run.status, extra.join(' ')).toBe(0);
    }
    const json = await runLectern(['check', 'slides', ...sizes, '--format', 'json']);
    expect([json.status, json.stdout]).toEqual([0, '[]\n']);
  });

  it('reports a deck full of problems as FILE:LINE lines and exits 1', async () => {
    const run = await runLectern(['check', PROBLEMS, '--size', '80x24', '--size', '40x12']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${PROBLEMS}:11: slide 2 at 80x24: 7 lines too many: taller than the screen, the presenter has to scroll`);
    expect(lines).toContain(`${PROBLEMS}:86: slide 7: unknown directive <!-- paus -->: did you mean <!-- pause -->? It is ignored`);
    expect(lines.at(-1)).toMatch(/^\d+ problems at 80x24, 40x12 \(9 slides in 1 lesson\)\.$/);
  });

  it('writes JSON for editors and CI', async () => {
    const run = await runLectern(['check', PROBLEMS, '--format', 'json']);
    expect(run.status).toBe(1);
    const findings = JSON.parse(run.stdout) as { file: string; line: number; kind: string; size: string | null }[];
    expect(findings.length).toBeGreaterThan(10);
    expect(findings[0]).toEqual({
      file: PROBLEMS,
      line: 11,
      slide: 2,
      step: null,
      size: '80x24',
      kind: 'too-tall',
      message: expect.stringMatching(/^7 lines too many/),
    });
    expect(findings.filter((f) => f.kind === 'broken-link').map((f) => f.size)).toEqual([null, null, null]);
    const clean = await runLectern(['check', 'slides', '--format', 'json']);
    expect([clean.status, clean.stdout]).toEqual([0, '[]\n']);
  });

  it('checks every lesson of a folder', async () => {
    const dir = tempDir('lectern-check-');
    cleanups.push(dir.cleanup);
    mkdirSync(join(dir.path, 'course'));
    writeFileSync(join(dir.path, 'course', '01-a.md'), '# A\n\nOn to [B](./02-b.md)\n');
    writeFileSync(join(dir.path, 'course', '02-b.md'), '# B\n\nOn to [C](./03-c.md)\n');
    const run = await runLectern(['check', 'course'], { cwd: dir.path });
    expect(run.stdout).toBe(
      'course/02-b.md:3: slide 1: link "C" points to ./03-c.md, but there is no such lesson beside this one\n1 problem at 80x24 (2 slides in 2 lessons).\n',
    );
    expect(run.status).toBe(1);
  });

  it('says what is wrong with bad usage in one line, exit 2', async () => {
    for (const args of [
      ['check', '--size', '80'],
      ['check', '--format', 'xml'],
      ['check', 'no-such-file.md'],
      ['check', 'a.md', 'b.md'],
    ]) {
      const run = await runLectern(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(/^lectern: /);
    }
  });
});
