import { describe, expect, it } from 'vitest';
import { bigTitleText, renderBigTitle, splitLessonNumber } from '../../../../src/render/blocks/big-title.js';
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

describe('splitLessonNumber', () => {
  it('takes the lesson number off the front of a title, in the forms course repositories use', () => {
    expect(splitLessonNumber('🧩 #3 - Pengantar KVM vs LXC')).toEqual({ label: '🧩 #3', rest: 'Pengantar KVM vs LXC' });
    expect(splitLessonNumber('03. Mengenal Proxmox')).toEqual({ label: '03', rest: 'Mengenal Proxmox' });
    expect(splitLessonNumber('3) Storage')).toEqual({ label: '3', rest: 'Storage' });
    expect(splitLessonNumber('Lesson 3: Containers')).toEqual({ label: 'Lesson 3', rest: 'Containers' });
    expect(splitLessonNumber('Pelajaran 4 — Jaringan')).toEqual({ label: 'Pelajaran 4', rest: 'Jaringan' });
    expect(splitLessonNumber('#12 Backup')).toEqual({ label: '#12', rest: 'Backup' });
  });

  it('leaves titles that only start with a number alone', () => {
    expect(splitLessonNumber('3D printing for beginners')).toEqual({ label: undefined, rest: '3D printing for beginners' });
    expect(splitLessonNumber('2024 in review')).toEqual({ label: undefined, rest: '2024 in review' });
    expect(splitLessonNumber('KVM vs LXC')).toEqual({ label: undefined, rest: 'KVM vs LXC' });
  });
});
