import { sanitizeText } from './clean-text.js';
import type { Deck } from '../deck/types.js';
import { parseDeck, parseDeckSteps, type DeckProgress } from './parse-deck.js';
import { splitFrontMatter, type SplitLesson } from './front-matter.js';

/**
 * Turns a lesson's text into a deck: sanitized first (nothing in a lesson may reach the
 * terminal as a control sequence), then front matter, then Markdown. Pure, for tests too.
 */
export function deckFromText(text: string, source: string, name: string): Deck {
  const { data, body, bodyLineOffset, keyLines } = lessonParts(text, name);
  return parseDeck({ body, frontMatter: data, source, name, bodyLineOffset, ...(keyLines ? { keyLines } : {}) });
}

/**
 * `deckFromText` a stretch of the lesson at a time (parseDeckSteps): for parsing a long
 * lesson between other work. Front matter errors throw at the first step.
 */
export function* deckStepsFromText(text: string, source: string, name: string, sizes?: { chunk?: number; first?: number }): Generator<DeckProgress, Deck> {
  const { data, body, bodyLineOffset, keyLines } = lessonParts(text, name);
  return yield* parseDeckSteps({ body, frontMatter: data, source, name, bodyLineOffset, ...(keyLines ? { keyLines } : {}) }, sizes);
}

/** A lesson's text sanitized (and without a byte-order mark), split into front matter and Markdown body. */
export function lessonParts(text: string, name: string): SplitLesson {
  return splitFrontMatter(sanitizeText(text.replace(/^\uFEFF/, '')), name);
}
