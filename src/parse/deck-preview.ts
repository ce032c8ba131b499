import type { Deck, Slide } from '../deck/types.js';
import { parseDeck } from './parse-deck.js';
import { lessonParts } from './deck-from-text.js';

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
  const { data, body, bodyLineOffset } = lessonParts(text, name);
  const { cuts, filled } = slideBreaks(body);
  // The first slide may come after empty stretches: cut after the first one that holds anything.
  const firstFilled = filled.indexOf(true);
  const cut = cuts[firstFilled];
  if (firstFilled < 0 || cut === undefined) return undefined;
  const head = parseDeck({ body: body.slice(0, cut), frontMatter: data, source, name, bodyLineOffset });
  const first = head.slides[0];
  if (!first || head.slides.length !== 1) return undefined;
  const count = filled.filter(Boolean).length;
  const standIn: Slide = { title: '', steps: [[]], notes: '', source: { line: first.source.line } };
  return { meta: head.meta, slides: [first, ...Array.from({ length: count - 1 }, () => standIn)] };
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|<!--\s*end_slide\s*-->)\s*$/;
/** `<pre>`, `<script>`, `<style>`, `<textarea>`, `<?`, `<!DOCTYPE`, `<![CDATA[`: HTML blocks that run past blank lines. */
const LONG_HTML_BLOCK = /^ {0,3}(?:<(?:script|pre|style|textarea)(?:[\s>]|$)|<\?|<![A-Za-z]|<!\[CDATA\[)/i;
/** Any other HTML block: inside one, a fence line is not a fence. */
const HTML_BLOCK = /^ {0,3}<(?!!--)/;

/**
 * Where the body's top-level slide breaks start (character offsets), and for each stretch
 * before a break (and the last one after them) whether it holds anything but blanks and
 * comments. A break counts only unindented (an indented one may belong to a list item) and
 * after a blank line (right under a paragraph line, `---` makes it a heading), outside
 * fenced code and outside a multi-line HTML comment.
 *
 * This reads lines, not Markdown, and marked may disagree; missing a break only costs the
 * preview or an exact count, while a wrong cut would show a wrong first slide. So where the
 * text may fool it, it gives no break at all: an HTML block that runs past blank lines
 * anywhere, or any HTML block in the first slide (a fence line inside one is no fence).
 */
function slideBreaks(body: string): { cuts: number[]; filled: boolean[] } {
  const none = { cuts: [], filled: [true] };
  const cuts: number[] = [];
  const filled: boolean[] = [];
  let fence: { mark: string; length: number } | undefined;
  let inComment = false;
  let previousBlank = true;
  let holds = false;
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
    if (LONG_HTML_BLOCK.test(line) || (!filled.includes(true) && HTML_BLOCK.test(line))) return none;
    if (previousBlank && BREAK.test(line)) {
      cuts.push(start);
      filled.push(holds);
      holds = false;
      previousBlank = true;
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    // A backtick fence's info string has no backtick (CommonMark 4.5): else it is no fence.
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) fence = { mark: open[1]![0]!, length: open[1]!.length };
    else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) inComment = true;
    // Blank as marked has it: spaces and tabs only (a line of form feeds is a paragraph line).
    const blank = /^[ \t]*$/.test(line);
    if (!blank && !/^\s*<!--.*-->\s*$/.test(line)) holds = true;
    previousBlank = blank;
  }
  filled.push(holds);
  return { cuts, filled };
}
