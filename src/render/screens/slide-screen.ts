import type { ScrollLimit } from '../../deck/navigate.js';
import type { Deck, Position, Slide } from '../../deck/types.js';
import { isLessonLink, slideLinks } from '../../parse/links.js';
import type { Styles } from '../../theme/styles.js';
import { asciiDeck, asciiGlyphs } from '../ascii.js';
import { plainInline } from '../blocks/prose.js';
import { renderStatusBar } from './status-bar.js';
import { makeFrame, type Frame, type Viewport } from '../frame.js';
import { renderHelp } from './help.js';
import { contentBox } from '../layout-box.js';
import { renderListOverlay, type ListOverlay } from './list-overlay.js';
import { contentHeight, layoutSlide, type SlideLayout } from '../layout-slide.js';
import type { UiStrings } from '../ui-strings.js';

/** Everything that decides what the screen shows. */
export interface ScreenState {
  deck: Deck;
  position: Position;
  viewport: Viewport;
  styles: Styles;
  /** The interface language. */
  strings: UiStrings;
  /** An overlay drawn instead of the slide. */
  overlay?: { kind: 'help' } | { kind: 'list'; list: ListOverlay };
  /** Shown in the status bar instead of the title (a prompt being typed, a message). */
  notice?: string;
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
  if (state.overlay?.kind === 'help') {
    content = renderHelp(contentBox(viewport.width), height, styles, strings);
  } else if (state.overlay?.kind === 'list') {
    content = renderListOverlay(state.overlay.list, contentBox(viewport.width), height, styles);
  } else {
    const visible = layout.body.slice(scroll, scroll + bodyHeight);
    // Only a slide that fits is centered: a later page of a tall one starts at its top.
    const pad = layout.centered && pages === 1 ? Math.max(0, Math.floor((bodyHeight - visible.length) / 2)) : 0;
    content = [...layout.header, ...new Array<string>(pad).fill(''), ...visible];
  }
  content = content.slice(0, height);
  while (content.length < height) content.push('');

  const slide = deck.slides[position.slide];
  const status = renderStatusBar(
    {
      title: plainInline(deck.meta.title, styles),
      slide: Math.min(position.slide + 1, deck.slides.length),
      slideCount: deck.slides.length,
      step: position.step + 1,
      stepCount: whole ? 1 : (slide?.steps.length ?? 1),
      moreBelow: state.overlay === undefined && !whole && !paged && scroll < layout.maxScroll,
      moreAbove: state.overlay === undefined && !whole && !paged && scroll > 0,
      ...(paged && pages > 1 ? { page: { page: page + 1, pageCount: pages } } : {}),
      ...(state.notice === undefined ? {} : { notice: state.notice }),
      ...(state.keyHint !== undefined
        ? state.keyHint === ''
          ? {}
          : { keyHint: state.keyHint }
        : slide && !state.overlay && !whole && linksToLessons(slide)
          ? { keyHint: strings.followHint }
          : {}),
      ...(state.viewers === undefined ? {} : { viewers: state.viewers }),
    },
    viewport.width,
    styles,
    strings,
  );
  // A one-line screen shows only the status bar.
  const lines = viewport.height === 1 ? [status] : [...content, status];
  const frameSize = whole && viewport.height > 1 ? { width: viewport.width, height: height + 1 } : viewport;
  return makeFrame(styles.ascii ? lines.map(asciiGlyphs) : lines, frameSize);
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
