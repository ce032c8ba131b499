import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../../../src/deck/types.js';
import { FrameCache } from '../../../../src/follow/frame-cache.js';
import { Stage } from '../../../../src/follow/stage.js';
import { loadPictures } from '../../../../src/load/images/picture-store.js';
import { deckFromText } from '../../../../src/parse/deck-from-text.js';
import { screenViewport } from '../../../../src/render/frame.js';
import { halfBlockLines } from '../../../../src/render/images/half-blocks.js';
import { fitPicture } from '../../../../src/render/images/image-fit.js';
import { nearest16, nearest256 } from '../../../../src/render/images/color-depth.js';
import { renderScreen } from '../../../../src/render/screens/slide-screen.js';
import { chooseStrings } from '../../../../src/render/ui-strings.js';
import { displayWidth } from '../../../../src/render/text/text.js';
import { makeStyles } from '../../../../src/theme/styles.js';
import { darkTheme } from '../../../../src/theme/theme.js';
import { gridPng } from '../../../support/pictures.js';

const dir = mkdtempSync(join(tmpdir(), 'lectern-render-pictures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const strings = chooseStrings('en', undefined);
let deck: Deck;

beforeAll(async () => {
  writeFileSync(join(dir, 'wide.png'), gridPng(1920, 1080));
  writeFileSync(join(dir, 'grid.png'), gridPng(64, 32));
  const text = [
    '# Title',
    '---',
    '## Screenshot',
    'Some words above it.',
    '![the screen](wide.png)',
    'And below.',
    '---',
    '## Grid',
    '![grid](grid.png)',
    '---',
    '## Side',
    '![bg right](grid.png)',
    '- one',
    '- two',
  ].join('\n\n');
  deck = deckFromText(text, join(dir, 'lesson.md'), 'lesson.md');
  // The Marp keyword parse belongs to the deck parser; here the block says it directly.
  const side = deck.slides[3]?.steps[0]?.find((b) => b.kind === 'image');
  if (side?.kind === 'image') side.background = 'right';
  await loadPictures(deck);
});

const frameAt = (slide: number, cols: number, rows: number, level: 0 | 1 | 2 | 3, ascii = false) =>
  renderScreen({
    deck,
    position: { slide, step: 0, scroll: 0 },
    viewport: screenViewport(cols, rows),
    styles: makeStyles(darkTheme, level, { ascii }),
    strings,
  });

describe('pictures in Frames', () => {
  it('fits the space the text leaves at every size, keeping the aspect ratio, never overflowing', () => {
    for (const [cols, rows] of [
      [80, 24],
      [200, 50],
      [60, 16],
      [100, 30],
    ] as const) {
      const frame = frameAt(1, cols, rows, 3);
      expect(frame.lines).toHaveLength(rows - 1);
      expect(frame.lines.join('\n')).toContain('And below.');
      for (const line of frame.lines) expect(displayWidth(line)).toBeLessThanOrEqual(cols);
      // The picture's rows (the status bar, the last line, has a background colour too).
      const pictureRows = frame.lines.slice(0, -1).filter((l) => l.includes('\u001B[48;2;'));
      const widths = pictureRows.map((l) => displayWidth(l.trim()));
      // 1920x1080 in cells twice as tall as wide: columns / rows ≈ 16/9 * 2.
      const ratio = (widths[0] ?? 0) / pictureRows.length;
      expect(ratio).toBeGreaterThan(3.2);
      expect(ratio).toBeLessThan(3.9);
    }
  });

  it('gives an SSH viewer at 256 colours half blocks from the frame cache, in palette colours', () => {
    const stage = new Stage(deck, strings, { slide: 2, step: 0, scroll: 0 });
    const cache = new FrameCache();
    const frame = cache.follower(stage.snapshot, screenViewport(80, 24), makeStyles(darkTheme, 2));
    const text = frame.lines.join('\n');
    expect(text).toMatch(/\u001B\[48;5;196m/); // red, the grid's first colour
    expect(text).not.toMatch(/[34]8;2;\d+;\d+;\d+/);
    expect(text).not.toMatch(/[\u{F0000}-\u{10FFFD}]/u);
    expect(frame.placements).toBeUndefined();
  });

  it('shows the alt text in a box without colour or in ASCII mode', () => {
    expect(frameAt(2, 80, 24, 0).lines.join('\n')).toContain('[image: grid]');
    const ascii = frameAt(2, 80, 24, 3, true).lines.join('\n');
    expect(ascii).toContain('[image: grid]');
    expect(ascii).toMatch(/^[\x00-\x7F]*$/);
  });

  it('keeps blank cells and says where the picture goes when the terminal draws it', () => {
    const styles = makeStyles(darkTheme, 3, { placedPictures: true });
    const frame = renderScreen({ deck, position: { slide: 2, step: 0, scroll: 0 }, viewport: screenViewport(80, 24), styles, strings });
    expect(frame.placements).toHaveLength(1);
    expect(frame.placements?.[0]).toMatchObject({ line: 3, col: 8, cols: 64, rows: 16, firstRow: 0, visibleRows: 16, alt: 'grid' });
    expect(frame.lines[3]?.trim()).toBe('');
    expect(frame.lines.join('')).not.toMatch(/[\u{F0000}-\u{10FFFD}]/u);
  });

  it('draws a Marp background picture beside the text when the screen is wide enough, stacked when not', () => {
    const wide = frameAt(3, 100, 24, 3).lines;
    const row = wide.find((l) => l.includes('one'));
    expect(row).toMatch(/one.*\u001B\[48;2;/);
    const narrow = frameAt(3, 50, 24, 3).lines;
    expect(narrow.find((l) => l.includes('one'))).not.toMatch(/\u001B\[48;2;/);
  });
});

describe('half blocks', () => {
  it('puts the top pixel in the foreground of ▀ and the bottom one in its background', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255]); // 1x2: red over blue
    expect(halfBlockLines({ width: 1, height: 2, rgba }, 1, 1, 3)).toEqual(['\u001B[38;2;255;0;0;48;2;0;0;255m▀\u001B[0m']);
    expect(halfBlockLines({ width: 1, height: 2, rgba }, 1, 1, 2)).toEqual(['\u001B[38;5;196;48;5;21m▀\u001B[0m']);
    expect(halfBlockLines({ width: 1, height: 2, rgba }, 1, 1, 1)).toEqual(['\u001B[91;44m▀\u001B[0m']);
  });

  it('leaves transparent pixels to the terminal background', () => {
    const rgba = new Uint8Array([0, 0, 0, 0, 0, 255, 0, 255]); // transparent over green
    expect(halfBlockLines({ width: 1, height: 2, rgba }, 1, 1, 3)).toEqual(['\u001B[38;2;0;255;0m▄\u001B[0m']);
  });

  it('maps colours to the nearest palette entry', () => {
    expect(nearest256(255, 0, 0)).toBe(196);
    expect(nearest256(128, 128, 128)).toBe(244);
    expect(nearest16(250, 250, 250)).toBe(15);
    expect(nearest16(0, 0, 200)).toBe(4);
  });

  it('honours Marp and HTML size hints, within the room', () => {
    expect(fitPicture({ width: 1280, height: 720 }, { cols: 80, rows: 40 }, { width: '640px' })).toEqual({ cols: 40, rows: 11 });
    expect(fitPicture({ width: 1280, height: 720 }, { cols: 80, rows: 40 }, { width: '25%' })).toEqual({ cols: 20, rows: 6 });
    expect(fitPicture({ width: 1280, height: 720 }, { cols: 80, rows: 10 }, {})).toEqual({ cols: 35, rows: 10 });
    // A small icon is not blown up past one pixel per cell column.
    expect(fitPicture({ width: 16, height: 16 }, { cols: 80, rows: 40 }, {})).toEqual({ cols: 16, rows: 8 });
  });
});
