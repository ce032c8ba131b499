import { describe, expect, it } from 'vitest';
import { bigTitleText, renderBigTitle } from '../../../../src/render/blocks/big-title.js';
import { displayWidth } from '../../../../src/render/text/text.js';
import { plain, stylesAt } from '../../../support/decks.js';

describe('big titles', () => {
  it('drops emoji from the big version and refuses letters cfonts cannot draw', () => {
    expect(bigTitleText('🧩 #3 - Pengantar KVM vs LXC')).toBe('#3 - Pengantar KVM vs LXC');
    expect(bigTitleText('⚖ Perbandingan')).toBe('Perbandingan');
    expect(bigTitleText('Café')).toBeUndefined();
    expect(bigTitleText('🧩')).toBeUndefined();
  });

  it('uses the largest font that fits on one line when it can', () => {
    const lines = renderBigTitle('KVM vs LXC', 76, 11, stylesAt(0));
    expect(lines).toBeDefined();
    expect(lines!.length).toBeGreaterThanOrEqual(4);
    expect(lines!.every((l) => displayWidth(l) <= 76)).toBe(true);
  });

  it('splits a long title over lines rather than giving up, within the height allowed', () => {
    const lines = renderBigTitle('🧩 #3 - Pengantar KVM vs LXC', 76, 11, stylesAt(0));
    expect(lines).toBeDefined();
    expect(lines!.length).toBeLessThanOrEqual(11);
    expect(lines!.every((l) => displayWidth(l) <= 76)).toBe(true);
  });

  it('gives up (for a bold fallback) when no font fits the width or height', () => {
    expect(renderBigTitle('#3 - Pengantar KVM vs LXC', 20, 11, stylesAt(0))).toBeUndefined();
    expect(renderBigTitle('KVM vs LXC', 76, 1, stylesAt(0))).toBeUndefined();
  });

  it('paints every line in the title color', () => {
    const styles = stylesAt(3);
    const lines = renderBigTitle('KVM', 76, 11, styles)!;
    for (const line of lines.filter((l) => l !== '')) expect(line).toBe(styles.title(plain(line)));
  });
});
