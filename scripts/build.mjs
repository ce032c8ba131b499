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
await build({
  ...shared,
  entryPoints: { cli: 'src/cli/main.ts' },
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

// The build line ties the code cache to this very bundle (bin/load-bundle.js).
const body = await readFile('dist/cli.cjs', 'utf8');
await writeFile('dist/cli.cjs', `${body}${BUILD_LINE}${createHash('sha256').update(body).digest('hex')}\n`);

// The code cache, made by a run of the bundled slides in a fresh Node (the one that will read it).
const cache = spawnSync(process.execPath, ['scripts/build/write-code-cache.cjs', 'dist/cli.cjs', 'slides'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (cache.status !== 0) throw new Error('build: making the code cache failed');
