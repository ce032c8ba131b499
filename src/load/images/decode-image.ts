import { InputError } from '../../deck/input-error.js';
import { readImageHeader, type ImageHeader } from './image-header.js';
import { decodeWithModules, type DecoderModules } from './decode-core.js';
import { decodeOffThread, WorkerGone } from './decode-worker.js';
import { lazyRequire } from './lazy-require.js';
import { MAX_IMAGE_PIXELS, type Picture, type RasterFormat } from './picture.js';
import { rasterizeSvg } from './svg-image.js';

/**
 * The header of an image file, checked: a format we read and a size we are willing to
 * decode. Throws InputError with a one-line reason otherwise (the bomb check happens here,
 * from the claimed size, before a byte is inflated).
 */
export function checkedHeader(bytes: Uint8Array, name: string): ImageHeader {
  const header = readImageHeader(bytes);
  if (!header) throw new InputError(`${name}: not a PNG, JPEG, GIF or SVG image`);
  // An SVG may state its size in units the header does not read: resvg decides (svg-core.ts).
  if (header.format !== 'svg' && (header.width === 0 || header.height === 0))
    throw new InputError(`${name}: the image is empty (${header.width}x${header.height})`);
  if (header.width * header.height > MAX_IMAGE_PIXELS) {
    throw new InputError(
      `${name}: refused, ${header.width}x${header.height} pixels is over the limit of ${(MAX_IMAGE_PIXELS / 1e6).toFixed(0)} megapixels (a decompression bomb?)`,
    );
  }
  return header;
}

/**
 * Decodes a PNG, JPEG or GIF (its first frame) to RGBA, or draws an SVG (svg-image.ts), in
 * a worker thread when one can run (decode-worker.ts), else here. The decoders are loaded
 * on first use, so a deck without pictures never loads them. Throws InputError for
 * anything wrong with the file.
 */
export async function decodeImage(bytes: Uint8Array, name: string): Promise<Picture> {
  const header = checkedHeader(bytes, name);
  if (header.format === 'svg') return rasterizeSvg(bytes, name);
  const format = header.format;
  try {
    const picture = await decodeAs(format, bytes);
    // A decoder that disagrees with the header (a lying file) must not hand us a wrong-sized buffer.
    if (picture.rgba.length < picture.width * picture.height * 4 || picture.width * picture.height > MAX_IMAGE_PIXELS) {
      throw new Error('decoded size does not match');
    }
    return picture;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(`${name}: cannot decode the ${header.format.toUpperCase()} image (${reason})`);
  }
}

const modules: DecoderModules = {
  png: () => lazyRequire('pngjs'),
  jpeg: () => lazyRequire('jpeg-js'),
  gif: () => lazyRequire('omggif'),
};

async function decodeAs(format: RasterFormat, bytes: Uint8Array): Promise<Picture> {
  const megapixels = MAX_IMAGE_PIXELS / 1e6;
  const off = decodeOffThread(format, bytes, megapixels);
  if (off) {
    try {
      return await off;
    } catch (error) {
      if (!(error instanceof WorkerGone)) throw error;
    }
  }
  return decodeWithModules(format, bytes, modules, megapixels);
}
