// Patch of slice-ansi (which src/render/text/text.ts and src/render/blocks/art.ts cut
// styled text with), for both bundles.
import { readFile } from 'node:fs/promises';

/**
 * Creating the first Intl.Segmenter loads ICU's break rules. slice-ansi makes one when it
 * is loaded, long before any slide needs one; this one is made on first use, as
 * src/render/text/graphemes.ts makes lectern's own.
 * Measured on 2026-12-01 (scripts/bench-patches.mjs): without it the first slide takes 20 ms
 * more CPU (196 vs 176 ms).
 */
export const lazySegmenter = {
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
