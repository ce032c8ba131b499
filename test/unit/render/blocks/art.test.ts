import { describe, expect, it } from 'vitest';
import { chooseArtVariant, renderArt } from '../../../../src/render/blocks/art.js';
import { renderBlock } from '../../../../src/render/blocks/render-block.js';
import { displayWidth } from '../../../../src/render/text/text.js';
import { BUNDLED_DECK_PATH, deckFromFile, plain, stylesAt } from '../../../support/decks.js';

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

  it('draws the bundled analogy side by side at 80 columns and stacked at 40', () => {
    const columns = deckFromFile(BUNDLED_DECK_PATH)
      .slides.flatMap((s) => s.steps.flat())
      .find((b) => b.kind === 'columns');
    if (columns?.kind !== 'columns') throw new Error('the bundled deck has no columns');
    const wide = renderBlock(columns, 76, stylesAt(0)).map(plain);
    expect(wide.every((l) => displayWidth(l) <= 76)).toBe(true);
    expect(wide.some((l) => l.includes('KVM') && l.includes('LXC'))).toBe(true);
    const narrow = renderBlock(columns, 36, stylesAt(0)).map(plain);
    expect(narrow.every((l) => displayWidth(l) <= 36)).toBe(true);
    expect(narrow.some((l) => l.includes('KVM') && l.includes('LXC'))).toBe(false);
    expect(narrow.join('\n')).toMatch(/KVM[\s\S]*LXC/);
  });
});
