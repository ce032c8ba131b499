/**
 * One presenter session, whoever runs it: the local presenter (terminal/views/App), a remote
 * viewer that browses on its own and a remote presenter (follow/viewer) all build their
 * reducer context and their screen here, so they behave alike. They differ only in what they
 * are allowed to do (`SessionRole`): a viewer opens no files on the server (no lesson links,
 * no next lesson) and its `f` follows the presenter.
 */
import type { Deck } from '../deck/types.js';
import type { Viewport } from '../render/frame.js';
import { contentHeight } from '../render/layout-slide.js';
import { scrollLimitFor, type ScreenState } from '../render/screens/slide-screen.js';
import { searchableTexts, slideLabel } from '../render/slide-text.js';
import type { UiStrings } from '../render/ui-strings.js';
import type { Styles } from '../theme/styles.js';
import { noticeOf, type LessonLink, type PresenterContext, type PresenterState } from './presenter.js';

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
}

const noLinks = () => [];

// A viewer's help says what `f` does for it: follow the presenter, not a lesson link.
const viewerStrings = new WeakMap<UiStrings, UiStrings>();
function stringsForViewer(strings: UiStrings): UiStrings {
  let mine = viewerStrings.get(strings);
  if (!mine) {
    const keys = strings.keys.map(([key, does]) => (key === 'f' ? ([key, strings.followPresenterHelp] as const) : ([key, does] as const)));
    viewerStrings.set(strings, (mine = { ...strings, keys }));
  }
  return mine;
}

/** The reducer's context for a deck on one screen (scroll limits depend on both). */
export function sessionContext(setup: SessionSetup): PresenterContext {
  const { deck, viewport, styles, role } = setup;
  const viewer = role === 'viewer';
  return {
    deck,
    limit: scrollLimitFor(deck, viewport, styles),
    page: Math.max(1, contentHeight(viewport) - 3),
    strings: viewer ? stringsForViewer(setup.strings) : setup.strings,
    searchTexts: () => searchableTexts(deck),
    // Viewers never open files on the server: no lesson links, no next lesson.
    lessonLinks: viewer ? noLinks : (setup.lessonLinks ?? noLinks),
    ...(viewer || setup.nextLessonTitle === undefined ? {} : { nextLessonTitle: setup.nextLessonTitle }),
  };
}

/** What the screen shows for a session state: the slide, or an overlay over it. */
export function screenFor(state: PresenterState, ctx: PresenterContext, viewport: Viewport, styles: Styles): ScreenState {
  const { deck, strings } = ctx;
  const notice = noticeOf(state, ctx);
  const screen: ScreenState = { deck, position: state.position, viewport, styles, strings };
  if (notice !== undefined) screen.notice = notice;
  const mode = state.mode;
  if (mode.kind === 'help') screen.overlay = { kind: 'help' };
  if (mode.kind === 'overview') {
    const items = deck.slides.map(slideLabel);
    screen.overlay = {
      kind: 'list',
      list: { title: strings.overviewTitle, items, cursor: mode.cursor, current: state.position.slide, hint: strings.overviewHint },
    };
  }
  if (mode.kind === 'links') {
    const items = ctx.lessonLinks(state.position.slide).map((l) => l.text || l.href);
    screen.overlay = { kind: 'list', list: { title: strings.linksTitle, items, cursor: mode.cursor, hint: strings.overviewHint } };
  }
  return screen;
}
