import { InputError } from '../../deck/input-error.js';
import { readImageHeader, type ImageHeader } from './image-header.js';
import { lazyRequire } from './lazy-require.js';
import { MAX_IMAGE_PIXELS, type Picture } from './picture.js';

/**
 * The header of an image file, checked: a format we read and a size we are willing to
 * decode. Throws InputError with a one-line reason otherwise (the bomb check happens here,
 * from the claimed size, before a byte is inflated).
 */
export function checkedHeader(bytes: Uint8Array, name: string): ImageHeader {
  const header = readImageHeader(bytes);
  if (!header) throw new InputError(`${name}: not a PNG, JPEG or GIF image`);
  if (header.width === 0 || header.height === 0) throw new InputError(`${name}: the image is empty (${header.width}x${header.height})`);
  if (header.width * header.height > MAX_IMAGE_PIXELS) {
    throw new InputError(
      `${name}: refused, ${header.width}x${header.height} pixels is over the limit of ${(MAX_IMAGE_PIXELS / 1e6).toFixed(0)} megapixels (a decompression bomb?)`,
    );
  }
  return header;
}

/**
 * Decodes a PNG, JPEG or GIF (its first frame) to RGBA. The decoders are loaded on first
 * use (lazyRequire), so a deck without pictures never loads them. Throws InputError for anything wrong
 * with the file.
 */
export async function decodeImage(bytes: Uint8Array, name: string): Promise<Picture> {
  const header = checkedHeader(bytes, name);
  try {
    const picture = await decodeAs(header, bytes);
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

async function decodeAs(header: ImageHeader, bytes: Uint8Array): Promise<Picture> {
  switch (header.format) {
    case 'png': {
      const { PNG } = lazyRequire<typeof import('pngjs')>('pngjs');
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      // The stream parser inflates off the main thread (zlib), so keys stay responsive.
      const png = await new Promise<InstanceType<typeof PNG>>((resolve, reject) => {
        new PNG().parse(buffer, (error, data) => (error ? reject(error) : resolve(data)));
      });
      return { width: png.width, height: png.height, rgba: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
    }
    case 'jpeg': {
      const { decode } = lazyRequire<typeof import('jpeg-js')>('jpeg-js');
      const maxResolutionInMP = MAX_IMAGE_PIXELS / 1e6;
      const out = decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP, maxMemoryUsageInMB: 512 });
      return { width: out.width, height: out.height, rgba: out.data };
    }
    case 'gif': {
      const { GifReader } = lazyRequire<typeof import('omggif')>('omggif');
      const reader = new GifReader(bytes);
      const rgba = new Uint8Array(reader.width * reader.height * 4);
      reader.decodeAndBlitFrameRGBA(0, rgba);
      return { width: reader.width, height: reader.height, rgba };
    }
  }
}
