import type { ScrollLimit } from '../../deck/navigate.js';
import type { Deck, Position, Slide } from '../../deck/types.js';
import { isLessonLink, slideLinks } from '../../parse/links.js';
import type { Styles } from '../../theme/styles.js';
import { asciiDeck, asciiGlyphs } from '../ascii.js';
import { plainInline } from '../blocks/prose.js';
import { renderStatusBar } from './status-bar.js';
import { makeFrame, type Frame, type Viewport } from '../frame.js';
import { renderHelp, type HelpSection } from './help.js';
import { highlightMatches } from '../text/highlight.js';
import { padEndStyled, truncateStyled, wrapStyled } from '../text/text.js';
import { contentBox, type ContentBox } from '../layout-box.js';
import { renderListOverlay, type ListOverlay } from './list-overlay.js';
import { contentHeight, layoutSlide, visibleBody } from '../layout-slide.js';
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
  let visibleCount = 0;
  if (state.overlay?.kind === 'help') {
    content = renderHelp(state.overlay.sections, state.overlay.page, contentBox(viewport.width), height, styles, strings);
  } else if (state.overlay?.kind === 'list') {
    content = renderListOverlay(state.overlay.list, contentBox(viewport.width), height, styles);
  } else {
    const visible = visibleBody(layout, scroll);
    visibleCount = visible.length;
    const pad = layout.centered ? Math.max(0, Math.floor((layout.bodyHeight - visible.length) / 2)) : 0;
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
      title: plainInline(deck.meta.title, styles),
      slide: Math.min(position.slide + 1, deck.slides.length),
      slideCount: deck.slides.length,
      step: position.step + 1,
      stepCount: slide?.steps.length ?? 1,
      ...(state.overlay === undefined && layout.maxScroll > 0
        ? { lines: { from: scroll + 1, to: scroll + visibleCount, total: layout.body.length } }
        : {}),
      ...(state.notice === undefined ? {} : { notice: state.notice }),
      ...(slide && !state.overlay && state.followHint !== undefined && linksToLessons(slide) ? { keyHint: state.followHint } : {}),
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
  return makeFrame(styles.ascii ? lines.map(asciiGlyphs) : lines, viewport, { hyperlinks: styles.hyperlinks });
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
