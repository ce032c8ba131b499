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
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { inkFromVendor, stringWidthFromLectern } from './build/ink-from-vendor.mjs';

const { BUILD_LINE } = createRequire(import.meta.url)('../bin/load-bundle.js');

/**
 * Ink's layout engine (yoga-layout) loads its WebAssembly from a data: URL with fetch() when
 * `fetch` is a function. On Node 20 merely reading the global `fetch` loads undici, which
 * costs ~80 ms at startup. Yoga's other path decodes the same bytes synchronously.
 */
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /yoga-wasm-base64-esm\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const check = '"function"!=typeof fetch';
      if (!source.includes(check)) throw new Error(`yoga-without-fetch: "${check}" not found in ${args.path}; revisit the patch`);
      return { contents: source.replaceAll(check, 'true'), loader: 'js' };
    });
  },
};

/**
 * string-width segments graphemes and tests emoji regexes on every call, and Ink measures
 * every line and every character of the screen again on each render (its caches live for
 * one render). Worse, merely loading it builds a Unicode emoji-sequence RegExp and an
 * Intl.Segmenter: 40–70 ms before the first slide. Each importer of string-width (ours,
 * Ink's, wrap-ansi's: one version, see `overrides` in package.json) gets instead a wrapper
 * that answers from simpleWidth (src/render/text/simple-width.ts: a table lookup, checked against
 * string-width by its tests, through quickWidth, as displayWidth does) and from a memo, and
 * loads string-width only for text quickWidth leaves to it: `require` of a bundled ES
 * module is evaluated on first call.
 */
const QUICK_WIDTH = new URL('../src/render/text/quick-width.ts', import.meta.url).pathname;
const memoStringWidth = {
  name: 'memo-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'memo-string-width' };
    });
    b.onLoad({ filter: /.*/, namespace: 'memo-string-width' }, (args) => ({
      resolveDir: dirname(args.path),
      contents: `import { quickWidth } from ${JSON.stringify(QUICK_WIDTH)};
let real;
const stringWidth = (text, options) => (real ??= require(${JSON.stringify(args.path)}).default)(text, options);
const cache = new Map();
export default function memoStringWidth(text, options) {
  if (options !== undefined || typeof text !== 'string') return stringWidth(text, options);
  const quick = quickWidth(text);
  if (quick !== undefined) return quick;
  if (text.length > 400) return stringWidth(text);
  let width = cache.get(text);
  if (width === undefined) {
    width = stringWidth(text);
    if (cache.size >= 20000) cache.clear();
    cache.set(text, width);
  }
  return width;
}
`,
    }));
  },
};

/**
 * Creating the first Intl.Segmenter loads ICU's break rules (10–20 ms here). slice-ansi makes
 * one when it is loaded, long before any slide needs one; this one is made on first use.
 */
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/]slice-ansi[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('new Intl.Segmenter(')) return undefined;
      const lazy = `const __lazySegmenter = (...options) => { let real; return { segment: (text) => (real ??= new Intl.Segmenter(...options)).segment(text) }; };\n`;
      return { contents: lazy + source.replaceAll('new Intl.Segmenter(', '__lazySegmenter('), loader: 'js' };
    });
  },
};

/**
 * Ink's Output.get() places every character of every line on a grid of styled cells and
 * serializes the rows back: most of the time a key takes to show the next slide. For what
 * lectern draws (one line a row, column 0, no clipping) src/terminal/ink/ink-fast-output.ts
 * gives the same rows without the grid; anything else still goes through Ink's code.
 */
const FAST_INK_OUTPUT = new URL('../src/terminal/ink/ink-fast-output.ts', import.meta.url).pathname;
const fastInkOutput = {
  name: 'fast-ink-output',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/]ink[\\/]build[\\/]output\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const get = '    get() {\n';
      if (!source.includes(get)) throw new Error(`fast-ink-output: "get() {" not found in ${args.path}; revisit the patch`);
      const fast = `${get}        const fast = __fastInkOutput(this.operations, this.height);\n        if (fast !== undefined) return fast;\n`;
      return { contents: `import { fastInkOutput as __fastInkOutput } from ${JSON.stringify(FAST_INK_OUTPUT)};\n${source.replace(get, fast)}`, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

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
  plugins: [yogaWithoutFetch, stringWidthFromLectern, lazySegmenter, fastInkOutput],
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
  // and compiled into the code cache, on every start.
  external: ['ssh2', 'pngjs', 'jpeg-js', 'omggif', 'sixel'],
  plugins: [memoStringWidth, lazySegmenter, inkFromVendor(vendor)],
  define: { ...shared.define, 'import.meta.url': '__lecternModuleUrl' },
  alias: {
    // marked-terminal's code, table and emoji helpers: unused by lectern (see the stub).
    'cli-highlight': './scripts/stubs/marked-terminal-unused.js',
    'cli-table3': './scripts/stubs/marked-terminal-unused.js',
    'node-emoji': './scripts/stubs/marked-terminal-unused.js',
  },
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
