import type { Deck } from '../deck/types.js';
import { deckFromText } from '../parse/deck-from-text.js';
import { InputError } from '../deck/input-error.js';
import { readSource, type LessonSource } from './read-source.js';

/** A deck and the lesson it came from. */
export interface OpenedDeck {
  deck: Deck;
  source: LessonSource;
}

/**
 * Reads and parses a lesson (file, folder or `-`). Throws InputError for anything the
 * user can fix, including a lesson with no slides at all.
 */
export async function openDeck(target: string, readStdin: () => Promise<Uint8Array>): Promise<OpenedDeck> {
  const source = await readSource(target, readStdin);
  return { deck: deckOf(source), source };
}

/** Parses a lesson that was read; throws InputError when it has no slides at all. */
export function deckOf(source: LessonSource): Deck {
  const deck = deckFromText(source.text, source.path, source.name);
  if (deck.slides.length === 0) throw new InputError(`${source.name}: has no slides (only front matter or comments)`);
  return deck;
}
