import type { Styles } from '../../theme/styles.js';
import { renderStatusBar } from './status-bar.js';
import { makeFrame, type Frame, type Viewport } from '../frame.js';
import { contentBox } from '../layout-box.js';
import { contentHeight } from '../layout-slide.js';
import { renderListOverlay } from './list-overlay.js';
import type { UiStrings } from '../ui-strings.js';
import { padEndStyled } from '../text/text.js';

/** What the lesson menu of a course shows. */
export interface CourseMenuState {
  /** The course's name (its folder). */
  name: string;
  /** Lesson titles in course order. */
  lessons: readonly string[];
  cursor: number;
  /** A message such as "lesson not found". */
  notice?: string;
  /** The keys line under the list (from the session's key table). */
  hint: string;
}

/** The lesson menu of a course as a Frame: pick a lesson with ↑↓ and Enter. */
export function renderCourseMenu(menu: CourseMenuState, viewport: Viewport, styles: Styles, strings: UiStrings): Frame {
  const height = contentHeight(viewport);
  const top = height >= 16 ? [''] : [];
  const list = renderListOverlay(
    { title: strings.courseTitle, items: menu.lessons, cursor: menu.cursor, hint: menu.hint },
    contentBox(viewport.width),
    height - top.length,
    styles,
  );
  const status = renderStatusBar(
    {
      title: menu.name,
      slide: menu.cursor + 1,
      slideCount: menu.lessons.length,
      step: 1,
      stepCount: 1,
      ...(menu.notice === undefined ? {} : { notice: menu.notice }),
    },
    viewport.width,
    styles,
    strings,
  );
  let content = [...top, ...list].slice(0, height);
  while (content.length < height) content.push('');
  // A theme with its own background paints every line to the edge, as on the slides.
  const paint = styles.screen;
  if (paint) content = content.map((line) => paint(padEndStyled(line, viewport.width)));
  return makeFrame(viewport.height === 1 ? [status] : [...content, status], viewport);
}
