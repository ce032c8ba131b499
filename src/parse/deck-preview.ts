import type { Deck, Slide } from '../deck/types.js';
import { parseDeckSteps, type DeckProgress } from './parse-deck.js';
import { lessonParts } from './deck-from-text.js';
import { deckOptions } from './deck-options.js';
import { scanLines } from './line-scan.js';
import { hideDivFences } from './pandoc-divs.js';
import { chooseSplit, splitsAt } from './slide-split.js';

/** Below this many characters a lesson is parsed whole before its first slide shows. */
export const PREVIEW_MIN_LENGTH = 64 * 1024;

/**
 * The stretches lexed for the preview and after it (and for a saved lesson parsed again):
 * small, so the first slide shows early and a key waits for at most one stretch while the
 * rest of the lesson parses.
 */
export const STRETCH = 16 * 1024;

/** A long lesson whose first slides are parsed, and the parse of the rest, still to run. */
export interface LongLessonStart {
  /** The slides parsed so far, then empty stand-ins up to the estimated count. */
  preview: Deck;
  /** The estimated slide count (the preview's length). */
  estimate: number;
  /** The rest of the parse (parseDeckSteps): drive it to the end for the whole deck. */
  rest: Generator<DeckProgress, Deck>;
}

/**
 * A long lesson's first slides, parsed from its first stretches (parseDeckSteps, the same
 * parse as the whole), in a deck whose slide count is estimated from a line reading of the
 * whole text (the slides not parsed yet are empty stand-ins), and the parse of the rest. For
 * painting the first slide and taking keys while the rest of the lesson is parsed: lexing
 * an 8 MB lesson whole would keep the screen dark for seconds (scripts/bench-big.mjs). Undefined
 * for a short lesson, or when the line reading cannot be trusted to estimate the count.
 *
 * The estimate counts slide breaks (or headings) outside fenced code and HTML comments and
 * the stretches between them that hold anything; it is exact for lessons made of plain
 * slides, and the presenter shows the real count as soon as the whole lesson is parsed.
 */
export function startLongLesson(text: string, source: string, name: string): LongLessonStart | undefined {
  if (text.length < PREVIEW_MIN_LENGTH) return undefined;
  const { data, body: written, bodyLineOffset, keyLines } = lessonParts(text, name);
  const options = deckOptions(data);
  // The body parseDeckSteps reads, div fences hidden as it hides them (with the deck's own
  // incremental setting, which a closing `::: nonincremental` goes back to); hiding them again
  // there finds none.
  const body = hideDivFences(written, options.incremental);
  const scan = scanLines(body);
  if (!scan) return undefined;
  const split = chooseSplit(scan.outline, scan.breaks.length > 0, options);
  if (split.by === 'none') return undefined;
  // Heading lines a line reader could misread (setext underlines) make the cuts unsure.
  if (split.by === 'headings' && (scan.setext || split.setext)) return undefined;
  const cuts = [
    ...(split.by === 'breaks' || split.breaks ? scan.breaks : []),
    ...scan.headings.filter((h) => splitsAt(split, h.depth)).map((h) => h.offset),
  ].sort((a, b) => a - b);
  const filled = stretchesFilled(cuts, scan.contentAt);
  if (!filled.includes(true)) return undefined;
  const input = { body, frontMatter: data, source, name, bodyLineOffset, ...(keyLines ? { keyLines } : {}) };
  const rest = parseDeckSteps(input, { chunk: STRETCH, first: STRETCH, scan });
  // Lexed stretch by stretch until the first slide is finished (the next one has begun).
  let progress: DeckProgress | undefined;
  for (;;) {
    const step = rest.next();
    if (step.done) return { preview: step.value, estimate: step.value.slides.length, rest: finished(step.value) };
    progress = step.value;
    if (progress.slides > 0) break;
  }
  const head = progress.snapshot();
  // The snapshot puts the intro slide (front matter's title, author…) before the slides parsed.
  const intro = head.slides.length - progress.slides;
  const estimate = Math.max(head.slides.length, filled.filter(Boolean).length + intro);
  return { preview: withStandIns({ meta: head.meta, slides: head.slides }, estimate), estimate, rest };
}

/** A parse that has nothing left to do. */
function* finished(deck: Deck): Generator<DeckProgress, Deck> {
  return deck;
}

/** For each stretch between cuts (and after the last), whether a line holding anything starts in it. */
function stretchesFilled(cuts: readonly number[], contentAt: readonly number[]): boolean[] {
  const filled = new Array<boolean>(cuts.length + 1).fill(false);
  let stretch = 0;
  for (const offset of contentAt) {
    while (stretch < cuts.length && offset >= (cuts[stretch] ?? Infinity)) stretch++;
    filled[stretch] = true;
  }
  return filled;
}

/**
 * `deck` (the slides parsed so far) with empty stand-in slides after them up to `count`, so
 * the presenter shows the estimated slide count while the rest of the lesson parses.
 */
export function withStandIns(deck: Deck, count: number): Deck {
  const last = deck.slides[deck.slides.length - 1];
  if (!last || deck.slides.length >= count) return deck;
  const standIn: Slide = { title: '', steps: [[]], notes: '', source: { line: last.source.line } };
  return { ...deck, slides: [...deck.slides, ...Array.from({ length: count - deck.slides.length }, () => standIn)] };
}
