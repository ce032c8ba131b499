import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { clampPosition, samePosition, startPosition } from '../../deck/navigate.js';
import type { Deck, Position } from '../../deck/types.js';
import type { Viewport } from '../../render/frame.js';
import { prefetchNeighbours } from '../../render/prefetch.js';
import { renderScreen } from '../../render/screens/slide-screen.js';
import type { UiStrings } from '../../render/ui-strings.js';
import type { Styles } from '../../theme/styles.js';
import { FrameView } from './FrameView.js';
import { usePictures } from './use-pictures.js';
import type { Key } from '../../session/key-decoder.js';
import { screenFor, sessionContext } from '../../session/presenter-session.js';
import {
  initialPresenterState,
  reducePresenter,
  type CourseContext,
  type LessonLink,
  type PresenterContext,
  type PresenterEffect,
  type PresenterState,
} from '../../session/presenter.js';

/** Where keys come from: a terminal's stdin, an SSH channel, or a test. */
export interface KeySource {
  /** Calls `listener` with each batch of decoded keys; returns an unsubscribe function. */
  subscribe(listener: (keys: Key[]) => void): () => void;
}

/** A message from outside the view (a reload, a missing lesson); a new `id` shows it again. */
export interface Announcement {
  id: number;
  text: string;
  /** Shown in full over the slide until a key is pressed, instead of in the status bar. */
  sticky?: boolean;
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
  /** Effects beyond the deck: following a link, the next lesson. */
  onEffect?: (effect: Exclude<PresenterEffect, { type: 'quit' }>) => void;
  /** Reports each position change (for followers, notes views, resume). */
  onPosition?: (position: Position) => void;
  start?: Position;
  /** Offer to continue at this position. */
  resume?: Position;
  lessonLinks?: (slide: number) => readonly LessonLink[];
  nextLessonTitle?: string;
  /** The course around this lesson, for the lesson menu and ← / → across lessons. */
  course?: CourseContext;
  announcement?: Announcement;
  /** Remote viewers watching (`lectern serve`), shown in the status bar. */
  viewers?: number;
  /** Go to this position (a remote presenter moved); a new `id` moves again. */
  moveTo?: { id: number; position: Position };
}

/**
 * The presenter: a thin Ink shell that turns keys into state with the pure reducer and
 * draws the Frame that renderScreen returns.
 */
export function App(props: AppProps) {
  const { deck, styles, strings, viewport, keys, start, resume, announcement, moveTo } = props;
  const [state, setState] = useState<PresenterState>(() => initialPresenterState(start ?? startPosition, resume));
  const ctx = useMemo<PresenterContext>(
    () =>
      sessionContext({
        deck,
        strings,
        viewport,
        styles,
        role: 'presenter',
        ...(props.lessonLinks === undefined ? {} : { lessonLinks: props.lessonLinks }),
        ...(props.nextLessonTitle === undefined ? {} : { nextLessonTitle: props.nextLessonTitle }),
        ...(props.course === undefined ? {} : { course: props.course }),
      }),
    [deck, viewport, styles, strings, props.lessonLinks, props.nextLessonTitle, props.course],
  );
  // Keys arrive outside React's render cycle; the ref lets the listener see the latest of everything.
  const latest = useRef({ state, ctx, props });
  latest.current = { ...latest.current, ctx, props };

  // A reloaded deck may have fewer slides: stay where we were, clamped.
  const position = clampPosition(deck, state.position, ctx.limit);

  useEffect(() => {
    if (!announcement) return;
    const now = latest.current.state;
    // A later message (a reload that worked) makes a failed reload's notice stale: it goes.
    const { notice: _stale, ...rest } = now;
    const next: PresenterState = announcement.sticky ? { ...now, notice: announcement.text } : { ...rest, message: announcement.text };
    latest.current.state = next;
    setState(next);
  }, [announcement]);

  // A move made before this view existed (e.g. in another lesson) is not ours to make.
  const lastMove = useRef(moveTo?.id);
  useEffect(() => {
    if (!moveTo || moveTo.id === lastMove.current) return;
    lastMove.current = moveTo.id;
    const next = { ...latest.current.state, position: moveTo.position };
    latest.current.state = next;
    setState(next);
  }, [moveTo]);

  // Subscribe during the commit (a layout effect), not after it: a key typed the moment the
  // slide appears must not fall into the gap between two views' subscriptions.
  useLayoutEffect(
    () =>
      keys.subscribe((batch) => {
        for (const key of batch) {
          const now = latest.current;
          const { state: next, effect } = reducePresenter(now.state, key, now.ctx);
          if (effect?.type === 'quit') {
            now.props.onQuit();
            return;
          }
          if (!samePosition(next.position, now.state.position)) now.props.onPosition?.(next.position);
          now.state = next;
          setState(next);
          if (effect) now.props.onEffect?.(effect);
        }
      }),
    [keys],
  );

  // While the reader looks at this slide, lay out what → and ← will show.
  useEffect(() => {
    const timer = setTimeout(() => prefetchNeighbours(deck, position, viewport, styles), 0);
    return () => clearTimeout(timer);
    // The position's parts, not the object: a re-render at the same place warms nothing new.
  }, [deck, position.slide, position.step, viewport, styles]);

  usePictures(deck, position.slide);
  const screen = screenFor({ ...state, position }, ctx, viewport, styles);
  if (props.viewers !== undefined) screen.viewers = props.viewers;
  return <FrameView frame={renderScreen(screen)} />;
}
