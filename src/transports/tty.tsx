import type { Deck, Position } from '../deck/types.js';
import type { UiStrings } from '../render/strings.js';
import type { Styles } from '../theme/styles.js';
import { App } from '../ui/App.js';
import { runFullScreen, type TerminalIo } from './fullscreen.js';

/** What presenting on the local terminal needs. */
export interface TerminalSession extends TerminalIo {
  deck: Deck;
  styles: Styles;
  strings: UiStrings;
  start?: Position;
  /** Told of every position change (notes view, resume). */
  onPosition?: (position: Position) => void;
}

/** Presents a deck full screen until the user quits; resolves with the exit code. */
export function presentOnTerminal(session: TerminalSession): Promise<number> {
  const { deck, styles, strings } = session;
  return runFullScreen(session, ({ viewport, keys, quit }) => (
    <App
      deck={deck}
      styles={styles}
      strings={strings}
      viewport={viewport}
      keys={keys}
      onQuit={() => quit(0)}
      {...(session.onPosition ? { onPosition: session.onPosition } : {})}
      {...(session.start ? { start: session.start } : {})}
    />
  )).done;
}
