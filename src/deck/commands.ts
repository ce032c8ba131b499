/** Everything a key, a follower or a test can ask the presenter to do with the position. */
export type Command =
  | { type: 'next' }
  | { type: 'prev' }
  /** Scroll a tall slide by `lines` (negative is up); past either end it moves to the next/previous step. */
  | { type: 'scroll'; lines: number }
  | { type: 'first' }
  | { type: 'last' }
  /** Go to a slide by its 1-based number, as the user typed it. */
  | { type: 'goto'; slide: number };
