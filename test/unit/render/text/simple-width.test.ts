import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { simpleWidth } from '../../../../src/render/text/simple-width.js';

/** Every Unicode scalar value simpleWidth answers for on its own. */
function acceptedCodePoints(): number[] {
  const accepted: number[] = [];
  for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
    if (simpleWidth(String.fromCodePoint(codePoint)) !== undefined) accepted.push(codePoint);
  }
  return accepted;
}

describe('simpleWidth', () => {
  const accepted = acceptedCodePoints();

  it('agrees with string-width on every character it accepts', () => {
    const disagreements = accepted
      .map((codePoint) => String.fromCodePoint(codePoint))
      .filter((text) => simpleWidth(text) !== stringWidth(text))
      .map((text) => `U+${text.codePointAt(0)!.toString(16).toUpperCase()}`);
    expect(disagreements).toEqual([]);
    // Most of the plane it is made for: Latin, punctuation, symbols, CJK, Hangul, emoji.
    expect(accepted.length).toBeGreaterThan(40_000);
  }, 60_000);

  it('agrees with string-width on any string of accepted characters (they never join into one grapheme)', () => {
    const text = fc
      .array(fc.integer({ min: 0, max: accepted.length - 1 }), { maxLength: 40 })
      .map((indexes) => String.fromCodePoint(...indexes.map((index) => accepted[index]!)));
    fc.assert(
      fc.property(text, (sample) => {
        expect(simpleWidth(sample)).toBe(stringWidth(sample));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for the text of a lesson: Indonesian, box drawing, emoji', () => {
    expect(simpleWidth('Pengantar KVM vs LXC')).toBe(20);
    expect(simpleWidth('café — “naïve” · €')).toBe(18);
    expect(simpleWidth('┌─┬─┐│╭╮')).toBe(8);
    expect(simpleWidth('🧙🐧🚀')).toBe(6);
    // Emoji drawn as text by default are one column, in string-width and in terminals.
    expect(simpleWidth('🧙♂ ⚖ 🛠 ©')).toBe(9);
    expect(simpleWidth('中文 한국어')).toBe(11);
  });

  it('leaves to string-width what may join into one grapheme, and controls', () => {
    for (const text of ['e\u0301', '👍🏽', '🇮🇩', 'a\u200Db', 'x\uFE0F', '\u0007', '\u001B[1m', 'ก\u0E33', '\uFF9E']) {
      expect(simpleWidth(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
