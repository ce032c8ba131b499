import type { ScrollLimit } from '../../deck/navigate.js';
import type { Deck, Position, Slide } from '../../deck/types.js';
import { isLessonLink, slideLinks } from '../../parse/links.js';
import type { Styles } from '../../theme/styles.js';
import { asciiDeck, asciiGlyphs } from '../ascii.js';
import { plainInline } from '../blocks/prose.js';
import { renderStatusBar } from './status-bar.js';
import { makeFrame, type Frame, type Viewport } from '../frame.js';
import { extractPlacements } from '../images/placement.js';
import { renderHelp, type HelpSection } from './help.js';
import { contentBox, type ContentBox } from '../layout-box.js';
import { highlightMatches } from '../text/highlight.js';
import { padEndStyled, truncateStyled, wrapStyled } from '../text/text.js';
import { renderListOverlay, type ListOverlay } from './list-overlay.js';
import { contentHeight, forgetLayouts, layoutSlide, visibleBody, type SlideLayout } from '../layout-slide.js';
import type { UiStrings } from '../ui-strings.js';

/** Everything that decides what the screen shows. */
export interface ScreenState {
  deck: Deck;
  position: Position;
  viewport: Viewport;
  styles: Styles;
  /** The interface language. */
  strings: UiStrings;
  /** An overlay drawn instead of the slide: the help (at a page of it) or a list. */
  overlay?: { kind: 'help'; sections: readonly HelpSection[]; page: number } | { kind: 'list'; list: ListOverlay };
  /** Shown in the status bar instead of the title (a prompt being typed, a message). */
  notice?: string;
  /**
   * The status-bar hint on a slide that links to another lesson (`f: follow`), from the key
   * table. Only an interactive view passes it: a printed or exported slide has no keys.
   */
  followHint?: string;
  /** Text a search looked for: its matches on the slide are marked. */
  highlight?: string;
  /** A message shown whole (wrapped) at the bottom of the slide, with a line saying how to close it. */
  box?: { text: string; hint: string };
  /** How many remote viewers watch (the presenter's view of `lectern serve`). */
  viewers?: number;
  /**
   * `print`'s paging of a slide taller than the screen: show page `page` (0-based) of
   * the body, `bodyHeight` lines each, and say `page n/N` in the status bar instead of
   * the scroll hints. Ignored with an overlay or `whole`.
   */
  page?: number;
  /**
   * Exports: a Frame as tall as the whole slide needs (never shorter than the screen), laid
   * out for the screen's size, with no hint meant for a keyboard (`↓ more`, `f: follow`)
   * and no step counter (the Frame shows the step asked for, usually the last).
   */
  whole?: boolean;
  /**
   * The key hint instead of the slide's own ("f: follow" on a slide linking another lesson);
   * '' shows none. Remote viewers' `f` follows the presenter, not a link.
   */
  keyHint?: string;
}

/**
 * The one renderer: the interactive view, `print`, export and SSH followers all show
 * what this returns for their state.
 */
export function renderScreen(state: ScreenState): Frame {
  const { position, viewport, styles, strings } = state;
  // ASCII mode shows a rewritten copy of the deck with the same slides and steps.
  const deck = styles.ascii ? asciiDeck(state.deck) : state.deck;
  const layout = layoutSlide(deck, position.slide, position.step, viewport, styles);
  const whole = state.whole === true && state.overlay === undefined;
  const paged = !whole && state.page !== undefined && state.overlay === undefined;
  const pages = pageCountOf(layout);
  const page = paged ? Math.min(Math.max(Math.trunc(state.page ?? 0), 0), pages - 1) : 0;
  const scroll = whole ? 0 : paged ? page * layout.bodyHeight : Math.min(Math.max(position.scroll, 0), layout.maxScroll);
  // The whole slide: the body unscrolled, in a Frame grown to hold it (status bar below).
  const height = whole ? Math.max(contentHeight(viewport), layout.header.length + layout.body.length) : contentHeight(viewport);
  const bodyHeight = whole ? height - layout.header.length : layout.bodyHeight;

  let content: string[];
  let visibleCount = 0;
  if (state.overlay?.kind === 'help') {
    content = renderHelp(state.overlay.sections, state.overlay.page, contentBox(viewport.width), height, styles, strings);
  } else if (state.overlay?.kind === 'list') {
    content = renderListOverlay(state.overlay.list, contentBox(viewport.width), height, styles);
  } else {
    // On screen, a scrolled table keeps its header in view (every row shows at some scroll).
    // Printed pages and exports do not: a header over a page would hide rows for good.
    const visible = whole || paged ? layout.body.slice(scroll, scroll + bodyHeight) : visibleBody(layout, scroll);
    visibleCount = visible.length;
    // Only a slide that fits is centered: a later page of a tall one starts at its top.
    const pad = layout.centered && pages === 1 ? Math.max(0, Math.floor((bodyHeight - visible.length) / 2)) : 0;
    content = [...layout.header, ...new Array<string>(pad).fill(''), ...visible];
    const query = state.highlight;
    if (query !== undefined) {
      const [on = '', off = ''] = styles.chalk.inverse('\u0000').split('\u0000');
      content = content.map((line) => highlightMatches(line, query, on, off));
    }
  }
  content = content.slice(0, height);
  while (content.length < height) content.push('');
  if (state.box) content = withBox(content, state.box, contentBox(viewport.width), styles);

  const slide = deck.slides[position.slide];
  const status = renderStatusBar(
    {
      // A Marp deck's footer is the running text its author chose for the slide: it takes the title's place.
      title: plainInline(slide?.footer ?? deck.meta.title, styles).replace(/\s*\n\s*/g, ' '),
      slide: Math.min(position.slide + 1, deck.slides.length),
      slideCount: deck.slides.length,
      step: position.step + 1,
      stepCount: whole ? 1 : (slide?.steps.length ?? 1),
      ...(state.overlay === undefined && !whole && !paged && layout.maxScroll > 0
        ? { lines: { from: scroll + 1, to: scroll + visibleCount, total: layout.body.length } }
        : {}),
      ...(paged && pages > 1 ? { page: { page: page + 1, pageCount: pages } } : {}),
      ...noticeOf(state, deck),
      ...(state.keyHint !== undefined
        ? state.keyHint === ''
          ? {}
          : { keyHint: state.keyHint }
        : slide && !state.overlay && !whole && state.followHint !== undefined && linksToLessons(slide)
          ? { keyHint: state.followHint }
          : {}),
      ...(state.viewers === undefined ? {} : { viewers: state.viewers }),
    },
    viewport.width,
    styles,
    strings,
  );
  // A theme with its own background paints every line to the edge (its status bar has one).
  const paint = styles.screen;
  if (paint) content = content.map((line) => paint(padEndStyled(line, viewport.width)));
  // A one-line screen shows only the status bar.
  const lines = viewport.height === 1 ? [status] : [...content, status];
  const frameSize = whole && viewport.height > 1 ? { width: viewport.width, height: height + 1 } : viewport;
  if (!styles.placedPictures) return makeFrame(styles.ascii ? lines.map(asciiGlyphs) : lines, frameSize, { hyperlinks: styles.hyperlinks });
  const placed = extractPlacements(lines.slice(0, frameSize.height));
  const frame = makeFrame(placed.lines, frameSize, { hyperlinks: styles.hyperlinks });
  if (placed.placements.length > 0) frame.placements = placed.placements;
  return frame;
}

