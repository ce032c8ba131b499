import type { Block } from '../deck/types.js';

// Source lines of blocks, kept beside the model rather than in it: the deck stays the plain
// data every renderer and test compares, and only `lectern check` asks where a block was
// written. Keyed by the block objects parseDeck returns (a copy of a block has no line).
const lines = new WeakMap<Block, number>();

/**
 * The 1-based source line where a block's content starts (inside the fence for code and
 * art), for blocks of a parsed slide and of its columns; undefined for nested list content
 * and for blocks not made by the parser.
 */
export function blockLine(block: Block): number | undefined {
  return lines.get(block);
}

/** Records where `block` starts (the parser's side of `blockLine`). */
export function setBlockLine(block: Block, line: number): void {
  lines.set(block, line);
}

/** Gives `to` the line of `from`, for a block rebuilt from another (merged, copied). */
export function copyBlockLine(from: Block, to: Block): void {
  const line = lines.get(from);
  if (line !== undefined) lines.set(to, line);
}
