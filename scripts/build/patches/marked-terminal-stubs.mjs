// Patch of marked-terminal's dependencies, for dist/cli.cjs.
import { fileURLToPath } from 'node:url';

const STUB = fileURLToPath(new URL('../../stubs/marked-terminal-unused.js', import.meta.url));

/**
 * marked-terminal's code, table and emoji helpers (cli-highlight with all of highlight.js,
 * cli-table3, node-emoji) are never reached by lectern, which uses marked-terminal for
 * inline prose only: each resolves to scripts/stubs/marked-terminal-unused.js, which says why.
 * Measured on 2026-12-01 (scripts/bench-patches.mjs): without it the first slide takes 145 ms
 * more CPU (321 vs 176 ms) and 26 MB more memory.
 */
export const markedTerminalStubs = {
  name: 'marked-terminal-stubs',
  setup(b) {
    b.onResolve({ filter: /^(cli-highlight|cli-table3|node-emoji)$/ }, () => ({ path: STUB }));
  },
};
