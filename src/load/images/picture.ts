/** A decoded picture: `width` x `height` pixels, RGBA, 4 bytes each, rows top to bottom. */
export interface Picture {
  width: number;
  height: number;
  rgba: Uint8Array;
  /** An SVG's own size, which it is laid out at; its pixels are drawn larger or smaller than that. */
  intrinsic?: { width: number; height: number };
}

/** The image file formats lectern reads. */
export type ImageFormat = RasterFormat | 'svg';

/** The formats of pixels in a file (decode-core.ts); an SVG is drawn instead (svg-core.ts). */
export type RasterFormat = 'png' | 'jpeg' | 'gif';

/** MIME types of the formats, for data: URIs. */
export const IMAGE_MIME: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml' };

/**
 * What is known of one image block's picture. `loading` may already carry the size read
 * from the file's header, so the slide can keep the picture's place before it is decoded.
 */
export type PictureEntry =
  | { status: 'loading'; width?: number; height?: number }
  | { status: 'ready'; picture: Picture; format: ImageFormat; bytes: Uint8Array; path: string; id: number }
  | { status: 'failed'; reason: string }
  | { status: 'remote'; url: string };

/** Files larger than this are refused without being read. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** SVG files larger than this are refused: a diagram is tens of kilobytes, and XML this big is slow to parse. */
export const MAX_SVG_BYTES = 4 * 1024 * 1024;

/**
 * The longest side an SVG is drawn at to be kept (for half blocks and exports): several
 * source pixels for every half-block pixel even at 400 columns. Terminals that draw pictures
 * get it drawn again at their own pixel size (svg-image.ts).
 */
export const SVG_KEPT_SIDE = 1024;

/**
 * Pictures with more pixels than this are refused from their header, before decoding: a
 * few kilobytes of PNG can claim 100000x100000 pixels (a decompression bomb). 8K UHD fits.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;
