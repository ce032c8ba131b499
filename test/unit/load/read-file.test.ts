import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileReadError, readRegularFile, readRegularFileSync } from '../../../src/load/read-file.js';
import { targetState, targetStateSync, entriesInside } from '../../../src/load/inside-folder.js';
import { readdir } from 'node:fs/promises';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-read-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileReadError);
  return error as FileReadError;
};

describe('readRegularFile', () => {
  it('reads a regular file whole under its cap', async () => {
    const path = join(dir, 'a.md');
    writeFileSync(path, 'hello');
    const { bytes, truncated } = await readRegularFile(path, { cap: 5 });
    expect(bytes.toString()).toBe('hello');
    expect(truncated).toBe(false);
    expect(readRegularFileSync(path, { cap: 5 }).bytes.toString()).toBe('hello');
  });

  it('refuses a file over its cap by its size, naming the kind', async () => {
    const path = join(dir, 'big.md');
    writeFileSync(path, 'x'.repeat(3000));
    const error = await failureOf(readRegularFile(path, { cap: 1024, name: 'big.md', kind: 'a lesson' }));
    expect(error.message).toBe('big.md: too large for a lesson (2.9 KB; the limit is 1 KB)');
    expect(error.failure).toBe('too-large');
  });

  it('gives only the start when asked to truncate', async () => {
    const path = join(dir, 'long.md');
    writeFileSync(path, 'abcdefgh');
    const { bytes, truncated } = await readRegularFile(path, { cap: 3, truncate: true });
    expect(bytes.toString()).toBe('abc');
    expect(truncated).toBe(true);
  });

  it('refuses a symlink to /dev/zero without reading it', async () => {
    const path = join(dir, 'zero.md');
    symlinkSync('/dev/zero', path);
    expect((await failureOf(readRegularFile(path, { cap: 8 * 1024 * 1024, name: 'zero.md' }))).message).toBe('zero.md: not a regular file');
    expect(() => readRegularFileSync(path, { cap: 1024 })).toThrow(/not a regular file/);
  });

  it('refuses a FIFO at once, with no writer and without blocking, many times over', async () => {
    const path = join(dir, 'pipe.md');
    execFileSync('mkfifo', [path]);
    // More than libuv's four threads: a blocking open would hang the fifth.
    const errors = await Promise.all(Array.from({ length: 8 }, () => failureOf(readRegularFile(path, { cap: 1024 }))));
    expect(errors.every((e) => e.failure === 'not-regular')).toBe(true);
  });

  it('refuses a folder and names a missing file', async () => {
    expect((await failureOf(readRegularFile(dir, { cap: 10, name: 'dir' }))).message).toBe('dir: is a folder');
    const missing = await failureOf(readRegularFile(join(dir, 'nope.md'), { cap: 10, name: 'nope.md' }));
    expect(missing.message).toBe('nope.md: no such file or folder');
    expect(missing.code).toBe('ENOENT');
  });

  it('reads past what fstat said only up to the cap: a file that is bigger than it claims', async () => {
    // /proc files are regular files of size 0 whose content appears as they are read, like
    // a file that grows between fstat and read.
    const error = await failureOf(readRegularFile('/proc/self/maps', { cap: 100, name: 'maps' }));
    expect(error.message).toBe('maps: too large (over 100 bytes; the limit is 100 bytes)');
    const { bytes } = await readRegularFile('/proc/self/maps', { cap: 100, truncate: true });
    expect(bytes.length).toBe(100);
    const whole = await readRegularFile('/proc/self/maps', { cap: 1024 * 1024 });
    expect(whole.bytes.length).toBeGreaterThan(100);
  });
});

describe('targetState', () => {
  it('tells present, missing and outside apart, symlinks resolved', async () => {
    const course = join(dir, 'course');
    mkdirSync(course);
    mkdirSync(join(course, 'sub'));
    writeFileSync(join(dir, 'secret.md'), 'secret');
    writeFileSync(join(course, 'a.md'), 'a');
    writeFileSync(join(course, 'sub', 'b.md'), 'b');
    symlinkSync(join(dir, 'secret.md'), join(course, 'shadow.md'));
    symlinkSync(join(course, 'a.md'), join(course, 'alias.md'));
    symlinkSync('/nowhere/x.md', join(course, 'dangling.md'));
    execFileSync('mkfifo', [join(course, 'pipe.md')]);
    const cases: [string, string][] = [
      ['a.md', 'present'],
      ['sub/b.md', 'present'],
      ['alias.md', 'present'],
      ['shadow.md', 'outside'],
      ['../secret.md', 'outside'],
      ['nope.md', 'missing'],
      ['dangling.md', 'missing'],
      ['pipe.md', 'missing'],
    ];
    for (const [name, state] of cases) {
      expect(await targetState(join(course, name), course), name).toBe(state);
      expect(targetStateSync(join(course, name), course), name).toBe(state);
    }
    const listed = await entriesInside(course, await readdir(course, { withFileTypes: true }), (n) => n.endsWith('.md'));
    expect(listed.sort()).toEqual(['a.md', 'alias.md']);
  });
});
