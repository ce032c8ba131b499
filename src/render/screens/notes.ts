import type { Deck, Slide } from '../../deck/types.js';
import type { Styles } from '../../theme/styles.js';
import { asciiDeck, asciiGlyphs } from '../ascii.js';
import { markdownBlocks } from '../../parse/markdown-blocks.js';
import { plainInline, renderProse } from '../blocks/prose.js';
import { renderBlocks } from '../blocks/render-block.js';
import { makeFrame, type Frame, type Viewport } from '../frame.js';
import { contentBox } from '../layout-box.js';
import type { UiStrings } from '../ui-strings.js';
import { displayWidth, padEndStyled } from '../text/text.js';
import { graphemes } from '../text/graphemes.js';

/** Where the presenter is, as the notes view knows it (see follow/notes-link.ts). */
export interface NotesPosition {
  /** Slide and step indexes, 0-based. */
  slide: number;
  step: number;
  /** Epoch milliseconds when the presentation started. */
  startedAt: number;
}

/** Everything that decides what the notes screen shows. */
export interface NotesViewState {
  deck: Deck;
  /** The presenter's position; undefined while no presenter is connected. */
  update: NotesPosition | undefined;
  viewport: Viewport;
  styles: Styles;
  strings: UiStrings;
  /** The current time (epoch ms), passed in so the view stays a pure function. */
  now: number;
  /** Lines of the notes scrolled past (↓ in the notes view); clamped to what there is. */
  scroll?: number;
}

/**
 * The speaker's screen: "Notes — slide n/N · title" on top, the current slide's notes
 * wrapped to the width, "Next: title" and a status line with the elapsed time and the clock
 * at the bottom. Every line fits the viewport at any size (the Frame promise).
 */
export function renderNotesView(state: NotesViewState): Frame {
  const { styles, viewport } = state;
  const frame = (lines: string[]) => makeFrame(styles.ascii ? lines.map(asciiGlyphs) : lines, viewport);
  const { top, lines, bottom, room, status } = notesLayout(state);
  // Tiny screens: the status line, then the title, then "Next:", then the notes.
  if (viewport.height === 1) return frame([status]);
  if (viewport.height === 2) return frame([top[0] ?? '', status]);
  const indent = ' '.repeat(contentBox(viewport.width).left);
  const shown = room <= 0 ? [] : notesWindow(lines, room, state.scroll ?? 0, indent, styles, state.strings);
  while (shown.length < room) shown.push('');
  return frame([...top, ...shown, ...bottom]);
}

/**
 * How far the notes of the presenter's current slide can be scrolled at this size (0 when
 * they fit): the notes view keeps its scroll within it, so ↑ answers at once after many ↓.
 */
export function maxNotesScroll(state: Omit<NotesViewState, 'scroll'>): number {
  const { lines, room } = notesLayout(state);
  return room >= 3 && lines.length > room ? lines.length - (room - 1) : 0;
}

/** The parts of the notes screen: lines above the notes, the notes, lines below, and the room between. */
function notesLayout(state: NotesViewState): { top: string[]; lines: string[]; bottom: string[]; room: number; status: string } {
  const { update, viewport, styles, strings, now } = state;
  // ASCII mode: the deck's text rewritten, the view's own marks (— · …) swapped one for one.
  const deck = styles.ascii ? asciiDeck(state.deck) : state.deck;
  const { width, height } = viewport;
  const box = contentBox(width);
  const indent = ' '.repeat(box.left);
  const count = deck.slides.length;
  // A deck edited since the presenter sent its position may have fewer slides.
  const index = update === undefined ? -1 : Math.min(update.slide, count - 1);
  const slide = deck.slides[index];

  const status = statusLine(update, slide, width, styles, strings, now);
  const { header, body, next } = slideParts(deck, slide === undefined ? -1 : index, box.width, styles, strings);
  const top = [indent + styles.heading(fitPlain(header, box.width))];
  const bottom = next === undefined ? [status] : [indent + styles.accent(fitPlain(next, box.width)), status];
  // Breathing room around the notes only when the screen can spare it.
  if (height >= top.length + bottom.length + 4) top.push('');
  if (height >= top.length + bottom.length + 6 && bottom.length > 1) bottom.unshift('');
  const lines = body.map((line) => (line === '' ? '' : indent + line));
  return { top, lines, bottom, room: height - top.length - bottom.length, status };
}

/**
 * The notes lines that fit `room` lines, from `scroll` on: all of them when they fit, else a
 * window with "↑ …" above when scrolled and "… ↓ more" below when more follows. The last
 * window ends with the notes' last line.
 */
