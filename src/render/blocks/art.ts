import sliceAnsi from 'slice-ansi';
import type { Styles } from '../../theme/styles.js';
import { expandTabs, widestLine } from '../text/text.js';

/** An art variant's lines (trailing spaces and blank edges removed) and its width. */
interface Variant {
  lines: string[];
  width: number;
}

function measureVariant(text: string): Variant {
  const lines = text.split('\n').map((l) => expandTabs(l).trimEnd());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { lines, width: widestLine(lines) };
}

/**
 * Index of the variant to show at `width`: the widest that fits, whatever order the author
 * wrote them in; the narrowest when none fits (then it is cropped, and `check` reports it).
 */
export function chooseArtVariant(variants: readonly string[], width: number): number {
  const measured = variants.map(measureVariant);
  let best = -1;
  let narrowest = 0;
  measured.forEach((v, i) => {
    if (v.width <= width && (best < 0 || v.width > (measured[best]?.width ?? 0))) best = i;
    if (v.width < (measured[narrowest]?.width ?? Infinity)) narrowest = i;
  });
  return best >= 0 ? best : narrowest;
}

/**
 * ASCII art: verbatim (never wrapped), centered as one block so its shape holds, strokes in
 * the art color and the words written in it (labels) in the label color.
 */
export function renderArt(variants: readonly string[], width: number, styles: Styles): string[] {
  const chosen = variants[chooseArtVariant(variants, width)];
  if (chosen === undefined) return [];
  const { lines, width: artWidth } = measureVariant(chosen);
  const left = ' '.repeat(Math.max(0, Math.floor((width - artWidth) / 2)));
  return lines.map((line) => {
    const fitted = artWidth > width ? sliceAnsi(line, 0, width) : line;
    return fitted === '' ? '' : left + paintArtLine(fitted, styles);
  });
}

// Letters and digits (and the punctuation inside words) are labels; everything else is drawing.
const LABEL = /[\p{L}\p{N}](?:[\p{L}\p{N}&.,:'()#+-]|\s(?=[\p{L}\p{N}]))*/gu;

function paintArtLine(line: string, styles: Styles): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(LABEL)) {
    const at = match.index ?? 0;
    if (at > last) out += styles.art(line.slice(last, at));
    out += styles.artLabel(match[0]);
    last = at + match[0].length;
  }
  if (last < line.length) out += styles.art(line.slice(last));
  return out;
}
