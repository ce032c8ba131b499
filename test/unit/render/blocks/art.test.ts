import { describe, expect, it } from 'vitest';
import { chooseArtVariant, renderArt } from '../../../../src/render/blocks/art.js';
import { renderBlock } from '../../../../src/render/blocks/render-block.js';
import { displayWidth } from '../../../../src/render/text/text.js';
import { BUNDLED_DECK_PATH, deckFromFile, deckOf, plain, stylesAt } from '../../../support/decks.js';

const wide = ['+------------------+', '|  KVM: rumah      |', '+------------------+'].join('\n'); // 20
const narrow = ['+--------+', '| KVM    |', '+--------+'].join('\n'); // 10

describe('chooseArtVariant', () => {
  it('picks the widest variant that fits, in any order', () => {
    expect(chooseArtVariant([wide, narrow], 80)).toBe(0);
    expect(chooseArtVariant([narrow, wide], 80)).toBe(1);
    expect(chooseArtVariant([wide, narrow], 19)).toBe(1);
    expect(chooseArtVariant([wide, narrow], 20)).toBe(0);
  });

  it('falls back to the narrowest when none fits', () => {
    expect(chooseArtVariant([wide, narrow], 5)).toBe(1);
  });
});

describe('renderArt', () => {
  it('keeps the art verbatim and centers it as one block', () => {
    const lines = renderArt([narrow], 30, stylesAt(0));
    expect(lines).toEqual(['          +--------+', '          | KVM    |', '          +--------+']);
  });

  it('never wraps: a variant wider than the screen is cropped line by line', () => {
    const lines = renderArt([wide], 8, stylesAt(0));
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => displayWidth(l) <= 8)).toBe(true);
  });

  it('colors strokes and labels differently', () => {
    const styles = stylesAt(3);
    const line = renderArt([narrow], 10, styles)[1] ?? '';
    expect(line).toContain(styles.artLabel('KVM'));
    expect(line).toContain(styles.art('| '));
  });

  it('draws two columns of art side by side at 80 columns and stacked at 40', () => {
    // Two 34-column drawings, as the bundled deck's analogy once was.
    const box = (label: string) => ['┌' + '─'.repeat(32) + '┐', `│ ${label.padEnd(31)}│`, '└' + '─'.repeat(32) + '┘'].join('\n');
    const deck = deckOf(
      [
        '<!-- columns: 1 1 -->',
        '',
        '```art',
        box('KVM: rumah'),
        '```',
        '',
        '<!-- column -->',
        '',
        '```art',
        box('LXC: kamar'),
        '```',
        '',
        '<!-- /columns -->',
      ].join('\n'),
    );
    const columns = deck.slides.flatMap((s) => s.steps.flat()).find((b) => b.kind === 'columns');
    if (columns?.kind !== 'columns') throw new Error('the deck has no columns');
    const wide = renderBlock(columns, 76, stylesAt(0)).map(plain);
    expect(wide.every((l) => displayWidth(l) <= 76)).toBe(true);
    expect(wide.some((l) => l.includes('KVM') && l.includes('LXC'))).toBe(true);
    const narrow = renderBlock(columns, 36, stylesAt(0)).map(plain);
    expect(narrow.every((l) => displayWidth(l) <= 36)).toBe(true);
    expect(narrow.some((l) => l.includes('KVM') && l.includes('LXC'))).toBe(false);
    expect(narrow.join('\n')).toMatch(/KVM[\s\S]*LXC/);
  });

  it('draws the bundled analogy big at 80 columns and its 8-line variant at 40, uncropped', () => {
    const arts = deckFromFile(BUNDLED_DECK_PATH)
      .slides.flatMap((s) => s.steps.flat())
      .filter((b) => b.kind === 'art');
    expect(arts).toHaveLength(2);
    for (const art of arts) {
      if (art.kind !== 'art') continue;
      const [big, small] = art.variants.map((v) => v.split('\n'));
      const at80 = renderBlock(art, 76, stylesAt(0)).map(plain);
      expect(at80.map((l) => l.trim())).toEqual(big?.map((l) => l.trim()));
      const at40 = renderBlock(art, 36, stylesAt(0)).map(plain);
      expect(at40.map((l) => l.trim())).toEqual(small?.map((l) => l.trim()));
      expect(at40).toHaveLength(8);
      expect(at40.every((l) => displayWidth(l) <= 36)).toBe(true);
      expect(at40.join('\n')).toContain('GEDUNG = server fisik');
    }
  });
});
