import { useLayoutEffect, useRef, useState } from 'react';
import { renderCourseMenu } from '../../render/screens/course-menu.js';
import type { Viewport } from '../../render/frame.js';
import type { UiStrings } from '../../render/ui-strings.js';
import type { Styles } from '../../theme/styles.js';
import type { KeySource } from './App.js';
import { FrameView } from './FrameView.js';

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
  onPick: (index: number) => void;
  onQuit: () => void;
}

/** The lesson menu: ↑↓ (j/k, Home/End) choose, Enter opens, q/Esc/Ctrl-C quit. */
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
          const last = p.lessons.length - 1;
          let next = at;
          if (key.name === 'up' || (key.name === 'char' && key.char === 'k')) next = at - 1;
          else if (key.name === 'down' || (key.name === 'char' && key.char === 'j')) next = at + 1;
          else if (key.name === 'home' || (key.name === 'char' && key.char === 'g')) next = 0;
          else if (key.name === 'end' || (key.name === 'char' && key.char === 'G')) next = last;
          else if (key.name === 'enter' || key.name === 'right') return p.onPick(at);
          else if (key.name === 'escape' || key.name === 'ctrl-c' || (key.name === 'char' && key.char === 'q')) return p.onQuit();
          else if (key.name === 'char' && /^[1-9]$/.test(key.char) && Number(key.char) <= p.lessons.length) next = Number(key.char) - 1;
          next = Math.min(Math.max(next, 0), last);
          latest.current.cursor = next;
          setCursor(next);
        }
      }),
    [props.keys],
  );

  return (
    <FrameView
      frame={renderCourseMenu(
    { name: props.name, lessons: props.lessons, cursor, ...(props.notice === undefined ? {} : { notice: props.notice }) },
    props.viewport,
    props.styles,
        props.strings,
      )}
    />
  );
}
