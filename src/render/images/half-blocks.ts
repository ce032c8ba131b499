import { resample } from '../../load/images/downscale.js';
import type { Picture } from '../../load/images/picture.js';
import type { ColorLevel } from '../../theme/styles.js';
import { colorCode, colorKey } from './color-depth.js';
import { SGR_RESET, sgr } from '../text/sgr/tokens.js';

/** A pixel with less opacity than this shows the terminal's own background. */
const OPAQUE = 128;

/**
 * A picture drawn as `cols` x `rows` cells of Unicode half blocks: each cell is two pixels,
 * `▀` in the top one's colour on the bottom one's. Transparent pixels keep the terminal's
 * background (`▄` or a space with default colours). Each line starts from default colours
 * and ends with a reset; colour codes are written only when they change along the line.
 */
export function halfBlockLines(picture: Picture, cols: number, rows: number, level: ColorLevel): string[] {
  const scaled = resample(picture, cols, rows * 2);
  const px = scaled.rgba;
  const lines: string[] = [];
  const key = (i: number) => colorKey(px[i] ?? 0, px[i + 1] ?? 0, px[i + 2] ?? 0, level);
  for (let row = 0; row < rows; row++) {
    let line = '';
    let fg: string | undefined; // colour keys in force; undefined = the terminal's default
    let bg: string | undefined;
    const set = (nextFg: string | undefined, nextBg: string | undefined) => {
      const codes: string[] = [];
      if (nextFg !== undefined && nextFg !== fg) codes.push(colorCode(nextFg, false));
      if (nextBg !== bg) codes.push(nextBg === undefined ? '49' : colorCode(nextBg, true));
      if (nextFg !== undefined) fg = nextFg;
      bg = nextBg;
      if (codes.length > 0) line += sgr(codes.join(';'));
    };
    for (let col = 0; col < cols; col++) {
      const top = (row * 2 * cols + col) * 4;
      const bottom = ((row * 2 + 1) * cols + col) * 4;
      const topOn = (px[top + 3] ?? 0) >= OPAQUE;
      const bottomOn = (px[bottom + 3] ?? 0) >= OPAQUE;
      if (topOn && bottomOn) {
        const upper = key(top);
        const lower = key(bottom);
        if (upper === lower) {
          // One colour: a space on that background, whatever the foreground is.
          set(undefined, lower);
          line += ' ';
        } else {
          set(upper, lower);
          line += '▀';
        }
      } else if (topOn || bottomOn) {
        set(key(topOn ? top : bottom), undefined);
        line += topOn ? '▀' : '▄';
      } else {
        set(undefined, undefined);
        line += ' ';
      }
    }
    lines.push(line + SGR_RESET);
  }
  return lines;
}
