import type { Picture } from './picture.js';

/** The longest side kept after decoding: a 1080p screenshot as it is (no resampling), a photo at a fraction of its memory. */
export const MAX_KEPT_SIDE = 2048;

/** The picture itself when small enough, else a copy scaled down to MAX_KEPT_SIDE on its longest side. */
export function keepAtMost(picture: Picture, maxSide = MAX_KEPT_SIDE): Picture {
  const size = keptSize(picture.width, picture.height, maxSide);
  return size ? resample(picture, size.width, size.height) : picture;
}

/**
 * The size a picture is kept at: undefined when it is small enough as it is. Free of outside
 * names, like resample: the decoding worker runs both from their source.
 */
export function keptSize(width: number, height: number, maxSide: number): { width: number; height: number } | undefined {
  const longest = Math.max(width, height);
  if (longest <= maxSide) return undefined;
  const scale = maxSide / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Scales a picture to `width` x `height` by averaging the source pixels each target pixel
 * covers (an area filter: a screenshot's thin lines and text blend rather than vanish, as
 * they would with nearest-neighbour). Colours are weighted by alpha, so a transparent
 * edge does not darken what is next to it. Also enlarges (each target pixel then covers
 * part of one source pixel).
 */
export function resample(picture: Picture, width: number, height: number): Picture {
  const { width: sw, height: sh, rgba: src } = picture;
  const out = new Uint8Array(width * height * 4);
  const xScale = sw / width;
  const yScale = sh / height;
  for (let y = 0; y < height; y++) {
    const y0 = y * yScale;
    const y1 = Math.min(sh, y0 + yScale);
    for (let x = 0; x < width; x++) {
      const x0 = x * xScale;
      const x1 = Math.min(sw, x0 + xScale);
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      let area = 0;
      for (let sy = Math.floor(y0); sy < y1; sy++) {
        const wy = Math.min(y1, sy + 1) - Math.max(y0, sy);
        if (wy <= 0) continue;
        for (let sx = Math.floor(x0); sx < x1; sx++) {
          const wx = Math.min(x1, sx + 1) - Math.max(x0, sx);
          if (wx <= 0) continue;
          const w = wx * wy;
          const i = (sy * sw + sx) * 4;
          const alpha = (src[i + 3] ?? 0) * w;
          r += (src[i] ?? 0) * alpha;
          g += (src[i + 1] ?? 0) * alpha;
          b += (src[i + 2] ?? 0) * alpha;
          a += alpha;
          area += w;
        }
      }
      const o = (y * width + x) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = area > 0 ? Math.round(a / area) : 0;
    }
  }
  return { width, height, rgba: out };
}