/** How many screens a laid-out slide step takes when read page by page (at least 1). */
function pageCountOf(layout: SlideLayout): number {
  return layout.bodyHeight > 0 ? Math.max(1, Math.ceil(layout.body.length / layout.bodyHeight)) : 1;
}

/**
 * How many pages `print` writes for a slide step on this screen: 1 when it fits, else
 * enough screens of the body (under the fixed title) to show every line once.
 */
export function pageCount(deck: Deck, slide: number, step: number, viewport: Viewport, styles: Styles): number {
  return pageCountOf(layoutSlide(styles.ascii ? asciiDeck(deck) : deck, slide, step, viewport, styles));
}

/**
 * Forgets the layouts renderScreen kept for a slide (of the deck it lays out: in ASCII mode,
 * the deck's ASCII copy). For print and exports, which show each slide once and would
 * otherwise keep every layout of a long lesson until the deck goes.
 */
export function forgetSlide(deck: Deck, slide: number, styles: Styles): void {
  const shown = deck.slides[slide];
  if (shown) forgetLayouts(shown);
  const copy = styles.ascii ? asciiDeck(deck).slides[slide] : undefined;
  if (copy) forgetLayouts(copy);
}

/**
 * The status bar's notice: the one the state holds, else on the first slide the theme the
 * lesson asked for and did not get (the deck opened anyway; the presenter should know why
 * it looks as it does).
 */
function noticeOf(state: ScreenState, deck: Deck): { notice?: string } {
  if (state.notice !== undefined) return { notice: state.notice };
  const missing = deck.meta.unknownTheme;
  return missing !== undefined && state.position.slide === 0 && !state.overlay ? { notice: state.strings.themeMissing(missing) } : {};
}

const lessonLinkCache = new WeakMap<Slide, boolean>();

/** Whether a slide links to another lesson (the status bar then says `f` follows it). */
export function linksToLessons(slide: Slide): boolean {
  let hit = lessonLinkCache.get(slide);
  if (hit === undefined) lessonLinkCache.set(slide, (hit = slideLinks(slide).some((l) => isLessonLink(l.href))));
  return hit;
}

/** How far each slide step can scroll on this screen, for navigate(). */
export function scrollLimitFor(deck: Deck, viewport: Viewport, styles: Styles): ScrollLimit {
  return (slide, step) => layoutSlide(deck, slide, step, viewport, styles).maxScroll;
}

/**
 * Lays a message box over the bottom of the content: the text wrapped (never cut) on the
 * status bar's colors, then its hint. On a screen too small for all of it, the start of the
 * text is what shows.
 */
function withBox(content: string[], box: { text: string; hint: string }, area: ContentBox, styles: Styles): string[] {
  const inner = Math.max(1, area.width - 2);
  const pad = ' '.repeat(area.left);
  const lines = [...wrapStyled(box.text, inner), styles.muted(box.hint)].map(
    (line) => pad + styles.status(` ${padEndStyled(truncateStyled(line, inner), inner)} `),
  );
  const shown = lines.slice(0, content.length);
  return [...content.slice(0, content.length - shown.length), ...shown];
}
