/**
 * Every patch of a dependency (scripts/build/patches/) is in the built bundle: a newer
 * version of the package it patches can silently stop one from applying, and the only sign
 * would be a slower start or slower keys.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const vendor = readFileSync(join(DIST, 'ink-vendor.js'), 'utf8');
// dist/cli.cjs is minified (scripts/build.mjs): what went into it is read from esbuild's
// metafile, and what its code does from running it.
const cli = readFileSync(join(DIST, 'cli.cjs'), 'utf8');
interface Metafile {
  inputs: Record<string, { imports: { path: string; original?: string }[] }>;
}
const cliInputs = (JSON.parse(readFileSync(join(DIST, 'cli.meta.json'), 'utf8')) as Metafile).inputs;
const cliModules = Object.keys(cliInputs);

/** How many Intl.Segmenters dist/cli.cjs makes while it loads and prints `lesson` (a fresh Node). */
function segmentersMadePrinting(lesson: string): number {
  const script = `
    let made = 0;
    const Real = Intl.Segmenter;
    Intl.Segmenter = class extends Real { constructor(...a) { super(...a); made++; } };
    const { loadBundle } = require(${JSON.stringify(join(DIST, '..', 'bin', 'load-bundle.js'))});
    const out = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    loadBundle(${JSON.stringify(join(DIST, 'cli.cjs'))}).exports.main(['print', ${JSON.stringify(lesson)}, '--size', '80x24', '--color', 'always'])
      .then((code) => out(JSON.stringify({ code, made })));
  `;
  const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { code: number; made: number };
  expect(result.code).toBe(0);
  return result.made;
}

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
    // The modules esbuild took from slice-ansi, each up to the next module's comment.
    const sliceAnsi = vendor
      .split(/\n(?=\/\/ \S*node_modules\/)/)
      .filter((module) => /^\/\/ \S*node_modules\/slice-ansi\//.test(module))
      .join('\n');
    expect(sliceAnsi).toContain('__lazySegmenter(void 0, { granularity: "grapheme" })');
    expect(sliceAnsi.replaceAll('new Intl.Segmenter(...options)', '')).not.toContain('new Intl.Segmenter(');
    // lectern cuts a table's cells with slice-ansi; ASCII text needs no grapheme rules at all.
    expect(cliModules).toContain('node_modules/slice-ansi/index.js');
    expect(segmentersMadePrinting(join(DIST, '..', 'test', 'fixtures', 'ascii-table.md'))).toBe(0);
  });

  it('memo-string-width and string-width-from-lectern: every string-width is lectern’s', () => {
    const importsOfStringWidth = Object.entries(cliInputs).flatMap(([importer, input]) =>
      input.imports.filter((i) => i.original === 'string-width').map((i) => ({ importer, path: i.path })),
    );
    expect(importsOfStringWidth.map((i) => i.importer)).toEqual(expect.arrayContaining(['src/render/text/text.ts', 'node_modules/wrap-ansi/index.js']));
    for (const { path } of importsOfStringWidth) expect(path).toMatch(/^memo-string-width:/);
    expect(cli).toContain('setStringWidth(');
    expect(vendor).toContain('scripts/build/patches/vendor-string-width.mjs');
    // string-width's own module (its emoji RegExp) is not in the vendor bundle at all.
    expect(vendor).not.toContain('node_modules/string-width/');
  });

  it('marked-terminal-stubs: neither all of highlight.js, nor cli-table3, nor the emoji list', () => {
    expect(cliModules).toContain('scripts/stubs/marked-terminal-unused.js');
    for (const name of ['node_modules/cli-highlight/', 'node_modules/cli-table3/', 'node_modules/node-emoji/', 'node_modules/emojilib/'])
      expect(cliModules.filter((module) => module.includes(name))).toEqual([]);
  });
});
