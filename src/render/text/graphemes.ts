let segmenter: Intl.Segmenter | undefined;

/**
 * The grapheme clusters of text, in order. The segmenter is made on first use: creating
 * the first one loads ICU's break rules (10–20 ms), which the first slide does not need.
 */
export function graphemes(text: string): Iterable<Intl.SegmentData> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter.segment(text);
}
