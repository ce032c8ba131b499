import { useEffect, useRef, useState } from 'react';
import type { Deck } from '../../deck/types.js';
import type { Viewport } from '../../render/frame.js';
import { maxNotesScroll, renderNotesView, type NotesPosition } from '../../render/screens/notes.js';
import type { UiStrings } from '../../render/ui-strings.js';
import type { Styles } from '../../theme/styles.js';
import type { KeySource } from './App.js';
import { FrameView } from './FrameView.js';
import { actionFor } from '../../session/keymap.js';
import type { Key } from '../../session/key-decoder.js';

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

/** The keys that close the notes view: q, Esc, Ctrl-C. */
export function isQuitKey(key: Key): boolean {
  return key.name === 'escape' || key.name === 'ctrl-c' || (key.name === 'char' && key.char === 'q');
}

/**
 * How a key scrolls long notes, in lines (`page` lines a page), or undefined for a key that
 * does not. The presenter's bindings (keymap.ts): what scrolls a tall slide scrolls the notes
 * (↓ j ↑ k, PgDn space PgUp), and what goes to the first slide goes to their top (Home g).
 * Other keys are ignored: the notes view never moves the presenter.
 */
export function notesScrollBy(key: Key, page: number): number | undefined {
  const action = actionFor(key);
  if (action.type === 'page') return action.direction * page;
  if (action.type !== 'command') return undefined;
  if (action.command.type === 'scroll') return action.command.lines;
  if (action.command.type === 'first') return -Infinity;
  return undefined;
}

/**
 * The speaker-notes screen: draws renderNotesView's Frame, again whenever the presenter
 * moves (a new `update` prop), at every turn of the second for the clock, and when long
 * notes are scrolled.
 */
export function NotesApp({ deck, styles, strings, viewport, keys, update, onQuit, now = Date.now }: NotesAppProps) {
  // Only makes React draw again; the time itself is read while drawing.
  const [, setTicks] = useState(0);
  const quit = useRef(onQuit);
  quit.current = onQuit;
  // Long notes scroll; a new slide or step (or lesson) starts at the top of its notes.
  const [scroll, setScroll] = useState(0);
  useEffect(() => setScroll(0), [deck, update?.slide, update?.step]);
  // What a scroll key is measured against, read when one is pressed (not at every tick).
  const shown = useRef({ deck, update, viewport, styles, strings, now: 0 });
  shown.current = { deck, update, viewport, styles, strings, now: 0 };
  const page = Math.max(1, viewport.height - 6);

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
        if (batch.some(isQuitKey)) return quit.current();
        const by = batch.reduce((sum, key) => sum + (notesScrollBy(key, page) ?? 0), 0);
        if (by === 0) return;
        const limit = maxNotesScroll(shown.current);
        setScroll((current) => Math.max(0, Math.min(limit, current + by)));
      }),
    [keys, page],
  );

  return <FrameView frame={renderNotesView({ deck, update, viewport, styles, strings, now: now(), scroll })} />;
}
