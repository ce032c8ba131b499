import { Box, Text } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { Deck, Position } from '../deck/types.js';
import { startPosition } from '../deck/navigate.js';
import type { Viewport } from '../render/frame.js';
import { contentHeight } from '../render/layout-slide.js';
import { renderScreen, scrollLimitFor } from '../render/screen.js';
import type { UiStrings } from '../render/strings.js';
import type { Styles } from '../theme/styles.js';
import type { Key } from './key-decoder.js';
import { actionFor } from './keymap.js';
import { initialPresenterState, noticeOf, reducePresenter, type PresenterState } from './presenter-state.js';

/** Where keys come from: a terminal's stdin, an SSH channel, or a test. */
export interface KeySource {
  /** Calls `listener` with each batch of decoded keys; returns an unsubscribe function. */
  subscribe(listener: (keys: Key[]) => void): () => void;
}

/** Props of the presenter view. */
export interface AppProps {
  deck: Deck;
  styles: Styles;
  strings: UiStrings;
  /** The size to draw at (the transport decides: terminal rows - 1, an SSH window…). */
  viewport: Viewport;
  keys: KeySource;
  onQuit: () => void;
  /** Reports each position change (for followers, notes views, resume). */
  onPosition?: (position: Position) => void;
  start?: Position;
}

/**
 * The presenter: a thin Ink shell that turns keys into state with the pure reducer and
 * draws the Frame that renderScreen returns, one <Text> per line (a multi-line <Text>
 * loses its colors after the first line).
 */
export function App({ deck, styles, strings, viewport, keys, onQuit, onPosition, start }: AppProps) {
  const [state, setState] = useState<PresenterState>(() => initialPresenterState(start ?? startPosition));
  // Keys arrive outside React's render cycle; the ref lets the listener see the latest of everything.
  const latest = useRef({ state, deck, styles, viewport, onQuit, onPosition });
  latest.current = { ...latest.current, deck, styles, viewport, onQuit, onPosition };

  useEffect(
    () =>
      keys.subscribe((batch) => {
        for (const key of batch) {
          const action = actionFor(key);
          const now = latest.current;
          const ctx = {
            deck: now.deck,
            limit: scrollLimitFor(now.deck, now.viewport, now.styles),
            page: Math.max(1, contentHeight(now.viewport) - 3),
          };
          const { state: next, quit } = reducePresenter(now.state, action, ctx);
          if (quit) {
            now.onQuit();
            return;
          }
          if (next.position !== now.state.position) now.onPosition?.(next.position);
          now.state = next;
          setState(next);
        }
      }),
    [keys],
  );

  const frame = renderScreen({
    deck,
    position: state.position,
    viewport,
    styles,
    strings,
    ...(state.overlay ? { overlay: state.overlay } : {}),
    ...(noticeOf(state) === undefined ? {} : { notice: noticeOf(state) }),
  });
  return (
    <Box flexDirection="column">
      {frame.lines.map((line, i) => (
        // An empty <Text> takes no height in Ink's layout; a space keeps the line.
        <Text key={i} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}
