import { eastAsianWidth } from 'get-east-asian-width';

/** Any character outside the ranges below, and any mark, format, private-use, surrogate or unassigned one. */
const NOT_SIMPLE = new RegExp(
  '[^\\x20-\\x7E\\u00A0-\\u00AC\\u00AE-\\u02FF\\u0370-\\u0482\\u048A-\\u052F\\u1E00-\\u1FFF' +
    '\\u2010-\\u2027\\u2030-\\u205E\\u2070-\\u2BFF\\u2E80-\\u303F\\u3041-\\u3096\\u30A0-\\u30FF' +
    '\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFF01-\\uFF60\\uFFE0-\\uFFE6' +
    // Emoji, without the skin-tone modifiers (they join the emoji before them).
    '\\u{1F300}-\\u{1F3FA}\\u{1F400}-\\u{1FAFF}]' +
    '|[\\p{M}\\p{Cf}\\p{Cn}\\p{Co}\\p{Cs}]',
  'u',
);

/**
 * The display width of text (without escape codes) made only of characters that are each
 * their own grapheme and whose width string-width gives as their East Asian Width: Latin,
 * Greek, Cyrillic, punctuation, symbols, box drawing, CJK, Hangul syllables and single
 * emoji (those shown as text, like ⚖, are 1 column, as in string-width and terminals).
 * Undefined for anything else: the caller asks string-width.
 *
 * Why not string-width alone: loading it builds a Unicode emoji-sequence RegExp and an
 * Intl.Segmenter (ICU), 40–70 ms on this project's machines before the first slide can be
 * drawn; lessons are almost all characters this answers for in a lookup. The unit tests
 * check every character this accepts against string-width.
 */
export function simpleWidth(text: string): number | undefined {
  if (NOT_SIMPLE.test(text)) return undefined;
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x7f) {
      width += 1;
      continue;
    }
    const codePoint = text.codePointAt(index)!;
    if (codePoint > 0xffff) index++;
    width += eastAsianWidth(codePoint);
  }
  return width;
}
