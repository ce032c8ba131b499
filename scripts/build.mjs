// Bundles src/cli/main.ts into dist/ with esbuild. A bundle starts about twice as fast as tsc
// output (STACK-NOTES: 270 ms vs 575 ms), mostly because ink's own import graph is large.
// dist/ holds:
//   cli.cjs          lectern, CommonJS, ending in a build line (bin/load-bundle.js)
//   cli.cjs.v8cache  V8's code cache of it, which bin/lectern.js starts from
//   ink-vendor.js    Ink and React, an ES module loaded when the presenter needs them
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { inkFromVendor } from './build/ink-from-vendor.mjs';
import {
  fastInkOutput,
  lazySegmenter,
  markedTerminalStubs,
  memoStringWidth,
  PATCH_NAMES,
  stringWidthFromLectern,
  yogaWithoutFetch,
} from './build/patches/index.mjs';

const { BUILD_LINE } = createRequire(import.meta.url)('../bin/load-bundle.js');

/**
 * Patches of dependencies, one a file in scripts/build/patches/, each with the figure that
 * keeps it there (`node scripts/bench-patches.mjs` measures lectern without each). They can
 * be left out: `LECTERN_BUILD_WITHOUT=name,name`. A build for users has them all.
 */
const without = new Set((process.env.LECTERN_BUILD_WITHOUT ?? '').split(',').filter(Boolean));
for (const name of without)
  if (!PATCH_NAMES.includes(name)) throw new Error(`build: LECTERN_BUILD_WITHOUT: no patch named ${name} (${PATCH_NAMES.join(', ')})`);
const patched = (...plugins) => plugins.filter((plugin) => !without.has(plugin.name));

// Old outputs (the former ES module chunks, say) must not linger beside the new ones.
await rm('dist', { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // React's development build leaks and is slow; users always get the production one.
  define: { 'process.env.NODE_ENV': '"production"' },
};

// Ink and React, as an ES module of their own: see scripts/build/ink-from-vendor.mjs.
await build({
  ...shared,
  entryPoints: { 'ink-vendor': 'scripts/build/ink-vendor-entry.mjs' },
  outdir: 'dist',
  format: 'esm',
  plugins: patched(yogaWithoutFetch, stringWidthFromLectern, lazySegmenter, fastInkOutput),
  // Ink imports the devtools bridge only when DEV is set; keep it (and ws) out of the bundle.
  alias: { 'react-devtools-core': './scripts/stubs/empty.js', ws: './scripts/stubs/empty.js' },
  // Bundled CommonJS packages still call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __lecternRequire } from 'node:module'; const require = __lecternRequire(import.meta.url);",
  },
});
const vendor = await import(new URL('../dist/ink-vendor.js', import.meta.url).href);

// The rest of lectern: CommonJS, so that bin/load-bundle.js can start it from a code cache.
const cli = await build({
  ...shared,
  entryPoints: { cli: 'src/cli/main.ts' },
  // Every start reads the whole bundle and hands V8 its source with the code cache: minified,
  // the source is half the size. Measured on 2026-12-01 (bench, lesson 80x24, 15 runs): the
  // first slide 145 ms against 156 ms, peak RSS 72.0 MB against 74.1 MB. Nothing needs its
  // names: errors reach users as one line, never a stack. The patches are checked in
  // dist/cli.meta.json (esbuild's metafile) and by behaviour (test/e2e/bundle-patches.test.ts).
  minify: true,
  metafile: true,
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  jsx: 'automatic',
  // cfonts itself is not bundled: lectern draws its fonts (bundled JSON) in big-font.ts.
  // ssh2 require()s optional native add-ons (.node files) and falls back to pure JS without
  // them; bundling cannot follow those requires, so it stays a package like any dependency.
  // The picture decoders and the sixel encoder (pure JavaScript, ~270 KB) are required from
  // their packages when a slide first shows a picture: in the bundle they would be read,
  // and compiled into the code cache, on every start. The SVG renderer (@resvg/resvg-wasm) is
  // a 2.5 MB WebAssembly file read beside its package, so it cannot be bundled at all.
  external: ['ssh2', 'pngjs', 'jpeg-js', 'omggif', 'sixel', '@resvg/resvg-wasm'],
  plugins: [...patched(memoStringWidth, lazySegmenter, markedTerminalStubs), inkFromVendor(vendor)],
  define: { ...shared.define, 'import.meta.url': '__lecternModuleUrl' },
  banner: { js: "const __lecternModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

await writeFile('dist/cli.meta.json', JSON.stringify(cli.metafile));

// The build line ties the code cache to this very bundle (bin/load-bundle.js).
const body = asciiOnly(await readFile('dist/cli.cjs', 'utf8'));
await writeFile('dist/cli.cjs', `${body}${BUILD_LINE}${createHash('sha256').update(body).digest('hex')}\n`);

// The code cache, made by a run of the bundled slides in a fresh Node (the one that will read it).
const cache = spawnSync(process.execPath, ['scripts/build/write-code-cache.cjs', 'dist/cli.cjs', 'slides'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (cache.status !== 0) throw new Error('build: making the code cache failed');

/**
 * `source`, once it is known to hold only ASCII. esbuild escapes other characters in strings
 * and templates, but leaves regular expressions and tagged templates as written (and the
 * comments it keeps, none when minified); one such character makes Node read the bundle as
 * UTF-8 into a two-byte string, and V8 hash and scan twice the bytes. Measured on 2026-12-01
 * (722 KB bundle, 3 such characters): read 12.4 ms against 8.7 ms, compile from the code
 * cache 13.6 ms against 10.0 ms. Escaping them here could change what a regular expression
 * means (`/[\–]/`), so the build stops instead and says where: write a `\u` escape there.
 */
function asciiOnly(source) {
  const found = /[^\x00-\x7f]/.exec(source);
  if (found) {
    const line = source.slice(0, found.index).split('\n').length;
    const around = source.slice(Math.max(0, found.index - 60), found.index + 20);
    throw new Error(
      `build: dist/cli.cjs line ${line} holds ${JSON.stringify(found[0])} (U+${found[0].codePointAt(0).toString(16).toUpperCase()}), which esbuild did not escape: write it as a \\u escape in the source. Near: ${around}`,
    );
  }
  return source;
}
