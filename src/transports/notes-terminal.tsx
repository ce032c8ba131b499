import type { Deck } from '../deck/types.js';
import { watchLesson } from '../load/watch.js';
import type { UiStrings } from '../render/strings.js';
import type { Styles } from '../theme/styles.js';
import { NotesApp } from '../ui/NotesApp.js';
import { runFullScreen, type TerminalIo } from './fullscreen.js';
import { followPresenter, type NotesUpdate } from './notes-link.js';

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
 */
export function showNotesOnTerminal(session: NotesTerminalSession): Promise<number> {
  const { styles, strings, socketPath, watchPath, stdin, stdout, stderr } = session;
  let deck = session.deck;
  let update: NotesUpdate | undefined;

  const screen = runFullScreen({ stdin, stdout, stderr }, ({ viewport, keys, quit }) => (
    <NotesApp deck={deck} styles={styles} strings={strings} viewport={viewport} keys={keys} update={update} onQuit={() => quit(0)} />
  ));
  const follower = followPresenter(
    socketPath,
    (next) => {
      update = next;
      screen.refresh();
    },
    undefined,
    () => {
      // The presenter quit or crashed: show that we wait for it rather than stale notes.
      update = undefined;
      screen.refresh();
    },
  );
  const stopWatching =
    watchPath === undefined
      ? undefined
      : watchLesson(
          watchPath,
          (reloaded) => {
            deck = reloaded;
            screen.refresh();
          },
          () => {
            // A broken save: keep the notes of the last good version, like the presenter.
          },
        );

  return screen.done.finally(async () => {
    follower.close();
    await stopWatching?.();
  });
}
