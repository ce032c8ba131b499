// Every patch of a dependency the build applies (scripts/build.mjs), by the name that
// LECTERN_BUILD_WITHOUT and scripts/bench-patches.mjs know it by.
import { fastInkOutput } from './ink-output.mjs';
import { lazySegmenter } from './lazy-segmenter.mjs';
import { markedTerminalStubs } from './marked-terminal-stubs.mjs';
import { memoStringWidth, stringWidthFromLectern } from './string-width.mjs';
import { yogaWithoutFetch } from './yoga-without-fetch.mjs';

export { fastInkOutput, lazySegmenter, markedTerminalStubs, memoStringWidth, stringWidthFromLectern, yogaWithoutFetch };

/** The names of all patches. */
export const PATCH_NAMES = [yogaWithoutFetch, memoStringWidth, stringWidthFromLectern, lazySegmenter, fastInkOutput, markedTerminalStubs].map((p) => p.name);
