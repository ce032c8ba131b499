import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/deck/input-error.js';
import { openDeck } from '../../../src/load/open-deck.js';
import { readSource } from '../../../src/load/read-source.js';

const root = mkdtempSync(join(tmpdir(), 'lectern-read-source-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const noStdin = () => Promise.reject(new Error('stdin must not be read'));
const stdinOf = (text: string) => () => Promise.resolve(new TextEncoder().encode(text));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readSource', () => {
  it('reads a file: absolute path, base name, text, no course', async () => {
    const dir = folder('single', { 'lesson.md': '# One\n' });
    const source = await readSource(join(dir, 'lesson.md'), noStdin);
    expect(source).toEqual({ path: join(dir, 'lesson.md'), name: 'lesson.md', text: '# One\n', course: [] });
  });

  it('says "no such file" for a missing path, naming it as typed', async () => {
    const missing = join(root, 'nope', 'missing.md');
    const error = await rejection(readSource(missing, noStdin));
    expect(error.message).toBe(`${missing}: no such file or folder`);
  });

  it('refuses a folder without .md lessons', async () => {
    const dir = folder('no-lessons', { 'notes.txt': 'hello', 'image.png': 'x' });
    mkdirSync(join(dir, 'sub.md'));
    const error = await rejection(readSource(dir, noStdin));
    expect(error.message).toBe(`${dir}: no Markdown lessons (.md files) in this folder`);
  });

  it('opens the lowest-numbered lesson of a folder and lists the course in order', async () => {
    const dir = folder('course', {
      '10-x.md': '# Ten\n',
      '2-y.md': '# Two\n',
      '#3 - z.md': '# Three\n',
      'README.txt': 'not a lesson',
    });
    const source = await readSource(dir, noStdin);
    expect(source.name).toBe('2-y.md');
    expect(source.path).toBe(join(dir, '2-y.md'));
    expect(source.text).toBe('# Two\n');
    expect(source.course).toEqual([join(dir, '2-y.md'), join(dir, '#3 - z.md'), join(dir, '10-x.md')]);
  });

  it('accepts .markdown and upper-case extensions in a folder', async () => {
    const dir = folder('extensions', { '2-b.MD': '# B\n', '1-a.markdown': '# A\n' });
    const source = await readSource(dir, noStdin);
    expect(source.name).toBe('1-a.markdown');
    expect(source.course).toHaveLength(2);
  });

  it('reads `-` from the provided stdin reader', async () => {
    const source = await readSource('-', stdinOf('# From stdin\n'));
    expect(source).toEqual({ path: '-', name: 'stdin', text: '# From stdin\n', course: [] });
  });

  it('names standard input in decoding errors', async () => {
    const error = await rejection(readSource('-', stdinOf('   \n')));
    expect(error.message).toBe('standard input: is empty');
  });

  it('passes file bytes through decodeLesson (binary refused, naming the file)', async () => {
    const dir = folder('binary', {});
    writeFileSync(join(dir, 'pic.md'), new Uint8Array([0x89, 0x50, 0x00, 0x47]));
    const error = await rejection(readSource(join(dir, 'pic.md'), noStdin));
    expect(error.message).toBe('pic.md: looks like a binary file, not a Markdown lesson');
  });
});

describe('openDeck', () => {
  it('reads and parses a lesson', async () => {
    const dir = folder('open', { 'deck.md': '# A\n\n---\n\n# B\n' });
    const { deck, source } = await openDeck(join(dir, 'deck.md'), noStdin);
    expect(source.name).toBe('deck.md');
    expect(deck.meta.source).toBe(join(dir, 'deck.md'));
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'B']);
  });

  it('refuses a lesson with no slides', async () => {
    const error = await rejection(openDeck('-', stdinOf('---\ntitle: Only meta\n---\n<!-- a remark -->\n')));
    expect(error.message).toBe('stdin: has no slides (only front matter or comments)');
  });
});
