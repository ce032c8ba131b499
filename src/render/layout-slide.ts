import type { Block, Deck, DeckMeta, Slide } from '../deck/types.js';
import type { Styles } from '../theme/styles.js';
import { renderBigTitle } from './blocks/big-title.js';
import { plainInline, renderProse } from './blocks/prose.js';
import type { Viewport } from './frame.js';
import { contentBox } from './layout-box.js';
import { pictureVersion } from '../load/images/picture-store.js';
import { blocksHaveImages } from '../load/images/deck-pictures.js';
import { renderSlideBody } from './slide-body.js';
import { renderBlocksWithHeaders, type TableSpan } from './blocks/render-block.js';

/** A slide step laid out for one viewport: fixed header lines and a scrollable body. */
export interface SlideLayout {
  /** Title lines, drawn at the top and not scrolled (empty on the title slide). */
  header: string[];
  /** Every body line; the screen shows `bodyHeight` of them from the scroll offset. */
  body: string[];
  /** Lines available to the body on this screen. */
  bodyHeight: number;
  /** How far the body can scroll; 0 when it fits. */
  maxScroll: number;
  /** Center the body vertically (the title slide). */
  centered: boolean;
  /** Tables in the body (line ranges of `body`), whose header stays in view while they scroll. */
  tables: readonly TableSpan[];
}

// Layouts are pure in (slide, step, viewport, styles); cache them per slide object so a
// key press (or an SSH follower with the same size) re-renders nothing it has seen.
const cache = new WeakMap<Slide, Map<string, SlideLayout>>();

/** Lines of the content area: the frame minus the status bar. */
export function contentHeight(viewport: Viewport): number {
  return Math.max(0, viewport.height - 1);
}

/** Lays out `step` of slide `index` (steps 0..step shown) for a viewport. */
export function layoutSlide(deck: Deck, index: number, step: number, viewport: Viewport, styles: Styles): SlideLayout {
  const slide = deck.slides[index];
  if (!slide) return { header: [], body: [], bodyHeight: contentHeight(viewport), maxScroll: 0, centered: false, tables: [] };
  // A slide with pictures looks different once they are decoded: its layouts key on that too.
  const pictures = hasImages(slide) ? `|p${pictureVersion()}` : '';
  const key = `${step}|${viewport.width}x${viewport.height}|${styles.key}|${index === 0 ? 'first' : ''}${pictures}`;
  let perSlide = cache.get(slide);
  if (!perSlide) cache.set(slide, (perSlide = new Map()));
  const hit = perSlide.get(key);
  if (hit) return hit;
  const layout = computeLayout(slide, index === 0 ? deck.meta : undefined, step, viewport, styles);
  perSlide.set(key, layout);
  return layout;
}

/** Forgets the layouts kept for a slide (forgetSlide in screens/slide-screen.ts says when). */
export function forgetLayouts(slide: Slide): void {
  cache.delete(slide);
}

const withImages = new WeakMap<Slide, boolean>();

function hasImages(slide: Slide): boolean {
  let hit = withImages.get(slide);
  if (hit === undefined) withImages.set(slide, (hit = slide.steps.some(blocksHaveImages)));
  return hit;
}

