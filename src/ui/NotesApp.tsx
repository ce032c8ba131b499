import { useEffect, useRef, useState } from 'react';
import type { Deck } from '../deck/types.js';
import type { Viewport } from '../render/frame.js';
import { renderNotesView, type NotesPosition } from '../render/notes-view.js';
import type { UiStrings } from '../render/strings.js';
import type { Styles } from '../theme/styles.js';
import type { KeySource } from './App.js';
import { FrameView } from './FrameView.js';
import type { Key } from './key-decoder.js';

/** Props of the speaker-notes view. */
export interface NotesAppProps {
  deck: Deck;
  styles: Styles;
  strings: UiStrings;
  /** The size to draw at (terminal rows - 1, like the presenter). */
  viewport: Viewport;
  keys: KeySource;
  /** The presenter's latest position; undefined while waiting for a presenter. */
  update: NotesPosition | undefined;
  onQuit: () => void;
  /** The clock, replaceable in tests. */
  now?: () => number;
}

/** The keys that close the notes view: q, Esc, Ctrl-C. Every other key is ignored. */
export function isQuitKey(key: Key): boolean {
  return key.name === 'escape' || key.name === 'ctrl-c' || (key.name === 'char' && key.char === 'q');
}

/**
 * The speaker-notes screen: draws renderNotesView's Frame, again whenever the presenter
 * moves (a new `update` prop) and at every turn of the second for the clock.
 */
export function NotesApp({ deck, styles, strings, viewport, keys, update, onQuit, now = Date.now }: NotesAppProps) {
  // Only makes React draw again; the time itself is read while drawing.
  const [, setTicks] = useState(0);
  const quit = useRef(onQuit);
  quit.current = onQuit;

  useEffect(() => {
    // Tick just after each whole second, so the elapsed seconds change in step with a clock.
    let timer: NodeJS.Timeout | undefined;
    const tick = () => {
      setTicks((n) => n + 1);
      timer = setTimeout(tick, 1000 - (now() % 1000) + 5);
    };
    timer = setTimeout(tick, 1000 - (now() % 1000) + 5);
    return () => clearTimeout(timer);
  }, [now]);

  useEffect(
    () =>
      keys.subscribe((batch) => {
        if (batch.some(isQuitKey)) quit.current();
      }),
    [keys],
  );

  return <FrameView frame={renderNotesView({ deck, update, viewport, styles, strings, now: now() })} />;
}
