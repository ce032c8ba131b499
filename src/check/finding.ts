/** What `lectern check` can find wrong with a deck. */
export type FindingKind =
  /** Content taller than the screen: the presenter has to scroll. */
  | 'too-tall'
  /** A code line broken, art cropped, or a line cut at the screen's edge. */
  | 'too-wide'
  /** A table that cannot fit even wrapped (drawn as stacked cards). */
  | 'table-too-wide'
  /** A relative link to a lesson or file that does not exist, or that leads outside the course folder. */
  | 'broken-link'
  /** A comment that looks like a directive of ours but is not one. */
  | 'unknown-directive'
  | 'empty-slide'
  /** Speaker notes on a slide that is never shown. */
  | 'stray-notes'
  /** A `<!-- notes -->` block that swallows slide breaks. */
  | 'unclosed-notes'
  /** Quotes or lists nested past the limit: the deeper levels were flattened. */
  | 'deep-nesting';

/**
 * One problem, where it is and on which screen. Plain data: `--format json` prints these
 * objects as they are.
 */
export interface Finding {
  /** The lesson file (as the caller named it). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** 1-based slide number, or null when no shown slide holds it (notes on an empty slide). */
  slide: number | null;
  /** 1-based step of that slide, or null when the problem is not tied to a step. */
  step: number | null;
  /** The screen size it was found at (`80x24`), or null when it does not depend on size. */
  size: string | null;
  kind: FindingKind;
  message: string;
}

/** A screen to check for, in terminal columns and rows (as `--size COLSxROWS` gives it). */
export interface ScreenSize {
  columns: number;
  rows: number;
}

/** `80x24`. */
export function sizeLabel(size: ScreenSize): string {
  return `${size.columns}x${size.rows}`;
}
