import { deflateSync } from 'node:zlib';
import { resample } from '../../load/images/downscale.js';
import { lazyRequire } from '../../load/images/lazy-require.js';
import { pngFile } from '../../load/images/png-file.js';
import type { Picture } from '../../load/images/picture.js';
import { svgPixelsAt } from '../../load/images/svg-image.js';
import type { Placement } from '../../render/images/placement.js';
import type { GraphicsProtocol } from './detect.js';

/** The largest side, in pixels, of a picture sent to the terminal (a full 4K screen is ~3840). */
const MAX_SEND_SIDE = 2400;

/**
 * The visible rows of a placement as pixels for a terminal whose cells are `cell` pixels:
 * the part of the picture those rows show, scaled to fill exactly the cells.
 */
export function placementPixels(placement: Placement, cell: { width: number; height: number }): Picture {
  const source = placement.entry.picture;
  const top = Math.floor((placement.firstRow / placement.rows) * source.height);
  const bottom = Math.max(top + 1, Math.round(((placement.firstRow + placement.visibleRows) / placement.rows) * source.height));
  const cropped = cropRows(source, top, Math.min(source.height, bottom));
  let width = placement.cols * cell.width;
  let height = placement.visibleRows * cell.height;
  const scale = Math.min(1, MAX_SEND_SIDE / Math.max(width, height));
  width = Math.max(1, Math.round(width * scale));
  height = Math.max(1, Math.round(height * scale));
  return resample(cropped, width, height);
}

/**
 * An SVG's placement with its picture drawn again at the pixel size of all its cells on this
 * terminal (capped like any picture sent), so placementPixels crops and barely scales it.
 */
async function drawnToCells(placement: Placement, cell: { width: number; height: number }): Promise<Placement> {
  const width = placement.cols * cell.width;
  const height = placement.rows * cell.height;
  const scale = Math.min(1, MAX_SEND_SIDE / Math.max(width, height));
  const picture = await svgPixelsAt(placement.entry, Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
  return { ...placement, entry: { ...placement.entry, picture } };
}

function cropRows(picture: Picture, top: number, bottom: number): Picture {
  if (top === 0 && bottom === picture.height) return picture;
  const rowBytes = picture.width * 4;
  return { width: picture.width, height: bottom - top, rgba: picture.rgba.subarray(top * rowBytes, bottom * rowBytes) };
}

/** kitty: RGBA, zlib-compressed, in chunks of 4096 base64 characters; placed over `cols` x `rows` cells, cursor left where it was. */
export function kittyImage(pixels: Picture, cols: number, rows: number, id: number): string {
  const data = deflateSync(pixels.rgba).toString('base64');
  const chunks: string[] = [];
  for (let at = 0; at < data.length; at += 4096) chunks.push(data.slice(at, at + 4096));
  if (chunks.length === 0) chunks.push('');
  return chunks
    .map((chunk, i) => {
      const more = i < chunks.length - 1 ? 1 : 0;
      const head = i === 0 ? `a=T,f=32,o=z,s=${pixels.width},v=${pixels.height},c=${cols},r=${rows},i=${id},C=1,q=2,m=${more}` : `m=${more}`;
      return `\u001B_G${head};${chunk}\u001B\\`;
    })
    .join('');
}

/** kitty: deletes an image (and its data) by id. */
export function kittyDelete(id: number): string {
  return `\u001B_Ga=d,d=I,i=${id},q=2\u001B\\`;
}

/** iTerm2's inline image: a PNG of the pixels, stretched over `cols` x `rows` cells. */
export async function itermImage(pixels: Picture, cols: number, rows: number): Promise<string> {
  const file = pngFile(pixels);
  return `\u001B]1337;File=inline=1;size=${file.length};width=${cols};height=${rows};preserveAspectRatio=0;doNotMoveCursor=1:${file.toString('base64')}\u0007`;
}

/** Sixel: the pixels quantized to at most 256 colours (the sixel package's encoder, with dithering). */
export async function sixelImage(pixels: Picture): Promise<string> {
  const { image2sixel } = lazyRequire<typeof import('sixel/lib/SixelEncoder.js')>('sixel/lib/SixelEncoder.js');
  // Background select 1: transparent pixels leave the cell as it is.
  // Its line breaks between bands are only for reading; a pty would turn them into CR LF.
  return image2sixel(pixels.rgba, pixels.width, pixels.height, 256, 1).replace(/\n/g, '');
}

/** The bytes that draw a placement at the cursor, for a protocol. */
export async function encodePlacement(protocol: GraphicsProtocol, placement: Placement, cell: { width: number; height: number }, id: number): Promise<string> {
  const pixels = placementPixels(placement.entry.format === 'svg' ? await drawnToCells(placement, cell) : placement, cell);
  switch (protocol) {
    case 'kitty':
      return kittyImage(pixels, placement.cols, placement.visibleRows, id);
    case 'iterm':
      return itermImage(pixels, placement.cols, placement.visibleRows);
    case 'sixel':
      return sixelImage(pixels);
  }
}
