import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DECKS, readResume, resumeFilePath, saveResume } from '../../../src/load/resume-store.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-'));
  file = join(dir, 'state', 'lectern', 'positions.json');
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

const at = (slide: number, step = 0) => ({ slide, step, scroll: 0 });
const stored = () => JSON.parse(readFileSync(file, 'utf8')) as { version: number; decks: Record<string, { slide: number; step: number; savedAt: string }> };

describe('resumeFilePath', () => {
  it('uses $XDG_STATE_HOME/lectern, else ~/.local/state/lectern', () => {
    expect(resumeFilePath({ XDG_STATE_HOME: '/state', HOME: '/home/me' })).toBe('/state/lectern/positions.json');
    expect(resumeFilePath({ HOME: '/home/me' })).toBe('/home/me/.local/state/lectern/positions.json');
    expect(resumeFilePath({ XDG_STATE_HOME: '', HOME: '/home/me' })).toBe('/home/me/.local/state/lectern/positions.json');
  });

  it('ignores a relative XDG_STATE_HOME, as the XDG spec asks', () => {
    expect(resumeFilePath({ XDG_STATE_HOME: 'state', HOME: '/home/me' })).toBe('/home/me/.local/state/lectern/positions.json');
  });
});

describe('resume store', () => {
  it('has nothing to offer before anything was saved', async () => {
    expect(await readResume(file, '/lessons/03.md')).toBeUndefined();
  });

  it('gives back the slide and step saved, with scroll 0', async () => {
    await saveResume(file, '/lessons/03.md', { slide: 4, step: 2, scroll: 7 });
    expect(await readResume(file, '/lessons/03.md')).toEqual({ slide: 4, step: 2, scroll: 0 });
    expect(stored().version).toBe(1);
    expect(stored().decks['/lessons/03.md']).toMatchObject({ slide: 4, step: 2, savedAt: expect.any(String) });
  });

  it('keeps one position per deck, by absolute path', async () => {
    await saveResume(file, '/lessons/03.md', at(3));
    await saveResume(file, '/lessons/04.md', at(9, 1));
    await saveResume(file, '/lessons/03.md', at(5));
    expect(await readResume(file, '/lessons/03.md')).toEqual(at(5));
    expect(await readResume(file, '/lessons/x/../04.md')).toEqual(at(9, 1));
    expect(Object.keys(stored().decks)).toHaveLength(2);
  });

  it('keeps the last of many quick saves (they do not race each other)', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => saveResume(file, '/lessons/03.md', at(i))));
    expect(await readResume(file, '/lessons/03.md')).toEqual(at(19));
  });

  it('remembers nothing for standard input or impossible positions', async () => {
    await saveResume(file, '-', at(3));
    await saveResume(file, '/lessons/03.md', at(-1));
    await saveResume(file, '/lessons/03.md', at(1.5));
    expect(await readResume(file, '-')).toBeUndefined();
    expect(await readResume(file, '/lessons/03.md')).toBeUndefined();
  });

  it('writes a 0600 file in a 0700 folder, and leaves no temp files behind', async () => {
    await saveResume(file, '/lessons/03.md', at(1));
    await saveResume(file, '/lessons/04.md', at(2));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'state', 'lectern')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(dir, 'state', 'lectern'))).toEqual(['positions.json']);
  });

  it.each([
    ['garbage bytes', Buffer.from([0xff, 0x00, 0x7b, 0x13, 0x37])],
    ['an array', '[]'],
    ['no version', '{"decks":{"/lessons/03.md":{"slide":2,"step":0}}}'],
    ['a negative slide', '{"decks":{"x":{"slide":-1}}}'],
    ['a negative slide in a version 1 store', '{"version":1,"decks":{"/lessons/03.md":{"slide":-1,"step":0}}}'],
    ['a fractional step', '{"version":1,"decks":{"/lessons/03.md":{"slide":1,"step":0.5}}}'],
    ['a string slide', '{"version":1,"decks":{"/lessons/03.md":{"slide":"2","step":0}}}'],
    ['decks as an array', '{"version":1,"decks":[]}'],
    ['null', 'null'],
    ['an empty file', ''],
  ])('treats a store holding %s as empty, and a save repairs it', async (_, content) => {
    mkdirSync(join(dir, 'state', 'lectern'), { recursive: true });
    writeFileSync(file, content);
    expect(await readResume(file, '/lessons/03.md')).toBeUndefined();
    await saveResume(file, '/lessons/03.md', at(6, 1));
    expect(await readResume(file, '/lessons/03.md')).toEqual(at(6, 1));
    expect(stored().version).toBe(1);
  });

  it('keeps the good entries of a store with one bad entry', async () => {
    mkdirSync(join(dir, 'state', 'lectern'), { recursive: true });
    writeFileSync(
      file,
      JSON.stringify({ version: 1, decks: { '/a.md': { slide: 2, step: 1, savedAt: '2025-01-01T00:00:00.000Z' }, '/b.md': { slide: 'x' } } }),
    );
    expect(await readResume(file, '/a.md')).toEqual(at(2, 1));
    expect(await readResume(file, '/b.md')).toBeUndefined();
  });

  it(`remembers at most ${MAX_DECKS} decks, forgetting the one saved longest ago`, async () => {
    const decks: Record<string, { slide: number; step: number; savedAt: string }> = {};
    // Written newest first, so only savedAt (not file order) says which is oldest.
    for (let i = MAX_DECKS - 1; i >= 0; i--) {
      decks[`/deck-${i}.md`] = { slide: i, step: 0, savedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString() };
    }
    mkdirSync(join(dir, 'state', 'lectern'), { recursive: true });
    writeFileSync(file, JSON.stringify({ version: 1, decks }));
    await saveResume(file, '/new.md', at(1));
    const kept = Object.keys(stored().decks);
    expect(kept).toHaveLength(MAX_DECKS);
    expect(kept).toContain('/new.md');
    expect(kept).not.toContain('/deck-0.md');
    expect(await readResume(file, '/deck-1.md')).toEqual(at(1));
  });

  it('keeps the cap when decks are saved one after another', async () => {
    for (let i = 0; i <= MAX_DECKS + 2; i++) await saveResume(file, `/deck-${i}.md`, at(i));
    const kept = Object.keys(stored().decks);
    expect(kept).toHaveLength(MAX_DECKS);
    expect(kept).toContain(`/deck-${MAX_DECKS + 2}.md`);
    expect(kept).not.toContain('/deck-0.md');
  });

  it('does not throw when the folder cannot be created', async () => {
    writeFileSync(join(dir, 'state'), 'a file where the folder should be');
    await expect(saveResume(file, '/lessons/03.md', at(1))).resolves.toBeUndefined();
    expect(await readResume(file, '/lessons/03.md')).toBeUndefined();
  });

  // Written so they hold for root too (CI runs as root, which ignores permission bits).
  it('does not throw when the store cannot be created (its folder is a file)', async () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'not a folder');
    const unwritable = join(blocked, 'lectern', 'positions.json');
    await expect(saveResume(unwritable, '/lessons/03.md', at(1))).resolves.toBeUndefined();
    expect(await readResume(unwritable, '/lessons/03.md')).toBeUndefined();
  });

  it('does not throw when the store cannot be replaced, and leaves what is there alone', async () => {
    mkdirSync(file, { recursive: true }); // a folder where the file should be: rename fails
    await expect(saveResume(file, '/lessons/03.md', at(2))).resolves.toBeUndefined();
    expect(await readResume(file, '/lessons/03.md')).toBeUndefined();
    expect(readdirSync(file)).toEqual([]);
  });
});
