import type { Picture, RasterFormat } from './picture.js';

/** The decoder packages, as `require` returns them. */
export interface DecoderModules {
  png: () => typeof import('pngjs');
  jpeg: () => typeof import('jpeg-js');
  gif: () => typeof import('omggif');
}

/**
 * Decodes a PNG, JPEG or GIF (its first frame) to RGBA with the given decoders. Kept free of
 * imports and outside names on purpose: the decoding worker (decode-worker.ts) runs this
 * very function from its source text, so the main thread and the worker cannot disagree.
 */
export function decodeWithModules(format: RasterFormat, bytes: Uint8Array, modules: DecoderModules, maxMegapixels: number): Picture {
  if (format === 'png') {
    const { PNG } = modules.png();
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width: png.width, height: png.height, rgba: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
  }
  if (format === 'jpeg') {
    const out = modules.jpeg().decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: maxMegapixels, maxMemoryUsageInMB: 512 });
    return { width: out.width, height: out.height, rgba: out.data };
  }
  const reader = new (modules.gif().GifReader)(bytes);
  const rgba = new Uint8Array(reader.width * reader.height * 4);
  reader.decodeAndBlitFrameRGBA(0, rgba);
  return { width: reader.width, height: reader.height, rgba };
}
