import type { Deck } from '../deck/types.js';
import { withStandIns, type LongLessonStart } from '../parse/deck-preview.js';
import type { DeckProgress } from '../parse/parse-deck.js';

/** How often the slides parsed so far are handed on while a long lesson parses. */
const PUBLISH_EVERY_MS = 1000;

/**
 * Drives the rest of a long lesson's parse (startLongLesson) one stretch per turn of the
 * event loop, so keys are read and answered between stretches, and hands `onDeck` the deck
 * of the slides parsed so far (stand-ins after them, up to the estimated count) now and
 * then, and the whole deck at the end (`done`). Returns a function that stops it. A parse
 * that throws (a bug: parsing takes any text) rejects unhandled, which the presenter's
 * handler turns into one line and the terminal given back.
 */
export function parseInBackground(start: LongLessonStart, onDeck: (deck: Deck, done: boolean) => void): () => void {
  let stopped = false;
  let published = Date.now();
  const publish = (progress: DeckProgress) => {
    if (Date.now() - published < PUBLISH_EVERY_MS) return;
    published = Date.now();
    onDeck(withStandIns(progress.snapshot(), start.estimate), false);
  };
  void parseInTurns(start.rest, () => !stopped, publish).then((deck) => {
    if (deck) onDeck(deck, true);
  });
  return () => {
    stopped = true;
  };
}

/**
 * Runs a parse (parseDeckSteps) to its end one stretch per turn of the event loop, so keys
 * are answered meanwhile (the first stretch too waits a turn); `onProgress` sees each step.
 * Resolves with the deck, or undefined once `wanted()` turns false (a newer save came, the
 * presenter moved on). Rejects with what the parse throws.
 */
export function parseInTurns(
  steps: Generator<DeckProgress, Deck>,
  wanted: () => boolean,
  onProgress?: (progress: DeckProgress) => void,
): Promise<Deck | undefined> {
  return new Promise((resolve, reject) => {
    // setImmediate runs after the event loop's poll phase: keys that arrived meanwhile go first.
    const step = () => {
      if (!wanted()) return resolve(undefined);
      try {
        const next = steps.next();
        if (next.done) return resolve(next.value);
        onProgress?.(next.value);
        setImmediate(step);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    setImmediate(step);
  });
}