/** `first`: the deck's metadata when this is the first slide (the title slide). */
function computeLayout(slide: Slide, first: DeckMeta | undefined, step: number, viewport: Viewport, styles: Styles): SlideLayout {
  const box = contentBox(viewport.width);
  const screen = contentHeight(viewport);
  const indent = (lines: string[]) => lines.map((l) => (l === '' ? '' : ' '.repeat(box.left) + l));
  const blocks = slide.steps.slice(0, step + 1).flat();
  // Marp's header: a small muted line above everything, fixed like the title (wrapped, never cut).
  const running = slide.header ? indent(renderProse(slide.header, box.width, styles, styles.muted)) : [];
  // What the slide itself has under the header (all of the screen when the header cannot fit).
  const height = running.length < screen ? screen - running.length : screen;
  // A blank first line gives the slide room to breathe when the screen can spare it.
  const top = screen >= 16 ? [''] : [];

  if (first && slide.title !== '') {
    const big = renderBigTitle(plainInline(slide.title, styles), box.width, Math.floor(height / 2), styles);
    const heading = big ?? renderProse(slide.title, box.width, styles, styles.title);
    const { lines: content, tables } = slideBody(blocks, box.width, styles, Math.max(0, height - heading.length - 1));
    const withContent = (title: string[]) => indent(content.length > 0 ? [...title, '', ...content] : title);
    const full = [...heading, ...byline(first, box.width, styles)];
    // The byline gives way on a screen too small for it and the slide together.
    const title = withContent(full).length > height ? heading : full;
    const shift = content.length > 0 ? title.length + 1 : 0;
    return finish(
      running,
      withContent(title),
      screen,
      true,
      tables.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })),
    );
  }
  if (slide.middle) {
    // presenterm's jump_to_middle: the title comes down with the rest, all centered.
    const { lines: content } = slideBody(blocks, box.width, styles, height);
    const title = slide.title === '' ? [] : renderProse(slide.title, box.width, styles, styles.title);
    return finish(running, indent(title.length > 0 && content.length > 0 ? [...title, '', ...content] : [...title, ...content]), screen, true, []);
  }
  const header = [...running, ...(slide.title === '' ? top : [...top, ...indent(renderProse(slide.title, box.width, styles, styles.title)), ''])];
  const room = header.length < screen ? screen - header.length : screen;
  const { lines: content, tables } = slideBody(blocks, box.width, styles, room);
  return finish(header, indent(content), screen, false, tables);
}

/**
 * A slide's body lines and where its tables are (their headers stay on screen while the
 * slide scrolls). Background pictures beside the text move lines sideways: no table is kept
 * then.
 */
function slideBody(blocks: readonly Block[], width: number, styles: Styles, room: number): { lines: string[]; tables: TableSpan[] } {
  if (blocks.some((b) => b.kind === 'image' && b.background !== undefined)) return { lines: renderSlideBody(blocks, width, styles, room), tables: [] };
  return renderBlocksWithHeaders(blocks, width, styles, room);
}

/**
 * Under the title of the title slide: the front matter's subtitle, then author and date
 * (presenterm and patat show them there; Marp decks write them on the slide themselves).
 */
function byline(meta: DeckMeta, width: number, styles: Styles): string[] {
  const lines: string[] = [];
  if (meta.subtitle) for (const line of renderProse(meta.subtitle, width, styles, styles.heading)) lines.push(line);
  const who = [meta.author, meta.date].filter((p): p is string => p !== undefined && p !== '').join(' · ');
  if (who) for (const line of renderProse(who, width, styles, styles.muted)) lines.push(line);
  return lines.length > 0 ? ['', ...lines] : [];
}

function finish(header: string[], body: string[], height: number, centered: boolean, tables: TableSpan[]): SlideLayout {
  // On a tiny screen the title alone may not fit; it then gives way to the body.
  const fixed = header.length < height ? header : [];
  const bodyHeight = Math.max(0, height - fixed.length);
  return { header: fixed, body, bodyHeight, maxScroll: Math.max(0, body.length - bodyHeight), centered, tables };
}

/**
 * The body lines the screen shows at a scroll offset. When a table's header has scrolled
 * off while rows of it are still in view, its header is drawn at the top instead of the
 * lines it covers (like a sticky header on a web page), so columns stay labelled.
 */
export function visibleBody(layout: SlideLayout, scroll: number): string[] {
  const visible = layout.body.slice(scroll, scroll + layout.bodyHeight);
  const table = layout.tables.find((t) => t.start < scroll && t.end - 1 > scroll + t.headerLines);
  // Only when the header leaves room for at least one row under it.
  if (!table || table.headerLines >= layout.bodyHeight) return visible;
  return [...layout.body.slice(table.start, table.start + table.headerLines), ...visible.slice(table.headerLines)];
}
