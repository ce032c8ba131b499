import type { ImageFormat } from './picture.js';

/** A file's format and pixel size as its header states them (not yet trusted; 0 when an SVG's size is not a plain number). */
export interface ImageHeader {
  format: ImageFormat;
  width: number;
  height: number;
}

/**
 * Reads the format and the claimed size from the first bytes of a PNG, GIF or JPEG file
 * (or of an SVG document), without decoding. Hand-written because the three layouts are a few fixed offsets (PNG's
 * IHDR, GIF's screen descriptor, JPEG's first SOF marker) and this must run before any
 * decoder is loaded; image-size would add a dependency for the same 40 lines.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(4) === 0x0d0a1a0a && view.getUint32(12) === 0x49484452) {
    return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (
    bytes.length >= 10 &&
    Buffer.from(bytes.buffer, bytes.byteOffset, 6)
      .toString('latin1')
      .match(/^GIF8[79]a$/)
  ) {
    return { format: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegHeader(bytes, view);
  return svgHeader(bytes);
}

/** How far into a file its `<svg` tag is looked for (an XML declaration, comments and a DOCTYPE may come first). */
const SVG_SNIFF_BYTES = 64 * 1024;

/**
 * An XML file with an `<svg` element near its start, and the size its root element states
 * in plain numbers or px (`width`/`height`, else the `viewBox`), 0 when it states none that
 * way: resvg's own parse decides later, this only keeps the picture's place while it draws.
 */
function svgHeader(bytes: Uint8Array): ImageHeader | undefined {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, SVG_SNIFF_BYTES)).replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('<')) return undefined;
  const tag = /<svg[\s>][^>]*/.exec(text)?.[0];
  if (tag === undefined) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
  const px = (value: string | undefined) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value ?? '');
    return m ? Number(m[1]) : undefined;
  };
  let width = px(attr('width'));
  let height = px(attr('height'));
  const box = attr('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box.every(Number.isFinite)) {
    const [, , w = 0, h = 0] = box;
    if (width === undefined && height === undefined) [width, height] = [w, h];
    else if (width === undefined && height !== undefined && h > 0) width = (height * w) / h;
    else if (height === undefined && width !== undefined && w > 0) height = (width * h) / w;
  }
  return { format: 'svg', width: Math.round(width ?? 0), height: Math.round(height ?? 0) };
}

// Start-of-frame markers: baseline, extended, progressive, lossless (not DHT 0xC4, JPG 0xC8, DAC 0xCC).
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegHeader(bytes: Uint8Array, view: DataView): ImageHeader | undefined {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (SOF.has(marker)) {
      if (at + 9 > bytes.length) return undefined;
      return { format: 'jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    if (length < 2) return undefined;
    at += 2 + length;
  }
  return undefined;
}
