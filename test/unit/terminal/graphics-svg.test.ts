import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImageBlock } from '../../../src/deck/types.js';
import { loadPictures, pictureEntry } from '../../../src/load/images/picture-store.js';
import { SVG_KEPT_SIDE } from '../../../src/load/images/picture.js';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import type { Placement } from '../../../src/render/images/placement.js';
import { encodePlacement } from '../../../src/terminal/graphics/encode.js';

const dir = mkdtempSync(join(tmpdir(), 'lectern-svg-graphics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The pixels of kitty's `a=T` command: its size and its RGBA, unchunked and inflated. */
function kittyPixels(bytes: string): { width: number; height: number; rgba: Buffer } {
  const parts = [...bytes.matchAll(/\u001B_G([^;]*);([^\u001B]*)\u001B\\/g)];
  const head = parts[0]?.[1] ?? '';
  const number = (key: string) => Number(new RegExp(`(?:^|,)${key}=(\\d+)`).exec(head)?.[1]);
  return { width: number('s'), height: number('v'), rgba: inflateSync(Buffer.from(parts.map((p) => p[2]).join(''), 'base64')) };
}

describe('SVG pictures on terminals that draw pictures', () => {
  it('are drawn again at the pixel size of their cells, finer than the kept pixels allow', async () => {
    // A red line a 64th of a unit wide at x = 32 on a blue field 64 units wide: a quarter of
    // a kept pixel (1024 across), more than half a pixel at 2400 across.
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><rect width="64" height="32" fill="#0000ff"/>' +
      '<rect x="32" y="0" width="0.015625" height="32" fill="#ff0000"/></svg>';
    writeFileSync(join(dir, 'line.svg'), svg);
    const deck = deckFromText('![a line](line.svg)\n', join(dir, 'l.md'), 'l.md');
    await loadPictures(deck);
    const entry = pictureEntry(deck.slides[0]?.steps[0]?.[0] as ImageBlock);
    expect(entry?.status).toBe('ready');
    if (entry?.status !== 'ready') return;
    expect(entry.picture.width).toBe(SVG_KEPT_SIDE);
    const placement: Placement = { entry, line: 0, col: 0, alt: 'a line', cols: 120, rows: 30, firstRow: 0, visibleRows: 30 };
    const pixels = kittyPixels(await encodePlacement('kitty', placement, { width: 20, height: 40 }, 7));
    expect([pixels.width, pixels.height]).toEqual([2400, 1200]);
    const at = (x: number, y: number) => [...pixels.rgba.subarray((y * pixels.width + x) * 4, (y * pixels.width + x) * 4 + 4)];
    expect(at(100, 600)).toEqual([0, 0, 255, 255]);
    // The kept pixels scaled up would give the line a quarter of the red (about 64) here.
    expect(at(1200, 600)[0]).toBeGreaterThan(120);
    // Its lower half only (scrolled): the same drawing, cropped.
    const lower = kittyPixels(await encodePlacement('kitty', { ...placement, firstRow: 15, visibleRows: 15 }, { width: 20, height: 40 }, 8));
    expect([lower.width, lower.height]).toEqual([2400, 600]);
  });
});
