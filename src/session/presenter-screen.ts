import type { Viewport } from '../render/frame.js';
import { contentBox } from '../render/layout-box.js';
import { contentHeight } from '../render/layout-slide.js';
import { helpPages } from '../render/screens/help.js';
import type { ScreenState } from '../render/screens/slide-screen.js';
import { slideLabel } from '../render/slide-text.js';
import type { Styles } from '../theme/styles.js';
import { followHint, hintFor, keySections, type KeyTableOptions } from './keymap.js';
import { noticeOf, type PresenterContext, type PresenterState } from './presenter.js';

/** How many pages the help takes on a screen (the reducer pages through them). */
export function helpPageCount(ctx: Pick<PresenterContext, 'strings'>, viewport: Viewport, styles: Styles, options: KeyTableOptions = {}): number {
  return helpPages(keySections(ctx.strings, options), contentBox(viewport.width), contentHeight(viewport), styles, ctx.strings).length;
}

/**
 * What the screen shows for a presenter state: the slide, or an overlay over it, with every
 * hint written from the key table. The local presenter, remote viewers and the first paint
 * all draw this.
 */
export function screenFor(state: PresenterState, ctx: PresenterContext, viewport: Viewport, styles: Styles, options: KeyTableOptions = {}): ScreenState {
  const { deck, strings } = ctx;
  const notice = noticeOf(state, ctx);
  const screen: ScreenState = { deck, position: state.position, viewport, styles, strings, followHint: followHint(strings) };
  if (notice !== undefined) screen.notice = notice;
  if (state.lastQuery !== undefined) screen.highlight = state.lastQuery;
  if (state.notice !== undefined) screen.box = { text: state.notice, hint: strings.noticeClose };
  const mode = state.mode;
  const hint = hintFor('list', strings);
  if (mode.kind === 'help') screen.overlay = { kind: 'help', sections: keySections(strings, options), page: mode.page };
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
