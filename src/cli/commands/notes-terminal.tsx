import type { Deck } from '../../deck/types.js';
import { isLessonFile } from '../../load/lesson-order.js';
import { openDeck } from '../../load/open-deck.js';
import { watchLesson, type StopWatching } from '../../load/watch.js';
import type { UiStrings } from '../../render/ui-strings.js';
import type { Styles } from '../../theme/styles.js';
import { NotesApp } from '../../terminal/views/NotesApp.js';
import { runFullScreen, type TerminalIo } from '../../terminal/fullscreen.js';
import { followPresenter, type NotesUpdate } from '../../follow/notes-link.js';

/** What showing speaker notes on the local terminal needs. */
export interface NotesTerminalSession extends TerminalIo {
  deck: Deck;
  styles: Styles;
  strings: UiStrings;
  /** The presenter's socket (socketPathFor the same deck). */
  socketPath: string;
  /** The lesson file to reload when it is saved, as the presenter does; undefined: no reload. */
  watchPath?: string;
}

/**
 * Shows the speaker notes full screen, following the presenter on `socketPath`, until the
 * user quits; resolves with the exit code. It waits for a presenter that has not started,
 * and goes back to waiting (then follows again) when the presenter quits and restarts.
 * When the presenter moves on to another lesson (the next one of a course, or one a link
 * leads to), that lesson's notes are loaded and followed, and reloaded when it is saved.
 */
export function showNotesOnTerminal(session: NotesTerminalSession): Promise<number> {
  const { styles, strings, socketPath, stdin, stdout, stderr } = session;
  let deck = session.deck;
  let lessonPath = session.watchPath;
  let update: NotesUpdate | undefined;
  // The lesson being loaded and the newest position in it, shown once it is loaded.
  let loading: { path: string; update: NotesUpdate } | undefined;

  const screen = runFullScreen({ stdin, stdout, stderr }, ({ viewport, keys, quit }) => (
    <NotesApp deck={deck} styles={styles} strings={strings} viewport={viewport} keys={keys} update={update} onQuit={() => quit(0)} />
  ));
  const show = (next: NotesUpdate | undefined) => {
    update = next;
    screen.refresh();
  };

  let stopWatching: StopWatching | undefined;
  const watch = (path: string | undefined) => {
    void stopWatching?.();
    stopWatching =
      path === undefined
        ? undefined
        : watchLesson(
            path,
            (reloaded) => {
              deck = reloaded;
              screen.refresh();
            },
            () => {
              // A broken save: keep the notes of the last good version, like the presenter.
            },
          );
  };
  watch(lessonPath);

  const switchTo = (path: string, next: NotesUpdate) => {
    const already = loading?.path === path;
    loading = { path, update: next };
    if (already) return;
    openDeck(path, () => Promise.reject(new Error('no standard input'))).then(
      (opened) => {
        if (loading?.path !== path) return;
        const latest = loading.update;
        loading = undefined;
        deck = opened.deck;
        lessonPath = path;
        watch(path);
        show(latest);
      },
      () => {
        // Unreadable now (being saved?): the next position the presenter sends tries again.
        if (loading?.path === path) loading = undefined;
      },
    );
  };

  const follower = followPresenter(
    socketPath,
    (next) => {
      // Only this user can be at the other end of the socket (notes-link.ts): the lesson it
      // names is one this user presents.
      if (next.lesson !== undefined && next.lesson !== lessonPath && isLessonFile(next.lesson)) switchTo(next.lesson, next);
      else {
        loading = undefined;
        show(next);
      }
    },
    undefined,
    () => {
      // The presenter quit or crashed: show that we wait for it rather than stale notes.
      loading = undefined;
      show(undefined);
    },
  );

  return screen.done.finally(async () => {
    follower.close();
    await stopWatching?.();
  });
}
