import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDeck } from '../../../../src/check/check-deck.js';
import { checkedHeader, decodeImage } from '../../../../src/load/images/decode-image.js';
import { readImageHeader } from '../../../../src/load/images/image-header.js';
import { loadPictures, pictureEntry } from '../../../../src/load/images/picture-store.js';
import type { Picture } from '../../../../src/load/images/picture.js';
import { rasterizeSvgWith, type SvgRenderer } from '../../../../src/load/images/svg-core.js';
import { rasterizeSvg } from '../../../../src/load/images/svg-image.js';
import { exportOutputs } from '../../../../src/output/export.js';
import { deckFromText } from '../../../../src/parse/deck-from-text.js';
import { renderImage } from '../../../../src/render/blocks/image.js';
import { screenViewport } from '../../../../src/render/frame.js';
import { chooseStrings } from '../../../../src/render/ui-strings.js';
import { makeStyles } from '../../../../src/theme/styles.js';
import { darkTheme } from '../../../../src/theme/theme.js';
import type { ImageBlock } from '../../../../src/deck/types.js';
import { SVG_BOX, boxSvg, gridPng, laughsSvg } from '../../../support/pictures.js';

const dir = mkdtempSync(join(tmpdir(), 'lectern-svg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);
const pixel = (p: Picture, x: number, y: number) => [...p.rgba.subarray((y * p.width + x) * 4, (y * p.width + x) * 4 + 4)];
const opaque = (rgb: readonly number[]) => [...rgb, 255];

describe('SVG headers', () => {
  it('recognises an SVG document and reads the size its root element states', () => {
    expect(readImageHeader(bytes(boxSvg(64, 32)))).toEqual({ format: 'svg', width: 64, height: 32 });
    const declared = '\uFEFF<?xml version="1.0"?>\n<!-- a diagram -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"></svg>';
    expect(readImageHeader(bytes(declared))).toEqual({ format: 'svg', width: 300, height: 150 });
    expect(readImageHeader(bytes('<svg xmlns="http://www.w3.org/2000/svg" width="200" viewBox="0 0 100 25"/>'))).toEqual({
      format: 'svg',
      width: 200,
      height: 50,
    });
    // Units the header does not read leave the size to resvg.
    expect(readImageHeader(bytes('<svg xmlns="http://www.w3.org/2000/svg" width="10cm" height="5cm"/>'))).toEqual({ format: 'svg', width: 0, height: 0 });
    expect(readImageHeader(bytes('<?xml version="1.0"?><html></html>'))).toBeUndefined();
    expect(readImageHeader(bytes('just text mentioning <svg>'))).toBeUndefined();
  });
});

describe('drawing SVG pictures', () => {
  it('draws a red box on blue at the kept size, laid out at its own size', async () => {
    const picture = await decodeImage(bytes(boxSvg(64, 32)), 'box.svg');
    expect([picture.width, picture.height, picture.intrinsic]).toEqual([1024, 512, { width: 64, height: 32 }]);
    expect(pixel(picture, 10, 10)).toEqual(opaque(SVG_BOX.outside));
    expect(pixel(picture, 1000, 500)).toEqual(opaque(SVG_BOX.outside));
    expect(pixel(picture, 512, 256)).toEqual(opaque(SVG_BOX.inside));
    expect(pixel(picture, 300, 140)).toEqual(opaque(SVG_BOX.inside));
    expect(pixel(picture, 250, 140)).toEqual(opaque(SVG_BOX.outside));
  });

  it('draws at a target pixel size, keeping the aspect ratio', async () => {
    const picture = await rasterizeSvg(bytes(boxSvg(64, 32)), 'box.svg', { width: 40, height: 40 });
    expect([picture.width, picture.height]).toEqual([40, 20]);
    expect(pixel(picture, 20, 10)).toEqual(opaque(SVG_BOX.inside));
    expect(pixel(picture, 2, 2)).toEqual(opaque(SVG_BOX.outside));
    const tall = await rasterizeSvg(bytes(boxSvg(10, 100)), 'tall.svg');
    expect([tall.width, tall.height]).toEqual([102, 1024]);
  });

  it('gives straight (not premultiplied) colours where the picture is translucent, on this thread too', async () => {
    const load = createRequire(import.meta.url);
    const resvg = load('@resvg/resvg-wasm') as typeof import('@resvg/resvg-wasm') & SvgRenderer;
    await resvg.initWasm(readFileSync(load.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const half = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#ff0000" fill-opacity="0.5"/></svg>';
    const picture = rasterizeSvgWith(bytes(half), resvg, { maxSide: 8, maxPixels: 1e6 });
    expect([picture.width, picture.height]).toEqual([8, 8]);
    const [r, g, b, a] = pixel(picture, 3, 3);
    expect([r, g, b]).toEqual([255, 0, 0]);
    expect(Math.abs((a ?? 0) - 128)).toBeLessThanOrEqual(1);
  });

  it('half blocks at the layout size: 64x32 units are 64 columns by 16 rows, the box in the middle', async () => {
    writeFileSync(join(dir, 'box.svg'), boxSvg(64, 32));
    const deck = deckFromText('![a red box](box.svg)\n', join(dir, 'l.md'), 'l.md');
    await loadPictures(deck);
    const block = deck.slides[0]?.steps[0]?.[0] as ImageBlock;
    expect(pictureEntry(block)?.status).toBe('ready');
    const lines = renderImage(block, 80, 20, makeStyles(darkTheme, 3));
    expect(lines).toHaveLength(16);
    // Centered in 80 columns: 8 columns of margin, then the picture.
    expect(lines[0]).toMatch(/^ {8}\u001B\[48;2;0;0;255m {64}\u001B\[0m$/);
    expect(lines[8]).toMatch(/^ {8}\u001B\[48;2;0;0;255m {16}\u001B\[48;2;255;0;0m {32}\u001B\[48;2;0;0;255m {16}\u001B\[0m$/);
  });
});

describe('hostile SVG pictures', () => {
  it('never reads files or addresses an SVG refers to', async () => {
    writeFileSync(join(dir, 'secret.ttf'), 'not a font either: nothing may read it');
    writeFileSync(join(dir, 'white.png'), gridPng(8, 8));
    const refs = [
      `<image href="${join(dir, 'white.png')}" x="0" y="0" width="16" height="8"/>`,
      `<image xlink:href="white.png" x="48" y="0" width="16" height="8"/>`,
      `<image href="file://${join(dir, 'white.png')}" x="0" y="24" width="16" height="8"/>`,
      `<image href="http://127.0.0.1:9/x.png" x="48" y="24" width="16" height="8"/>`,
      `<filter id="f"><feImage href="${join(dir, 'white.png')}"/></filter><rect x="24" y="12" width="16" height="8" filter="url(#f)"/>`,
      `<style>@import url(http://127.0.0.1:9/x.css); @font-face { font-family: x; src: url(${join(dir, 'secret.ttf')}) }</style>`,
    ].join('');
    const picture = await rasterizeSvg(bytes(boxSvg(64, 32, refs)), 'refs.svg', { width: 64, height: 32 });
    // Every corner is still the blue field, where the images would have drawn the grid's red.
    for (const [x, y] of [
      [2, 2],
      [60, 2],
      [2, 28],
      [60, 28],
    ] as const)
      expect(pixel(picture, x, y)).toEqual(opaque(SVG_BOX.outside));
  });

  it('refuses a huge size, stated plainly or in units, before drawing', async () => {
    const huge = bytes(boxSvg(100000, 100000));
    expect(() => checkedHeader(huge, 'huge.svg')).toThrow(/refused, 100000x100000 pixels is over the limit/);
    const inches = bytes('<svg xmlns="http://www.w3.org/2000/svg" width="1000in" height="1000in"><rect width="10" height="10"/></svg>');
    expect(checkedHeader(inches, 'inches.svg').format).toBe('svg');
    await expect(decodeImage(inches, 'inches.svg')).rejects.toThrow(/^inches\.svg: refused, 96000x96000 pixels is over the limit of 40 megapixels/);
    await expect(decodeImage(bytes(boxSvg(100000, 1)), 'thin.svg')).rejects.toThrow(/thin\.svg: .*too thin to draw/);
    const big = bytes(boxSvg(10, 10, `<!--${'x'.repeat(5 * 1024 * 1024)}-->`));
    await expect(decodeImage(big, 'big.svg')).rejects.toThrow(/big\.svg: refused, an SVG of 5\.0 MB is over the limit of 4 MB/);
  });

  it('refuses the billion laughs and a broken document with one line', async () => {
    await expect(decodeImage(bytes(laughsSvg()), 'laughs.svg')).rejects.toThrow(/^laughs\.svg: cannot draw the SVG image \(.*entity reference loop[^\n]*$/);
    await expect(decodeImage(bytes('<svg xmlns="http://www.w3.org/2000/svg"><rect'), 'cut.svg')).rejects.toThrow(/^cut\.svg: cannot draw the SVG image \(/);
  });

  it('draws a picture with script and foreign objects without them, and exports pixels, not the SVG', async () => {
    const script =
      '<script>alert(1)</script><foreignObject x="0" y="0" width="64" height="32"><div xmlns="http://www.w3.org/1999/xhtml" style="background:#fff">x</div></foreignObject>';
    writeFileSync(join(dir, 'script.svg'), boxSvg(64, 32, script).replace('<svg ', '<svg onload="alert(2)" '));
    const deck = deckFromText('# T\n\n---\n\n## S\n\n![scripted](script.svg)\n', join(dir, 's.md'), 's.md');
    await loadPictures(deck);
    const entry = pictureEntry(deck.slides[1]?.steps[0]?.find((b) => b.kind === 'image') as ImageBlock);
    expect(entry?.status).toBe('ready');
    if (entry?.status !== 'ready') return;
    expect(pixel(entry.picture, 10, 10)).toEqual(opaque(SVG_BOX.outside));
    const request = { format: 'html' as const, viewport: screenViewport(80, 24), slides: [2], output: undefined, generator: 'test' };
    const html = exportOutputs({ title: 'T', lessons: [{ deck, styles: makeStyles(darkTheme, 3), strings: chooseStrings('en', undefined) }] }, request, false)
      .flatMap((o) => [...o.chunks])
      .join('');
    const uri = /src="data:image\/png;base64,([^"]+)"/.exec(html)?.[1];
    expect(uri).toBeDefined();
    expect(
      Buffer.from(uri ?? '', 'base64')
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
    expect(html).not.toContain('image/svg+xml');
    expect(html).not.toMatch(/alert\(/);
  });

  it('gives check a finding for each SVG that cannot show, and none for a good one', async () => {
    writeFileSync(join(dir, 'good.svg'), boxSvg(64, 32));
    writeFileSync(join(dir, 'laughs.svg'), laughsSvg());
    writeFileSync(join(dir, 'huge.svg'), boxSvg(100000, 100000));
    writeFileSync(join(dir, 'cut.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect');
    const text = '## A\n\n![good](good.svg)\n\n![laughs](laughs.svg)\n\n![huge](huge.svg)\n\n![cut](cut.svg)\n';
    const deck = deckFromText(text, join(dir, 'check.md'), 'check.md');
    await loadPictures(deck);
    const found = checkDeck(deck, { sizes: [{ columns: 80, rows: 40 }], styles: makeStyles(darkTheme, 3), exists: () => true });
    const pictures = found.filter((f) => f.kind === 'broken-image' || f.kind === 'image-too-small');
    expect(pictures.map((f) => [f.kind, f.line])).toEqual([
      ['broken-image', 5],
      ['broken-image', 7],
      ['broken-image', 9],
    ]);
    expect(pictures.map((f) => f.message.split(':')[0])).toEqual(['laughs.svg', 'huge.svg', 'cut.svg']);
  });
});
