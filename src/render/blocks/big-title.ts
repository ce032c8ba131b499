import type { Styles } from '../../theme/styles.js';
import { displayWidth } from '../text/text.js';
import { drawBigText } from './big-font.js';

// Largest first. Heights: block 6, simple 4, chrome 3, tiny 2 lines per text line.
const FONTS = ['block', 'simple', 'chrome', 'tiny'] as const;
// The fonts drawn with ASCII characters only, for ASCII mode.
const ASCII_FONTS = ['simple'] as const;
// What cfonts can draw; it silently drops anything else, which would misspell the title.
const DRAWABLE = /^[A-Za-z0-9 |!?.+\-_=@#$%&()/:;,'"]*$/;

/**
 * The title text cfonts can draw: emoji and other pictographs dropped, spaces collapsed.
 * Returns undefined when letters remain that no cfonts font has (é, ñ, CJK…).
 */
export function bigTitleText(plainTitle: string): string | undefined {
  const text = plainTitle
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Emoji_Component}\u2600-\u27BF]/gu, (ch) => (/[0-9#*]/.test(ch) ? ch : ' '))
    .replace(/[|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text !== '' && DRAWABLE.test(text) ? text : undefined;
}

// A lesson number in front of a title: `#3 - `, `03. `, `3) `, `Lesson 3: `, `Pelajaran 3 —`.
// Words for "lesson" in the languages the course repositories we tried are written in
// (leçon, lección, capítulo; the dashes – and —) are escaped: the bundle must be ASCII
// (scripts/build.mjs says why), and esbuild leaves a regular expression as written.
const LESSON_NUMBER =
  /^((?:[\p{Extended_Pictographic}\u2600-\u27BF]\s*)*(?:#\s?\d{1,3}|\d{1,3}(?=[.)])|(?:lesson|lecture|chapter|part|module|session|episode|unit|week|day|pelajaran|materi|bab|modul|sesi|bagian|pertemuan|le\u00e7on|chapitre|lektion|kapitel|lecci\u00f3n|cap\u00edtulo|lezione|aula)\s+\d{1,3}))\s*[-\u2013\u2014:.)|]*\s+(?=\S)/iu;

/**
 * A title split into its lesson number (`#3`, `03`, `Lesson 3`, with an emoji before it)
 * and the rest. A number drawn in big letters reads badly (`#3 -` became a row of glyphs of
 * its own), so the big title draws the rest and the number stands above it, small.
 */
export function splitLessonNumber(plainTitle: string): { label: string | undefined; rest: string } {
  const match = LESSON_NUMBER.exec(plainTitle.trim());
  if (!match) return { label: undefined, rest: plainTitle };
  const rest = plainTitle.trim().slice(match[0].length);
  return { label: (match[1] ?? '').trim(), rest };
}

/** Splits words into at most `count` lines of roughly equal length. */
function balancedLines(words: string[], count: number): string[] {
  const total = words.join(' ').length;
  const target = Math.ceil(total / count);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && candidate.length > target && lines.length < count - 1) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/**
 * The title in big letters: the largest cfonts font (and fewest lines, up to 3) whose output
 * fits `width` columns and `maxHeight` lines; undefined when none fits (the caller falls
 * back to bold text). The letters are cfonts' fonts, drawn by big-font.ts.
 */
export function renderBigTitle(plainTitle: string, width: number, maxHeight: number, styles: Styles): string[] | undefined {
  const { label, rest } = splitLessonNumber(plainTitle);
  if (label !== undefined && displayWidth(label) <= width && maxHeight > 1) {
    const big = renderBigLetters(rest, width, maxHeight - 1, styles);
    if (big) return [styles.accent(label), ...big];
  }
  return renderBigLetters(plainTitle, width, maxHeight, styles);
}

function renderBigLetters(plainTitle: string, width: number, maxHeight: number, styles: Styles): string[] | undefined {
  const text = bigTitleText(plainTitle);
  if (text === undefined) return undefined;
  const words = text.split(' ');
  for (const font of styles.ascii ? ASCII_FONTS : FONTS) {
    for (let count = 1; count <= Math.min(3, words.length); count++) {
      const lines = balancedLines(words, count);
      const art = drawBigText(lines, font);
      if (art.length > maxHeight) break; // more lines only get taller
      // Every letter of these fonts is drawn with one-column characters (big-font.test.ts).
      if (art.every((l) => l.length <= width)) return art.map((l) => (l === '' ? '' : styles.title(l)));
    }
  }
  return undefined;
}
