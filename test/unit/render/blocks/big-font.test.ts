import cfonts from 'cfonts';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { BIG_FONT_CHARS, drawBigText, type BigFontName } from '../../../../src/render/blocks/big-font.js';
import { displayWidth } from '../../../../src/render/text/text.js';

/** What big titles looked like when cfonts drew them (the reference drawBigText must match). */
function viaCfonts(lines: string[], font: BigFontName): string[] {
  const result = cfonts.render(
    lines.join('|'),
    { font, colors: ['system'], background: 'transparent', spaceless: true, env: 'node', lineHeight: 0 },
    false,
    1,
    { width: Number.MAX_SAFE_INTEGER, height: 1000 },
  );
  if (!result) throw new Error('cfonts refused');
  const art = result.array.map((l: string) => stripAnsi(l).trimEnd());
  while (art.length > 0 && art[art.length - 1] === '') art.pop();
  return art;
}

const FONTS: BigFontName[] = ['block', 'simple', 'chrome', 'tiny'];

describe('big letters without cfonts code', () => {
  it.each(FONTS)('draws every letter of %s as cfonts does', (font) => {
    for (const ch of BIG_FONT_CHARS) expect(drawBigText([`a${ch}b`], font), JSON.stringify(ch)).toEqual(viaCfonts([`a${ch}b`], font));
  });

  it.each(FONTS)('draws several lines, lower case and dropped letters as cfonts does in %s', (font) => {
    for (const lines of [['#3 - Pengantar', 'KVM vs LXC'], ['KVM', 'vs', 'LXC'], ['Café ß ñ 🧩 ok'], ['  spaced  ', 'x'], ['a', '', 'b']]) {
      expect(drawBigText(lines, font), JSON.stringify(lines)).toEqual(viaCfonts(lines, font));
    }
  });

  it.each(FONTS)('draws %s with one-column characters only (big titles measure rows by length)', (font) => {
    const rows = drawBigText([BIG_FONT_CHARS], font);
    for (const row of rows) expect(displayWidth(row)).toBe(row.length);
  });
});