function notesWindow(lines: string[], room: number, scroll: number, indent: string, styles: Styles, strings: UiStrings): string[] {
  if (lines.length <= room) return lines;
  const below = indent + styles.muted(`… ${strings.more}`);
  const from = Math.max(0, Math.min(scroll, lines.length - (room - 1)));
  if (from === 0 || room < 3) return [...lines.slice(0, room - 1), below];
  const above = indent + styles.muted('↑ …');
  const rest = lines.slice(from);
  return rest.length <= room - 1 ? [above, ...rest] : [above, ...rest.slice(0, room - 2), below];
}

/**
 * Plain text cut to `width` columns with an ellipsis, by whole graphemes. (truncateStyled
 * can loop forever when a wide emoji straddles the cut, as in "Next: 🏰 …" at 8 columns.)
 */
function fitPlain(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width < 1) return '';
  let out = '';
  let used = 0;
  for (const { segment } of graphemes(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** The parts of the notes screen that do not change with the time. */
interface SlideParts {
  header: string;
  body: string[];
  /** "Next: title", or undefined while waiting. */
  next: string | undefined;
}

// The clock redraws the view every second; only the status line changes then, so the
// Markdown rendering of title, notes and next title is kept per deck, slide and width.
const partsCache = new WeakMap<Deck, Map<string, SlideParts>>();

/** Title, notes and next title for slide `index` (-1: waiting for the presenter). */
function slideParts(deck: Deck, index: number, width: number, styles: Styles, strings: UiStrings): SlideParts {
  const key = `${index}/${width}/${styles.key}/${strings.lang}`;
  let perDeck = partsCache.get(deck);
  const hit = perDeck?.get(key);
  if (hit) return hit;
  const slide = deck.slides[index];
  let parts: SlideParts;
  if (slide === undefined) {
    parts = {
      header: `${strings.notesTitle} — ${plainInline(deck.meta.title, styles)}`,
      body: renderProse(strings.waitingForPresenter, width, styles, styles.muted),
      next: undefined,
    };
  } else {
    const following = deck.slides[index + 1];
    parts = {
      header: `${strings.notesTitle} — slide ${index + 1}/${deck.slides.length} · ${titleOf(slide, styles)}`,
      body: slide.notes.trim() === '' ? renderProse(strings.noNotes, width, styles, styles.muted) : renderNotes(slide.notes, width, styles),
      next: following === undefined ? strings.lastSlide : `${strings.nextSlide}: ${titleOf(following, styles)}`,
    };
  }
  if (!perDeck) partsCache.set(deck, (perDeck = new Map()));
  // A long talk on a window being resized: keep the cache from growing without bound.
  if (perDeck.size > 256) perDeck.clear();
  perDeck.set(key, parts);
  return parts;
}

/** A slide's title as plain text: its heading, else a placeholder. */
function titleOf(slide: Slide, styles: Styles): string {
  const title = plainInline(slide.title, styles).trim();
  return title === '' ? '—' : title;
}

/** Notes, Markdown as the parser kept them, laid out by the slides' own block renderer. */
function renderNotes(notes: string, width: number, styles: Styles): string[] {
  return renderBlocks(markdownBlocks(notes), width, styles);
}

/** `H:MM:SS` for a duration in milliseconds; negative or unknown durations show as 0:00:00. */
export function formatElapsed(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(total / 3600)}:${two(Math.floor(total / 60) % 60)}:${two(total % 60)}`;
}

/** `HH:MM` in local time. */
export function formatClock(epochMs: number): string {
  const date = new Date(epochMs);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * The bottom line, on the status bar colors: elapsed time (and step) on the left, the clock
 * on the right. Labels, then the step, then the elapsed time drop out as the width shrinks.
 */
function statusLine(update: NotesPosition | undefined, slide: Slide | undefined, width: number, styles: Styles, strings: UiStrings, now: number): string {
  const clock = formatClock(now);
  const elapsed = update === undefined ? undefined : formatElapsed(now - update.startedAt);
  const steps = slide?.steps.length ?? 1;
  const step = update !== undefined && steps > 1 ? strings.step(Math.min(update.step, steps - 1) + 1, steps) : undefined;
  const candidates: [string, string][] =
    elapsed === undefined
      ? [
          ['', `${strings.clock} ${clock}`],
          ['', clock],
        ]
      : [
          [`${strings.elapsed} ${elapsed}${step === undefined ? '' : `  ${step}`}`, `${strings.clock} ${clock}`],
          [`${strings.elapsed} ${elapsed}`, `${strings.clock} ${clock}`],
          [elapsed, clock],
          [elapsed, ''],
        ];
  for (const [left, right] of candidates) {
    const used = displayWidth(left) + displayWidth(right) + (left && right ? 1 : 0) + 2;
    if (used <= width) {
      const gap = ' '.repeat(Math.max(0, width - used) + (left && right ? 1 : 0));
      return styles.status(padEndStyled(` ${left}${gap}${right} `, width));
    }
  }
  return styles.status(fitPlain(elapsed ?? clock, width));
}
