import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesUnder, namedPathExists, readmeNamedPaths, repoFolders, sharedReferenceLines } from '../../support/repo-references.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const tree = ['src', 'test'].flatMap((dir) => filesUnder(join(ROOT, dir)));

// Built at run time so that this file holds none of the strings it looks for.
const up = `..${'/'}shared`;

describe('the repo is self-contained', () => {
  it('finds every way of reaching the course folder beside the repo', () => {
    expect(sharedReferenceLines(`const LESSON = '${up}/lessons/03.md';`)).toEqual([1]);
    expect(sharedReferenceLines(`ok\nnew URL('../../../${up}/x.md', import.meta.url)`)).toEqual([2]);
    expect(sharedReferenceLines(`'/work/${'shared'}/lessons/03.md'`)).toEqual([1]);
    expect(sharedReferenceLines(`resolve(ROOT, '..', '${'shared'}', 'lessons', '03.md')`)).toEqual([1]);
    expect(sharedReferenceLines(`join(base, '${'shared'}', 'lessons')`)).toEqual([1]);
    expect(sharedReferenceLines("test('computes the diff between two shared frames once')")).toEqual([]);
    expect(sharedReferenceLines('const shared = { define: {} };\nconst sharedState = 1;')).toEqual([]);
  });

  it('has no file under src/ or test/ that reads the course folder beside the repo', () => {
    expect(tree.length).toBeGreaterThan(100);
    const offenders = tree.flatMap((path) => sharedReferenceLines(readFileSync(path, 'utf8')).map((line) => `${relative(ROOT, path)}:${line}`));
    expect(offenders).toEqual([]);
  });
});

describe('every file the README names is in the repo', () => {
  const folders = repoFolders(ROOT);
  const repoTree = folders.flatMap((dir) => filesUnder(join(ROOT, dir)));

  it('takes repo folders from the tree, leaving out build output that .gitignore names', () => {
    expect(folders).toEqual(expect.arrayContaining(['src', 'test', 'scripts', 'docs', 'slides', 'bin']));
    expect(folders).not.toContain('dist');
    expect(folders).not.toContain('node_modules');
  });

  it('reads paths from inline code, prose and links, never from code blocks', () => {
    const sample = [
      'Run `scripts/bench.mjs`; see test/e2e/stress.test.ts. Also `minimize.ts` and `dist/`.',
      '',
      '- the list has `src/render/text/` and ![a picture](docs/slide-01.svg) and [home](https://x.org/src/y.ts)',
      '',
      '```sh',
      'lectern export slides/not-checked.md',
      '```',
    ].join('\n');
    expect(readmeNamedPaths(sample, ['src', 'test', 'scripts', 'docs', 'slides'])).toEqual([
      { text: 'scripts/bench.mjs', kind: 'path' },
      { text: 'test/e2e/stress.test.ts', kind: 'path' },
      { text: 'minimize.ts', kind: 'file-name' },
      { text: 'src/render/text/', kind: 'path' },
      { text: 'docs/slide-01.svg', kind: 'link' },
    ]);
  });

  it('tells a path that moved from one that is there', () => {
    const there = (text: string, kind: 'path' | 'link' | 'file-name' = 'path') => namedPathExists(ROOT, { text, kind }, repoTree);
    expect(there('src/render/text/sgr/minimize.ts')).toBe(true);
    expect(there('src/transports/line-patcher.ts')).toBe(false);
    expect(there('slides/…')).toBe(true);
    expect(there('nowhere/…')).toBe(false);
    expect(there('minimize.ts', 'file-name')).toBe(true);
    expect(there('gone-away.ts', 'file-name')).toBe(false);
  });

  it('finds each of them', () => {
    const named = readmeNamedPaths(readFileSync(join(ROOT, 'README.md'), 'utf8'), folders);
    // The README names the scripts, the bundle's entry and the screenshots: if none are
    // found, the reading above is broken, not the README right.
    expect(named.map((n) => n.text)).toEqual(expect.arrayContaining(['scripts/bench.mjs', 'bin/lectern.js', 'docs/slide-01.svg']));
    const missing = named.filter((n) => !namedPathExists(ROOT, n, repoTree)).map((n) => n.text);
    expect(missing).toEqual([]);
  });
});
