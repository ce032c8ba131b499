import type { Deck } from '../deck/types.js';
import { withStandIns, type LongLessonStart } from '../parse/deck-preview.js';
import type { DeckProgress } from '../parse/parse-deck.js';

/** How often the slides parsed so far are handed on while a long lesson parses. */
const PUBLISH_EVERY_MS = 1000;

/**
 * Drives the rest of a long lesson's parse (startLongLesson) one stretch per turn of the
 * event loop, so keys are read and answered between stretches, and hands `onDeck` the deck
 * of the slides parsed so far (stand-ins after them, up to the estimated count) now and
 * then, and the whole deck at the end (`done`). Returns a function that stops it.
 */
export function parseInBackground(start: LongLessonStart, onDeck: (deck: Deck, done: boolean) => void): () => void {
  let stopped = false;
  let published = Date.now();
  let timer: NodeJS.Immediate | undefined;
  const step = () => {
    if (stopped) return;
    const next = start.rest.next();
    if (next.done) {
      onDeck(next.value, true);
      return;
    }
    if (Date.now() - published >= PUBLISH_EVERY_MS) {
      published = Date.now();
      onDeck(withStandIns(next.value.snapshot(), start.estimate), false);
    }
    // setImmediate runs after the event loop's poll phase: keys that arrived meanwhile go first.
    timer = setImmediate(step);
  };
  timer = setImmediate(step);
  return () => {
    stopped = true;
    if (timer) clearImmediate(timer);
  };
}

/**
 * Runs a parse (parseDeckSteps) to its end one stretch per turn of the event loop, so keys
 * are answered meanwhile; resolves with the deck, or undefined once `wanted()` turns false
 * (a newer save came). Rejects with what the parse throws.
 */
export function parseInTurns(steps: Generator<DeckProgress, Deck>, wanted: () => boolean): Promise<Deck | undefined> {
  return new Promise((resolve, reject) => {
    const step = () => {
      if (!wanted()) return resolve(undefined);
      try {
        const next = steps.next();
        if (next.done) resolve(next.value);
        else setImmediate(step);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    step();
  });
}
