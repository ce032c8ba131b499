import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDeck } from '../../../src/check/check-deck.js';
import { loadPictures } from '../../../src/load/images/picture-store.js';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import { makeStyles } from '../../../src/theme/styles.js';
import { darkTheme } from '../../../src/theme/theme.js';
import { bombPng, gridPng } from '../../support/pictures.js';

const dir = mkdtempSync(join(tmpdir(), 'lectern-check-pictures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check and pictures', () => {
  it('reports broken pictures once and pictures too small at the sizes where they are', async () => {
    writeFileSync(join(dir, 'grid.png'), gridPng(64, 32));
    writeFileSync(join(dir, 'bomb.png'), bombPng());
    writeFileSync(join(dir, 'text.png'), 'not a picture at all');
    const words = Array.from({ length: 18 }, (_, i) => `- point ${i + 1}`).join('\n');
    const text = `## A\n\n![boom](bomb.png)\n\n![fake](text.png)\n\n![outside](../x.png)\n\n---\n\n## B\n\n${words}\n\n![grid](grid.png)\n`;
    const deck = deckFromText(text, join(dir, 'lesson.md'), 'lesson.md');
    await loadPictures(deck);
    const sizes = [
      { columns: 80, rows: 24 },
      { columns: 120, rows: 50 },
    ];
    const found = checkDeck(deck, { sizes, styles: makeStyles(darkTheme, 0), exists: () => true });
    const pictures = found.filter((f) => f.kind === 'broken-image' || f.kind === 'image-too-small');
    expect(pictures.map((f) => [f.kind, f.line, f.size])).toEqual([
      ['broken-image', 3, null],
      ['broken-image', 5, null],
      ['broken-image', 7, null],
      ['image-too-small', 32, '80x24'],
    ]);
    expect(pictures[1]?.message).toBe('text.png: not a PNG, JPEG, GIF or SVG image');
    expect(pictures[2]?.message).toBe("../x.png is outside the lesson's folder");
    expect(pictures[3]?.message).toMatch(/^picture "grid" gets \d+x[0-2] cells, less than 8x3/);
  });
});
