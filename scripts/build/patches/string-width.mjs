// Patches of string-width: every importer of it, in both bundles, measures with lectern's
// quick width (src/render/text/quick-width.ts) and a memo.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const QUICK_WIDTH = fileURLToPath(new URL('../../../src/render/text/quick-width.ts', import.meta.url));
const VENDOR_STRING_WIDTH = fileURLToPath(new URL('./vendor-string-width.mjs', import.meta.url));

/**
 * For dist/cli.cjs. string-width segments graphemes and tests emoji regexes on every call,
 * and Ink measures every line and every character of the screen again on each render (its
 * caches live for one render). Worse, merely loading it builds a Unicode emoji-sequence
 * RegExp and an Intl.Segmenter before the first slide. Each importer of string-width (ours,
 * wrap-ansi's: one version, see `overrides` in package.json) gets instead a wrapper that
 * answers from quickWidth (a table lookup, checked against string-width by its tests, as
 * displayWidth does) and from a memo, and loads string-width only for text quickWidth
 * leaves to it: `require` of a bundled ES module is evaluated on first call.
 * Measured on 2026-12-01 (scripts/bench-patches.mjs): without it the first slide takes 116 ms
 * more CPU (292 vs 176 ms).
 */
export const memoStringWidth = {
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
 * For dist/ink-vendor.js: every import of string-width (Ink's, wrap-ansi's, widest-line's)
 * gets vendor-string-width.mjs (beside this file), which measures with the function lectern's
 * bundle hands over when it loads the vendor module (scripts/build/ink-from-vendor.mjs):
 * memoStringWidth above, whose memo lectern's layout has just filled with the very lines
 * Ink measures again.
 * Measured on 2026-12-01 (scripts/bench-patches.mjs): without it Ink loads in 135 ms of CPU
 * instead of 124 ms.
 */
export const stringWidthFromLectern = {
  name: 'string-width-from-lectern',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, () => ({ path: VENDOR_STRING_WIDTH }));
  },
};
