/**
 * Every patch of a dependency (scripts/build/patches/) is in the built bundle: a newer
 * version of the package it patches can silently stop one from applying, and the only sign
 * would be a slower start or slower keys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const vendor = readFileSync(join(DIST, 'ink-vendor.js'), 'utf8');
const cli = readFileSync(join(DIST, 'cli.cjs'), 'utf8');

describe('the patches of dependencies, in the bundle', () => {
  it('yoga-without-fetch: yoga never reads the global fetch', () => {
    expect(vendor).toContain('yoga-wasm-base64-esm');
    expect(vendor).not.toMatch(/typeof fetch/);
  });

  it('fast-ink-output: Ink’s Output.get() tries lectern’s first', () => {
    expect(vendor).toContain('function fastInkOutput(');
    expect(vendor).toMatch(/get\(\) \{\s*const fast = [\w$]+\(this\.operations, this\.height\);\s*if \(fast !== void 0\) return fast;/);
  });

  it('lazy-segmenter: slice-ansi makes no Intl.Segmenter when it is loaded, in either bundle', () => {
    for (const bundle of [vendor, cli]) {
      // The modules esbuild took from slice-ansi, each up to the next module's comment.
      const sliceAnsi = bundle
        .split(/\n(?=\/\/ \S*node_modules\/)/)
        .filter((module) => /^\/\/ \S*node_modules\/slice-ansi\//.test(module))
        .join('\n');
      expect(sliceAnsi).toContain('__lazySegmenter(void 0, { granularity: "grapheme" })');
      expect(sliceAnsi.replaceAll('new Intl.Segmenter(...options)', '')).not.toContain('new Intl.Segmenter(');
    }
  });

  it('memo-string-width and string-width-from-lectern: every string-width is lectern’s', () => {
    expect(cli).toContain('function memoStringWidth(');
    expect(cli).toContain('setStringWidth(');
    expect(vendor).toContain('scripts/build/patches/vendor-string-width.mjs');
    // string-width's own module (its emoji RegExp) is not in the vendor bundle at all.
    expect(vendor).not.toContain('node_modules/string-width/');
  });

  it('marked-terminal-stubs: neither all of highlight.js, nor cli-table3, nor the emoji list', () => {
    expect(cli).toContain('scripts/stubs/marked-terminal-unused.js');
    for (const name of ['node_modules/cli-highlight/', 'node_modules/cli-table3/', 'node_modules/node-emoji/', 'node_modules/emojilib/'])
      expect(cli).not.toContain(name);
  });
});
