import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Deck } from '../../src/deck/types.js';
import { deckFromText } from '../../src/parse/deck-from-text.js';
import { makeStyles, type ColorLevel, type Styles } from '../../src/theme/styles.js';
import { darkTheme } from '../../src/theme/theme.js';

/**
 * Our lesson in the shape of the course lesson (emoji headings, VS16 emoji, the comparison
 * table, a link to the next lesson). Like the course lesson in its folder today, it stands
 * alone: the lesson it links to is not beside it, so it is presented as a single lesson.
 */
export const LESSON_PATH = fileURLToPath(new URL('../fixtures/course/03-pengantar-kvm-vs-lxc.md', import.meta.url));

/** Our own deck of the same lesson, bundled in slides/. */
export const BUNDLED_DECK_PATH = fileURLToPath(new URL('../../slides/03-kvm-vs-lxc.md', import.meta.url));

/** Parses a file into a deck. */
export function deckFromFile(path: string): Deck {
  return deckFromText(readFileSync(path, 'utf8'), path, path);
}

/** Parses inline Markdown into a deck (for small test decks). */
export function deckOf(markdown: string): Deck {
  return deckFromText(markdown, 'test.md', 'test.md');
}

/** The default theme at a color depth. */
export function stylesAt(level: ColorLevel): Styles {
  return makeStyles(darkTheme, level);
}

/** Removes SGR codes. */
export function plain(text: string): string {
  return text.replace(/\u001B\[[0-9;]*m/g, '');
}
