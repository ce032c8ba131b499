/**
 * Big titles are drawn by big-font.ts from cfonts' font files, not by ink-big-text through
 * Ink (see the figures at the top of big-font.ts). This is the check that the two are the
 * same drawing: ink-big-text, rendered by Ink, gives big-font's rows for every letter of
 * every font lectern uses, so a Frame looks as it would through ink-big-text.
 */
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIG_FONT_CHARS, drawBigText, type BigFontName } from '../../../../src/render/blocks/big-font.js';

const FONTS: BigFontName[] = ['block', 'simple', 'chrome', 'tiny'];

let inkBigText: (lines: readonly string[], font: BigFontName) => string[];

beforeAll(async () => {
  const [{ renderToString }, { createElement }, { default: BigText }] = await Promise.all([import('ink'), import('react'), import('ink-big-text')]);
  // cfonts breaks a line wider than the terminal it saw when loaded (80 columns here);
  // lectern breaks titles itself, for whatever screen it draws, so that is turned off.
  (createRequire(import.meta.url)('cfonts/lib/Size.js') as { Size: { width: number } }).Size.width = Number.MAX_SAFE_INTEGER;
  // No colours (lectern paints the title itself), left aligned, no blank rows around it.
  const props = { align: 'left' as const, colors: ['system'], lineHeight: 0, letterSpacing: 1, spaceless: true };
  inkBigText = (lines, font) => {
    const rows = renderToString(createElement(BigText, { ...props, font, text: lines.join('|') }), { columns: 10_000 })
      .split('\n')
      .map((row) => row.trimEnd());
    while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
    return rows;
  };
});

describe('big-font draws what ink-big-text draws through Ink', () => {
  it.each(FONTS)('every letter of %s', (font) => {
    for (const ch of BIG_FONT_CHARS) expect(drawBigText([`a${ch}b`], font), JSON.stringify(ch)).toEqual(inkBigText([`a${ch}b`], font));
  });

  it.each(FONTS)('several lines, lower case, letters cfonts drops and a title wider than 80 columns, in %s', (font) => {
    for (const lines of [
      ['#3 - Pengantar', 'KVM vs LXC'],
      ['KVM', 'vs', 'LXC'],
      ['Café ß ñ 🧩 ok'],
      ['a', '', 'b'],
      ['PENGANTAR KVM VS LXC'],
      [BIG_FONT_CHARS],
    ]) {
      expect(drawBigText(lines, font), JSON.stringify(lines)).toEqual(inkBigText(lines, font));
    }
  });
});
