/** A decoded picture: `width` x `height` pixels, RGBA, 4 bytes each, rows top to bottom. */
export interface Picture {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** The image file formats lectern reads. */
export type ImageFormat = 'png' | 'jpeg' | 'gif';

/** MIME types of the formats, for data: URIs. */
export const IMAGE_MIME: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', gif: 'image/gif' };

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

/**
 * Pictures with more pixels than this are refused from their header, before decoding: a
 * few kilobytes of PNG can claim 100000x100000 pixels (a decompression bomb). 8K UHD fits.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;
