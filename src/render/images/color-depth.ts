import type { ColorLevel } from '../../theme/styles.js';

/**
 * One pixel's colour at a terminal's colour depth, as a key: truecolour as is, else the
 * nearest entry of xterm's 256-colour cube and grey ramp, or of the 16 basic colours.
 * Hand-written because chalk's own reduction (ansi-styles) picks 16-colour entries by hue
 * rules that turn photographs garish; nearest by weighted distance keeps them recognisable.
 */
export function colorKey(r: number, g: number, b: number, level: ColorLevel): string {
  if (level >= 3) return `2;${r};${g};${b}`;
  if (level === 2) return `5;${nearest256(r, g, b)}`;
  return `b${nearest16(r, g, b)}`;
}

/** The SGR parameters that set a colour key as the foreground (or the background). */
export function colorCode(key: string, background: boolean): string {
  if (key.startsWith('b')) {
    const n = Number(key.slice(1));
    return String((background ? 40 : 30) + (n < 8 ? n : n - 8 + 60));
  }
  return `${background ? 48 : 38};${key}`;
}

const CUBE = [0, 95, 135, 175, 215, 255];

function cubeIndex(v: number): number {
  return v < 48 ? 0 : v < 115 ? 1 : Math.min(5, Math.floor((v - 35) / 40));
}

function distance(r1: number, g1: number, b1: number, r2: number, g2: number, b2: number): number {
  // Weighted for how the eye sees brightness differences (a cheap redmean).
  const rm = (r1 + r2) / 2;
  const dr = r1 - r2;
  const dg = g1 - g2;
  const db = b1 - b2;
  return (2 + rm / 256) * dr * dr + 4 * dg * dg + (2 + (255 - rm) / 256) * db * db;
}

/** The 256-colour palette index nearest to a colour (cube 16–231 or greys 232–255). */
export function nearest256(r: number, g: number, b: number): number {
  const ri = cubeIndex(r);
  const gi = cubeIndex(g);
  const bi = cubeIndex(b);
  const cube = 16 + 36 * ri + 6 * gi + bi;
  const cubeDistance = distance(r, g, b, CUBE[ri] ?? 0, CUBE[gi] ?? 0, CUBE[bi] ?? 0);
  const mean = (r + g + b) / 3;
  const greyIndex = Math.max(0, Math.min(23, Math.round((mean - 8) / 10)));
  const grey = 8 + greyIndex * 10;
  return distance(r, g, b, grey, grey, grey) < cubeDistance ? 232 + greyIndex : cube;
}

/** xterm's 16 colours, as 0–15. */
const BASIC: readonly [number, number, number][] = [
  [0, 0, 0],
  [205, 0, 0],
  [0, 205, 0],
  [205, 205, 0],
  [0, 0, 238],
  [205, 0, 205],
  [0, 205, 205],
  [229, 229, 229],
  [127, 127, 127],
  [255, 0, 0],
  [0, 255, 0],
  [255, 255, 0],
  [92, 92, 255],
  [255, 0, 255],
  [0, 255, 255],
  [255, 255, 255],
];

/** The basic colour (0–15) nearest to a colour. */
export function nearest16(r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  BASIC.forEach(([br, bg, bb], i) => {
    const d = distance(r, g, b, br, bg, bb);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}
