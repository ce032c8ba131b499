import type { ScrollLimit } from '../../deck/navigate.js';
import type { Deck, Position, Slide } from '../../deck/types.js';
import { isLessonLink, slideLinks } from '../../parse/links.js';
import type { Styles } from '../../theme/styles.js';
import { asciiDeck, asciiGlyphs } from '../ascii.js';
import { plainInline } from '../blocks/prose.js';
import { renderStatusBar } from './status-bar.js';
import { makeFrame, type Frame, type Viewport } from '../frame.js';
import { extractPlacements } from '../images/placement.js';
import { renderHelp } from './help.js';
import { contentBox } from '../layout-box.js';
import { renderListOverlay, type ListOverlay } from './list-overlay.js';
import { contentHeight, layoutSlide } from '../layout-slide.js';
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
  const height = contentHeight(viewport);
  const scroll = Math.min(Math.max(position.scroll, 0), layout.maxScroll);

  let content: string[];
  if (state.overlay?.kind === 'help') {
    content = renderHelp(contentBox(viewport.width), height, styles, strings);
  } else if (state.overlay?.kind === 'list') {
    content = renderListOverlay(state.overlay.list, contentBox(viewport.width), height, styles);
  } else {
    const visible = layout.body.slice(scroll, scroll + layout.bodyHeight);
    const pad = layout.centered ? Math.max(0, Math.floor((layout.bodyHeight - visible.length) / 2)) : 0;
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
      stepCount: slide?.steps.length ?? 1,
      moreBelow: state.overlay === undefined && scroll < layout.maxScroll,
      moreAbove: state.overlay === undefined && scroll > 0,
      ...(state.notice === undefined ? {} : { notice: state.notice }),
      ...(slide && !state.overlay && linksToLessons(slide) ? { keyHint: strings.followHint } : {}),
      ...(state.viewers === undefined ? {} : { viewers: state.viewers }),
    },
    viewport.width,
    styles,
    strings,
  );
  // A one-line screen shows only the status bar.
  const lines = viewport.height === 1 ? [status] : [...content, status];
  if (!styles.placedPictures) return makeFrame(styles.ascii ? lines.map(asciiGlyphs) : lines, viewport);
  const placed = extractPlacements(lines.slice(0, viewport.height));
  const frame = makeFrame(placed.lines, viewport);
  if (placed.placements.length > 0) frame.placements = placed.placements;
  return frame;
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
