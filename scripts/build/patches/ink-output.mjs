// Patch of Ink's Output (ink/build/output.js), for dist/ink-vendor.js: it puts
// src/terminal/ink/ink-fast-output.ts in front of Output.get().
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const FAST_INK_OUTPUT = fileURLToPath(new URL('../../../src/terminal/ink/ink-fast-output.ts', import.meta.url));

/**
 * Ink's Output.get() places every character of every line on a grid of styled cells and
 * serializes the rows back: most of the time a key takes to show the next slide. For what
 * lectern draws (one line a row, column 0, no clipping) fastInkOutput gives the same rows
 * without the grid; anything else still goes through Ink's code.
 * Measured on 2026-12-01 (scripts/bench-patches.mjs): without it a key takes 32 ms more CPU
 * (56 vs 24 ms) and 114 ms more to show (159 vs 45 ms, a loaded machine).
 */
export const fastInkOutput = {
  name: 'fast-ink-output',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/]ink[\\/]build[\\/]output\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const get = '    get() {\n';
      if (!source.includes(get)) throw new Error(`fast-ink-output: "get() {" not found in ${args.path}; revisit the patch`);
      const fast = `${get}        const fast = __fastInkOutput(this.operations, this.height);\n        if (fast !== undefined) return fast;\n`;
      return {
        contents: `import { fastInkOutput as __fastInkOutput } from ${JSON.stringify(FAST_INK_OUTPUT)};\n${source.replace(get, fast)}`,
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};
