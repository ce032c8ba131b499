import type { Block } from '../deck/types.js';

// Source lines of blocks, kept beside the model rather than in it: the deck stays the plain
// data every renderer and test compares, and only `lectern check` asks where a block was
// written. Kept on the block objects parseDeck returns (a copy of a block has no line), under
// a symbol that is not enumerable: equality, spreads and JSON never see it. Not a WeakMap:
// the collector walks a WeakMap of every block of an 8 MB lesson (hundreds of thousands) at
// each full collection, which stalled the presenter while a long lesson parsed.
const LINE = Symbol('source line');

type Lined = Block & { [LINE]?: number };

/**
 * The 1-based source line where a block's content starts (inside the fence for code and
 * art), for blocks of a parsed slide and of its columns; undefined for nested list content
 * and for blocks not made by the parser.
 */
export function blockLine(block: Block): number | undefined {
  return (block as Lined)[LINE];
}

/** Records where `block` starts (the parser's side of `blockLine`). */
export function setBlockLine(block: Block, line: number): void {
  Object.defineProperty(block, LINE, { value: line, enumerable: false, configurable: true, writable: true });
}

/** Gives `to` the line of `from`, for a block rebuilt from another (merged, copied). */
export function copyBlockLine(from: Block, to: Block): void {
  const line = blockLine(from);
  if (line !== undefined) setBlockLine(to, line);
}
