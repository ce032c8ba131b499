import type { Deck, Slide } from '../deck/types.js';
import { parseDeck } from './parse-deck.js';
import { lessonParts } from './deck-from-text.js';
import { deckOptions } from './deck-options.js';
import { chooseSplit, splitsAt, type Outline } from './slide-split.js';

/** Below this many characters a lesson is parsed whole before its first slide shows. */
export const PREVIEW_MIN_LENGTH = 64 * 1024;

/**
 * A long lesson's first slide, parsed from the text before the place its second slide
 * starts (a slide break, or a heading when the lesson is split at headings: the same rule
 * parseDeck applies, chosen from a line reading), in a deck whose slide count is estimated
 * from those places in the whole text (the slides after
 * the first are empty stand-ins). Only for painting the first slide while the whole lesson
 * is parsed: marked lexes ~3 MB/s here, so a 500-slide lesson would keep the screen dark
 * for 60–100 ms. Undefined for a short lesson, or when no safe place to cut is found.
 *
 * The estimate counts slide breaks (or headings) outside fenced code and HTML comments and the stretches
 * between them that hold anything; it is exact for lessons made of plain slides, and the
 * presenter shows the real count as soon as the whole lesson is parsed.
 */
export function previewDeck(text: string, source: string, name: string): Deck | undefined {
  if (text.length < PREVIEW_MIN_LENGTH) return undefined;
  const { data, body, bodyLineOffset, keyLines } = lessonParts(text, name);
  const scan = scanLines(body);
  if (!scan) return undefined;
  const split = chooseSplit(scan.outline, scan.breaks.length > 0, deckOptions(data));
  if (split.by === 'none') return undefined;
  // Heading lines a line reader could misread (setext underlines) make the cuts unsure.
  if (split.by === 'headings' && (scan.setext || split.setext)) return undefined;
  const cuts = [
    ...(split.by === 'breaks' || split.breaks ? scan.breaks : []),
    ...scan.headings.filter((h) => splitsAt(split, h.depth)).map((h) => h.offset),
  ].sort((a, b) => a - b);
  const filled = stretchesFilled(cuts, scan.contentAt);
  // The first slide may come after empty stretches: cut after the first one that holds anything.
  const firstFilled = filled.indexOf(true);
  const cut = cuts[firstFilled];
  if (firstFilled < 0 || cut === undefined) return undefined;
  if (scan.htmlAt.some((at) => at < cut)) return undefined;
  const head = parseDeck({ body: body.slice(0, cut), frontMatter: data, source, name, bodyLineOffset, split, ...(keyLines ? { keyLines } : {}) });
  const first = head.slides[0];
  if (!first || head.slides.length !== 1) return undefined;
  const count = filled.filter(Boolean).length;
  const standIn: Slide = { title: '', steps: [[]], notes: '', source: { line: first.source.line } };
  return { meta: head.meta, slides: [first, ...Array.from({ length: count - 1 }, () => standIn)] };
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

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|<!--\s*end_slide\s*-->)\s*$/;
/** `<pre>`, `<script>`, `<style>`, `<textarea>`, `<?`, `<!DOCTYPE`, `<![CDATA[`: HTML blocks that run past blank lines. */
const LONG_HTML_BLOCK = /^ {0,3}(?:<(?:script|pre|style|textarea)(?:[\s>]|$)|<\?|<![A-Za-z]|<!\[CDATA\[)/i;
/** Any other HTML block: inside one, a fence line is not a fence. */
const HTML_BLOCK = /^ {0,3}<(?!!--)/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** A link reference or footnote definition: no content for the slide-level rule. */
const DEFINITION = /^ {0,3}\[[^\]]+\]:/;

/** What a line reader finds in a body (offsets are of line starts). */
interface LineScan {
  /** Top-level slide breaks. */
  breaks: number[];
  /** ATX headings (`## …`) outside code and comments. */
  headings: { offset: number; depth: number }[];
  /** Lines that hold anything but blanks and comments. */
  contentAt: number[];
  /** HTML block lines (inside one, a fence line is no fence: the preview must not cut after one). */
  htmlAt: number[];
  /** Headings and content in order, as slide-split's level rule reads them. */
  outline: Outline;
  /** A `===` or `---` line under a text line: a setext heading, which this reader does not place. */
  setext: boolean;
}

/**
 * Where the body's top-level slide breaks and headings start, and which lines hold anything
 * but blanks and comments. A break counts only unindented (an indented one may belong to a
 * list item) and after a blank line (right under a paragraph line, `---` makes it a
 * heading), outside fenced code and outside a multi-line HTML comment.
 *
 * This reads lines, not Markdown, and marked may disagree; missing a break only costs the
 * preview or an exact count, while a wrong cut would show a wrong first slide. So where the
 * text may fool it, it gives nothing at all (an HTML block that runs past blank lines
 * anywhere), or says where it could be fooled (HTML blocks, setext headings).
 */
function scanLines(body: string): LineScan | undefined {
  const scan: LineScan = { breaks: [], headings: [], contentAt: [], htmlAt: [], outline: [], setext: false };
  const outline: ('content' | { heading: number })[] = [];
  let fence: { mark: string; length: number } | undefined;
  let inComment = false;
  let previousBlank = true;
  let offset = 0;
  for (const line of body.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (fence !== undefined) {
      const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
      if (close && close[1]![0] === fence.mark && close[1]!.length >= fence.length) fence = undefined;
      previousBlank = false;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      previousBlank = false;
      continue;
    }
    if (LONG_HTML_BLOCK.test(line)) return undefined;
    if (HTML_BLOCK.test(line)) scan.htmlAt.push(start);
    if (previousBlank && BREAK.test(line)) {
      scan.breaks.push(start);
      previousBlank = true;
      continue;
    }
    if (!previousBlank && SETEXT.test(line)) scan.setext = true;
    const open = FENCE_OPEN.exec(line);
    // A backtick fence's info string has no backtick (CommonMark 4.5): else it is no fence.
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) fence = { mark: open[1]![0]!, length: open[1]!.length };
    else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) inComment = true;
    // Blank as marked has it: spaces and tabs only (a line of form feeds is a paragraph line).
    const blank = /^[ \t]*$/.test(line);
    if (!blank && !/^\s*<!--.*-->\s*$/.test(line)) {
      scan.contentAt.push(start);
      const heading = ATX_HEADING.exec(line);
      if (heading) {
        scan.headings.push({ offset: start, depth: heading[1]!.length });
        outline.push({ heading: heading[1]!.length });
      } else if (!DEFINITION.test(line)) {
        outline.push('content');
      }
    }
    previousBlank = blank;
  }
  scan.outline = outline;
  return scan;
}
