import { sanitizeText } from '../deck/sanitize.js';
import type { Deck } from '../deck/types.js';
import { parseDeck } from '../parse/parse-deck.js';
import { splitFrontMatter } from './front-matter.js';

/**
 * Turns a lesson's text into a deck: sanitized first (nothing in a lesson may reach the
 * terminal as a control sequence), then front matter, then Markdown. Pure, for tests too.
 */
export function deckFromText(text: string, source: string, name: string): Deck {
  const clean = sanitizeText(text.replace(/^\uFEFF/, ''));
  const { data, body, bodyLineOffset } = splitFrontMatter(clean, name);
  return parseDeck({ body, frontMatter: data, source, name, bodyLineOffset });
}
