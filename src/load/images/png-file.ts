import { lazyRequire } from './lazy-require.js';
import type { Picture } from './picture.js';

/** A picture as the bytes of a PNG file (pngjs, loaded on first use). */
export function pngFile(picture: Picture): Buffer {
  const { PNG } = lazyRequire<typeof import('pngjs')>('pngjs');
  const png = new PNG({ width: picture.width, height: picture.height });
  png.data = Buffer.from(picture.rgba.buffer, picture.rgba.byteOffset, picture.width * picture.height * 4);
  return PNG.sync.write(png);
}
