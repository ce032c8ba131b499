import { describe, expect, it } from 'vitest';
import { chooseArtVariant, renderArt } from '../../../src/render/blocks/art.js';
import { displayWidth } from '../../../src/render/text.js';
import { BUNDLED_DECK_PATH, deckFromFile, plain, stylesAt } from '../../support/decks.js';

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

  it('shows a readable variant of the bundled analogy at 80 and at 40 columns', () => {
    const art = deckFromFile(BUNDLED_DECK_PATH)
      .slides.flatMap((s) => s.steps.flat())
      .find((b) => b.kind === 'art');
    if (art?.kind !== 'art') throw new Error('the bundled deck has no art');
    expect(art.variants.length).toBeGreaterThanOrEqual(2);
    for (const width of [76, 36]) {
      const lines = renderArt(art.variants, width, stylesAt(0)).map(plain);
      expect(lines.every((l) => displayWidth(l) <= width)).toBe(true);
      const text = lines.join('\n');
      expect(text).toContain('KVM');
      expect(text).toContain('LXC');
    }
    // The wide screen gets the side-by-side picture, the narrow one a different variant.
    expect(chooseArtVariant(art.variants, 76)).not.toBe(chooseArtVariant(art.variants, 36));
  });
});
