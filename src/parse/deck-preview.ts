import type { Deck, Slide } from '../deck/types.js';
import { parseDeck } from './parse-deck.js';
import { slideBreaks } from './slide-breaks.js';
import { sanitizeText } from './clean-text.js';
import { splitFrontMatter } from './front-matter.js';

/** Below this many characters a lesson is parsed whole before its first slide shows. */
export const PREVIEW_MIN_LENGTH = 64 * 1024;

/**
 * A long lesson's first slide, parsed from the text before its second slide break, in a
 * deck whose slide count is estimated from the breaks in the whole text (the slides after
 * the first are empty stand-ins). Only for painting the first slide while the whole lesson
 * is parsed: marked lexes ~3 MB/s here, so a 500-slide lesson would keep the screen dark
 * for 60–100 ms. Undefined for a short lesson, or when no safe place to cut is found.
 *
 * The estimate counts slide breaks outside fenced code and HTML comments and the stretches
 * between them that hold anything; it is exact for lessons made of plain slides, and the
 * presenter shows the real count as soon as the whole lesson is parsed.
 */
export function previewDeck(text: string, source: string, name: string): Deck | undefined {
  if (text.length < PREVIEW_MIN_LENGTH) return undefined;
  // Cleaned whole (one linear pass), but split into front matter and body only near the top:
  // splitting an 8 MB lesson into lines took longer than the rest of the preview.
  const clean = sanitizeText(text.replace(/^\uFEFF/, ''));
  const headEnd = clean.lastIndexOf('\n', FRONT_MATTER_SEARCH);
  const head = headEnd > 0 ? clean.slice(0, headEnd + 1) : clean;
  const { data, bodyLineOffset } = splitFrontMatter(head, name);
  // Front matter that does not close near the top: leave it to the whole parse.
  if (bodyLineOffset === 0 && /^---[ \t]*\n/.test(head)) return undefined;
  const body = clean.slice(offsetOfLine(clean, bodyLineOffset));
  const { cuts, filled } = slideBreaks(body);
  // The first slide may come after empty stretches: cut after the first one that holds anything.
  const firstFilled = filled.indexOf(true);
  const cut = cuts[firstFilled];
  if (firstFilled < 0 || cut === undefined) return undefined;
  const headDeck = parseDeck({ body: body.slice(0, cut), frontMatter: data, source, name, bodyLineOffset });
  const first = headDeck.slides[0];
  if (!first || headDeck.slides.length !== 1) return undefined;
  const count = filled.filter(Boolean).length;
  const standIn: Slide = { title: '', steps: [[]], notes: '', source: { line: first.source.line } };
  return { meta: headDeck.meta, slides: [first, ...Array.from({ length: count - 1 }, () => standIn)] };
}

/** How far into a lesson its front matter may end for the preview to find it. */
const FRONT_MATTER_SEARCH = 64 * 1024;

/** Character offset where 0-based line `line` starts. */
function offsetOfLine(text: string, line: number): number {
  let at = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}
