/**
 * bin/lectern.js starts the built bundle (dist/cli.cjs) from the V8 code cache the build
 * makes for it (bin/load-bundle.js). These check, in fresh Node processes like a user's,
 * that V8 takes that cache, and that a cache made for another build is left alone.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from './pty-screen.js';

const BUNDLE = join(REPO_ROOT, 'dist', 'cli.cjs');
const LOADER = join(REPO_ROOT, 'bin', 'load-bundle.js');

interface Loaded {
  /** Whether a cache for this build was found and handed to V8. */
  cacheGiven: boolean;
  /** V8's verdict on it. */
  rejected: boolean;
  /** What the bundle exports. */
  exports: string[];
}

/** Loads `bundle` with bin/load-bundle.js in a new Node, as bin/lectern.js does. */
function loadInNewNode(bundle: string): Loaded {
  const script = `
    const { loadBundle } = require(${JSON.stringify(LOADER)});
    const { exports, script, cachedData } = loadBundle(${JSON.stringify(bundle)});
    process.stdout.write(JSON.stringify({ cacheGiven: cachedData !== undefined, rejected: script.cachedDataRejected === true, exports: Object.keys(exports) }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Loaded;
}

const dir = tempDir('lectern-code-cache-');
afterAll(() => dir.cleanup());

describe('the code cache of the bundle', () => {
  it('is made by the build and taken by V8', () => {
    const loaded = loadInNewNode(BUNDLE);
    expect(loaded).toEqual({ cacheGiven: true, rejected: false, exports: expect.arrayContaining(['main']) as unknown as string[] });
  });

  it('is not used for a bundle of another build, even one of the same length', () => {
    const copy = join(dir.path, 'cli.cjs');
    copyFileSync(`${BUNDLE}.v8cache`, `${copy}.v8cache`);
    const source = readFileSync(BUNDLE, 'utf8');
    writeFileSync(copy, source);
    expect(loadInNewNode(copy).cacheGiven, 'the same build, copied: its cache is used').toBe(true);

    // Another build: the same length (all V8 itself compares), another build line.
    const lastHexDigit = source.trimEnd().length - 1;
    const other = source.slice(0, lastHexDigit) + (source[lastHexDigit] === '0' ? '1' : '0') + source.slice(lastHexDigit + 1);
    expect(other).toHaveLength(source.length);
    writeFileSync(copy, other);
    const loaded = loadInNewNode(copy);
    expect(loaded.cacheGiven).toBe(false);
    expect(loaded.exports).toContain('main');
  });
});
