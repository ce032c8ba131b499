/** Where slide content goes across the screen: a centered column with margins. */
export interface ContentBox {
  /** Columns of blank space before the content. */
  left: number;
  width: number;
}

/** Lines longer than this are hard to read on a projector; wide screens center the content. */
export const MAX_CONTENT_WIDTH = 110;

/** The content column for a screen `width` wide. */
export function contentBox(width: number): ContentBox {
  const margin = width >= 40 ? 2 : width >= 12 ? 1 : 0;
  const inner = Math.max(1, Math.min(width - 2 * margin, MAX_CONTENT_WIDTH));
  return { left: Math.max(0, Math.floor((width - inner) / 2)), width: inner };
}
