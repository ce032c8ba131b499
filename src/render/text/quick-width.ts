import { simpleWidth } from './simple-width.js';
import { stripSgr } from './sgr/tokens.js';

const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/**
 * The display width of text, escape codes aside, when it can be had without string-width's
 * grapheme segmentation: printable ASCII (one column a character in every string-width
 * version) or what simpleWidth answers for. Undefined otherwise: ask string-width.
 * displayWidth uses it, and so does the bundle's string-width for Ink and wrap-ansi
 * (scripts/build/patches/string-width.mjs), so that both measure alike.
 */
export function quickWidth(text: string): number | undefined {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  // Any escape but SGR (none in a Frame) is left in, and then left to string-width.
  const plain = stripSgr(text);
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  return simpleWidth(plain);
}
