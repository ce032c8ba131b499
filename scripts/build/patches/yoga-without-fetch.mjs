// Patch of yoga-layout (Ink's layout engine), for dist/ink-vendor.js.
import { readFile } from 'node:fs/promises';

/**
 * yoga-layout loads its WebAssembly from a data: URL with fetch() when `fetch` is a
 * function. On Node 20 merely reading the global `fetch` loads undici before Ink can lay
 * out anything. Yoga's other path decodes the same bytes synchronously.
 * Measured on 2026-12-01 (scripts/bench-patches.mjs): without it Ink loads in 171 ms of CPU
 * instead of 124 ms (after the first slide, before keys answer).
 */
export const yogaWithoutFetch = {
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
