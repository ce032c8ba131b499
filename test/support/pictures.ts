/**
 * Pictures for tests, made here with the PNG encoder (no binary fixtures in git): a grid of
 * flat colours whose every cell colour is known, and a "bomb" header that claims far more
 * pixels than it holds.
 */
import { writeFileSync } from 'node:fs';
import pngjs from 'pngjs';

/** Colours of a 4x2 grid, row by row (RGB). */
export const GRID_COLORS: readonly (readonly [number, number, number])[] = [
  [255, 0, 0],
  [0, 200, 0],
  [0, 0, 255],
  [255, 255, 0],
  [255, 0, 255],
  [0, 255, 255],
  [255, 255, 255],
  [40, 40, 40],
];

/**
 * A PNG of `width` x `height` pixels split into a 4x2 grid of GRID_COLORS. Drawn at 4k x 2k/2
 * cells... any size whose cells do not straddle a grid line shows each colour exactly.
 */
export function gridPng(width = 64, height = 32): Buffer {
  const png = new pngjs.PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = GRID_COLORS[Math.floor((y * 2) / height) * 4 + Math.floor((x * 4) / width)] ?? [0, 0, 0];
      const i = (y * width + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return pngjs.PNG.sync.write(png);
}

/** A 45-byte "PNG" whose header claims 100000 x 100000 pixels (a decompression bomb's calling card). */
export function bombPng(): Buffer {
  const b = Buffer.alloc(45);
  b.writeUInt32BE(0x89504e47, 0);
  b.writeUInt32BE(0x0d0a1a0a, 4);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(100000, 16);
  b.writeUInt32BE(100000, 20);
  b[24] = 8;
  b[25] = 6;
  return b;
}

/** Writes the grid PNG to a file. */
export function writeGridPng(path: string, width?: number, height?: number): void {
  writeFileSync(path, gridPng(width, height));
}

/** Colours of boxSvg: a red box in the middle half of a blue field. */
export const SVG_BOX = { outside: [0, 0, 255], inside: [255, 0, 0] } as const;

/**
 * An SVG of `width` x `height` user units: blue, with a red box over its middle half
 * (x from a quarter to three quarters, y likewise). `extra` goes inside, after the box.
 */
export function boxSvg(width = 64, height = 32, extra = ''): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}">` +
    `<rect width="${width}" height="${height}" fill="#0000ff"/>` +
    `<rect x="${width / 4}" y="${height / 4}" width="${width / 2}" height="${height / 2}" fill="#ff0000"/>${extra}</svg>`
  );
}

/** The billion laughs: entities that expand to gigabytes of text from a few hundred bytes. */
export function laughsSvg(): string {
  const levels = ['<!ENTITY l0 "lollollollollollollollollollol">'];
  for (let i = 1; i < 10; i++) levels.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE svg [${levels.join('')}]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&l9;</text></svg>`;
}
