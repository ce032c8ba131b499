import { watch } from 'chokidar';
import type { Deck } from '../deck/types.js';
import { InputError, type LessonProblem } from '../deck/input-error.js';
import { deckStepsFromText } from '../parse/deck-from-text.js';
import { STRETCH } from '../parse/deck-preview.js';
import { parseInTurns } from './background-parse.js';
import { readLessonText } from './read-source.js';
import { basename, dirname, resolve } from 'node:path';

/** Stops watching. */
export type StopWatching = () => Promise<void>;

/** Saves come in bursts (write, chmod, rename); parse once they settle. */
const SETTLE_MS = 60;

/**
 * Calls `onDeck` with the re-parsed deck each time the lesson file is saved, or `onError`
 * with a one-line reason when the saved file does not parse (the caller keeps the last
 * good deck). Editors that save by writing a new file and renaming it over the old one
 * (vim, many IDEs) are followed: chokidar's `atomic` mode reports them as a change.
 */
export function watchLesson(path: string, onDeck: (deck: Deck) => void, onError: (reason: string, problem: LessonProblem | undefined) => void): StopWatching {
  // The file is watched (ready at once) and so is its folder: once a save swapped in a symlink
  // (to /dev/zero, say) or a FIFO, chokidar watching the file itself reported nothing more,
  // not even the fix; the folder's watcher still sees the file come back.
  const file = resolve(path);
  const folder = dirname(file);
  const watchers = [
    watch(file, { atomic: 100, ignoreInitial: true, awaitWriteFinish: false }),
    watch(folder, { atomic: 100, ignoreInitial: true, awaitWriteFinish: false, depth: 0, ignored: (entry: string) => entry !== folder && entry !== file }),
  ];
  let timer: NodeJS.Timeout | undefined;
  let generation = 0;
  const reload = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++generation;
      try {
        // Capped, regular files only: a save may swap in a FIFO or a symlink to /dev/zero.
        const text = await readLessonText(path, basename(path));
        // A stretch at a time, so the presenter answers keys while a long lesson parses.
        const deck = await parseInTurns(deckStepsFromText(text, path, basename(path), { chunk: STRETCH }), () => mine === generation);
        if (deck === undefined) return;
        if (deck.slides.length === 0) throw new InputError('no slides', { kind: 'no-slides' });
        // Still the newest: parseInTurns asked in the turn it finished, and saves come by timer.
        onDeck(deck);
      } catch (error) {
        // A half-written file is normal mid-save; the next event brings the finished one.
        if (mine === generation) onError(error instanceof Error ? error.message : String(error), problemOf(error));
      }
    }, SETTLE_MS);
  };
  for (const watcher of watchers) {
    // Both report most saves: the timer above makes them one reload.
    watcher.on('change', reload).on('add', reload);
    watcher.on('error', () => {
      // Losing the watch (folder removed) only means no more live reload.
    });
  }
  return async () => {
    clearTimeout(timer);
    await Promise.all(watchers.map((watcher) => watcher.close()));
  };
}

/** What went wrong, as data the interface can say in its own language. */
function problemOf(error: unknown): LessonProblem | undefined {
  if (error instanceof InputError) return error.problem;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? { kind: 'unreadable', code } : undefined;
}
