import type { PictureEntry } from '../../load/images/picture.js';
import type { ColorLevel } from '../../theme/styles.js';
import { halfBlockLines } from './half-blocks.js';

/** Half-block renderings kept: a few sizes of the pictures of the slides around the current one. */
const MAX_ENTRIES = 64;
const cache = new Map<string, string[]>();

/** The half-block lines of a ready picture at a size and depth, computed once per (picture, size, depth). */
export function cachedHalfBlocks(entry: Extract<PictureEntry, { status: 'ready' }>, cols: number, rows: number, level: ColorLevel): string[] {
  const key = `${entry.id}|${cols}x${rows}|${level}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const lines = halfBlockLines(entry.picture, cols, rows, level);
  cache.set(key, lines);
  if (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return lines;
}
