import { useLayoutEffect, useRef, useState } from 'react';
import { renderCourseMenu } from '../../render/screens/course-menu.js';
import type { Viewport } from '../../render/frame.js';
import type { UiStrings } from '../../render/ui-strings.js';
import type { Styles } from '../../theme/styles.js';
import type { KeySource } from './App.js';
import { FrameView } from './FrameView.js';
import { contentHeight } from '../../render/layout-slide.js';
import { reduceStartMenu } from '../../session/start-menu.js';

/** Props of the lesson menu shown when a folder of lessons is opened. */
export interface CourseMenuProps {
  name: string;
  lessons: readonly string[];
  styles: Styles;
  strings: UiStrings;
  viewport: Viewport;
  keys: KeySource;
  initialCursor?: number;
  notice?: string;
  /** The keys line under the list (the session's key table writes it). */
  hint: string;
  onPick: (index: number) => void;
  onQuit: () => void;
}

/**
 * The lesson menu a course opens with: the list keys of the key table (↑↓ j k, PgUp PgDn,
 * Home End g G, a digit) choose, Enter or → opens; with no lesson under it, closing it
 * (Esc q) quits, as Ctrl-C does.
 */
export function CourseMenu(props: CourseMenuProps) {
  const [cursor, setCursor] = useState(props.initialCursor ?? 0);
  const latest = useRef({ cursor, props });
  latest.current = { ...latest.current, props };

  // A layout effect, like App's: no key may arrive between two views' subscriptions.
  useLayoutEffect(
    () =>
      props.keys.subscribe((batch) => {
        for (const key of batch) {
          const { cursor: at, props: p } = latest.current;
          const step = reduceStartMenu(at, key, p.lessons.length, contentHeight(p.viewport));
          if (step.type === 'pick') return p.onPick(at);
          if (step.type === 'quit') return p.onQuit();
          const next = step.cursor;
          latest.current.cursor = next;
          setCursor(next);
        }
      }),
    [props.keys],
  );

  return (
    <FrameView
      frame={renderCourseMenu(
        { name: props.name, lessons: props.lessons, cursor, hint: props.hint, ...(props.notice === undefined ? {} : { notice: props.notice }) },
        props.viewport,
        props.styles,
        props.strings,
      )}
    />
  );
}
