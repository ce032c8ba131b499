/**
 * One presenter session, whoever runs it: the local presenter (terminal/views/App), a remote
 * viewer that browses on its own and a remote presenter (follow/viewer) all build their
 * reducer context and their screen here, so they behave alike. They differ only in what they
 * are allowed to do (`SessionRole`): a viewer opens no files on the server (no lesson links,
 * no next lesson, no lesson menu) and its `f` follows the presenter (its help says so).
 */
import type { Deck } from '../deck/types.js';
import type { Viewport } from '../render/frame.js';
import { contentBox } from '../render/layout-box.js';
import { contentHeight } from '../render/layout-slide.js';
import { helpPages } from '../render/screens/help.js';
import { scrollLimitFor, type ScreenState } from '../render/screens/slide-screen.js';
import { searchableTexts, slideLabel } from '../render/slide-text.js';
import type { UiStrings } from '../render/ui-strings.js';
import type { Styles } from '../theme/styles.js';
import { followHint, hintFor, keySections, type KeyTableOptions } from './keymap.js';
import { noticeOf, type CourseContext, type LessonLink, type PresenterContext, type PresenterState } from './presenter.js';

/** Who runs the session: the presenter may open lessons; a viewer may only look. */
export type SessionRole = 'presenter' | 'viewer';

/** What a session's context is made from. */
export interface SessionSetup {
  deck: Deck;
  strings: UiStrings;
  viewport: Viewport;
  styles: Styles;
  role: SessionRole;
  /** The links to other lessons on a slide (presenters only). */
  lessonLinks?: (slide: number) => readonly LessonLink[];
  nextLessonTitle?: string;
  /** The course around the lesson (presenters only): the lesson menu, ← and → across lessons. */
  course?: CourseContext;
}

const noLinks = () => [];

/** How many pages the help takes on a screen (the reducer pages through them). */
export function helpPageCount(strings: UiStrings, viewport: Viewport, styles: Styles, options: KeyTableOptions = {}): number {
  return helpPages(keySections(strings, options), contentBox(viewport.width), contentHeight(viewport), styles, strings).length;
}

/** The reducer's context for a deck on one screen (scroll limits depend on both). */
export function sessionContext(setup: SessionSetup): PresenterContext {
  const { deck, viewport, styles, role, strings } = setup;
  const viewer = role === 'viewer';
  return {
    deck,
    limit: scrollLimitFor(deck, viewport, styles),
    page: Math.max(1, contentHeight(viewport) - 3),
    strings,
    searchTexts: () => searchableTexts(deck),
    // Laid out only when help is opened: not on the way to the first slide.
    get helpPages() {
      return helpPageCount(strings, viewport, styles, { viewer });
    },
    ...(viewer ? { viewer } : {}),
    // Viewers never open files on the server: no lesson links, no next lesson, no course.
    lessonLinks: viewer ? noLinks : (setup.lessonLinks ?? noLinks),
    ...(viewer || setup.nextLessonTitle === undefined ? {} : { nextLessonTitle: setup.nextLessonTitle }),
    ...(viewer || setup.course === undefined ? {} : { course: setup.course }),
  };
}

/**
 * What the screen shows for a session state: the slide, or an overlay over it, with every
 * hint written from the key table. The local presenter, remote viewers and (for the first
 * slide) the first paint all draw this.
 */
export function screenFor(state: PresenterState, ctx: PresenterContext, viewport: Viewport, styles: Styles): ScreenState {
  const { deck, strings } = ctx;
  const notice = noticeOf(state, ctx);
  const screen: ScreenState = { deck, position: state.position, viewport, styles, strings, followHint: followHint(strings) };
  if (notice !== undefined) screen.notice = notice;
  if (state.lastQuery !== undefined) screen.highlight = state.lastQuery;
  if (state.notice !== undefined) screen.box = { text: state.notice, hint: strings.noticeClose };
  const mode = state.mode;
  const hint = hintFor('list', strings);
  if (mode.kind === 'help') screen.overlay = { kind: 'help', sections: keySections(strings, { viewer: ctx.viewer === true }), page: mode.page };
  if (mode.kind === 'overview') {
    const items = deck.slides.map(slideLabel);
    screen.overlay = { kind: 'list', list: { title: strings.overviewTitle, items, cursor: mode.cursor, current: state.position.slide, hint } };
  }
  if (mode.kind === 'links') {
    const items = ctx.lessonLinks(state.position.slide).map((l) => l.text || l.href);
    screen.overlay = { kind: 'list', list: { title: strings.linksTitle, items, cursor: mode.cursor, hint } };
  }
  if (mode.kind === 'menu' && ctx.course) {
    const list = { title: strings.courseTitle, items: ctx.course.lessons, cursor: mode.cursor, hint };
    screen.overlay = { kind: 'list', list: ctx.course.current >= 0 ? { ...list, current: ctx.course.current } : list };
  }
  return screen;
}
