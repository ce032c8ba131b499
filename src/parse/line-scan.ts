import type { Outline } from './slide-split.js';

/**
 * A reading of a lesson body by lines, not Markdown: where its slide breaks and headings
 * are, which lines hold anything, and where lexing may start afresh. The preview of a long
 * lesson's first slide and the slide-by-slide lexing (lex-chunks.ts) start from it; neither
 * trusts it blindly (the preview refuses what it may misread, the lexing checks each cut).
 */
export interface LineScan {
  /** Top-level slide breaks (offsets of line starts). */
  breaks: number[];
  /** ATX headings (`## …`) outside code and comments. */
  headings: { offset: number; depth: number }[];
  /**
   * Lines that hold anything but blanks and comments: each heading, and the first such line
   * after the start, each break and each heading (enough to tell which stretches between
   * them hold anything).
   */
  contentAt: number[];
  /**
   * Lines that start a link reference or footnote definition (`[x]: …`, `[^1]: …`) outside
   * code and comments: where the first reading of the whole lesson lexes (whole-lesson.ts).
   */
  definitions: number[];
  /** Headings and content in order, as slide-split's level rule reads them. */
  outline: Outline;
  /** A `===` or `---` line under a text line: a setext heading, which this reader does not place. */
  setext: boolean;
  /**
   * Where a new top-level block surely starts if the reading is right: an unindented break
   * or ATX heading after a blank line. Lexing may be cut there (lex-chunks.ts checks it).
   */
  cuts: number[];
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|<!--\s*end_slide\s*-->)\s*$/;
/** `<pre>`, `<script>`, `<style>`, `<textarea>`, `<?`, `<!DOCTYPE`, `<![CDATA[`: HTML blocks that run past blank lines. */
const LONG_HTML_BLOCK = /^ {0,3}(?:<(?:script|pre|style|textarea)(?:[\s>]|$)|<\?|<![A-Za-z]|<!\[CDATA\[)/i;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** A link reference or footnote definition: no content for the slide-level rule. */
const DEFINITION = /^ {0,3}\[[^\]]+\]:/;

/**
 * Reads a body line by line: a break counts only unindented (an indented one may belong to
 * a list item) and after a blank line (right under a paragraph line, `---` makes it a
 * heading), outside fenced code and outside a multi-line HTML comment. Undefined when an
 * HTML block may run past blank lines anywhere (`<pre>`…): then nothing here can be trusted.
 *
 * Linear, and it slices no line of plain text (most of a lesson): an 8 MB lesson is read
 * before its first slide shows.
 */
export function scanLines(body: string): LineScan | undefined {
  const scan: LineScan = { breaks: [], headings: [], contentAt: [], definitions: [], outline: [], setext: false, cuts: [] };
  const outline: ('content' | { heading: number })[] = [];
  let fresh = true;
  const content = (at: number) => {
    if (fresh) scan.contentAt.push(at);
    fresh = false;
    if (outline[outline.length - 1] !== 'content') outline.push('content');
  };
  let fence: { mark: string; length: number } | undefined;
  let inComment = false;
  let previousBlank = true;
  for (let start = 0; start <= body.length;) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const next = end + 1;
    // Plain text (a letter first, or a list item's or quote's): only content. Consecutive content reads as one item.
    if (fence === undefined && !inComment && isPlainLine(body, start, end)) {
      content(start);
      previousBlank = false;
      start = next;
      continue;
    }
    const first = body.charCodeAt(start);
    // Inside code, only a line of backticks or tildes (after up to 3 spaces) can close it.
    if (fence !== undefined && first !== 96 && first !== 126 && first !== 32) {
      previousBlank = false;
      start = next;
      continue;
    }
    // An empty line: blank, as marked has it.
    if (fence === undefined && !inComment && end === start) {
      previousBlank = true;
      start = next;
      continue;
    }
    const line = body.slice(start, end);
    if (fence !== undefined) {
      const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
      if (close && close[1]![0] === fence.mark && close[1]!.length >= fence.length) fence = undefined;
      previousBlank = false;
      start = next;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      previousBlank = false;
      start = next;
      continue;
    }
    // A `#` first: a heading or text, nothing else (no HTML, break, setext line, fence or comment).
    if (first === 35) {
      const heading = ATX_HEADING.exec(line);
      if (heading) {
        scan.contentAt.push(start);
        fresh = true;
        scan.headings.push({ offset: start, depth: heading[1]!.length });
        if (previousBlank) scan.cuts.push(start);
        outline.push({ heading: heading[1]!.length });
      } else content(start);
      previousBlank = false;
      start = next;
      continue;
    }
    if (LONG_HTML_BLOCK.test(line)) return undefined;
    if (previousBlank && BREAK.test(line)) {
      scan.breaks.push(start);
      fresh = true;
      if (line.charCodeAt(0) !== 32) scan.cuts.push(start);
      start = next;
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
      const heading = ATX_HEADING.exec(line);
      if (heading) {
        scan.contentAt.push(start);
        fresh = true;
        scan.headings.push({ offset: start, depth: heading[1]!.length });
        // Indented (a `#` first took the branch above): no cut, it may belong to a list item.
        outline.push({ heading: heading[1]!.length });
      } else if (!DEFINITION.test(line)) {
        content(start);
      } else {
        scan.definitions.push(start);
        if (fresh) {
          scan.contentAt.push(start);
          fresh = false;
        }
      }
    }
    previousBlank = blank;
    start = next;
  }
  scan.outline = outline;
  return scan;
}

/**
 * Whether the line from `start` to `end` is plain text: after spaces, a letter, a digit or
 * a table's `|`, or a list or quote marker, spaces and a letter. Such a line is no blank,
 * break, fence, heading, comment, HTML or definition: content only.
 */
function isPlainLine(body: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && body.charCodeAt(i) === 32) i++;
  if (i === end) return false;
  const code = body.charCodeAt(i);
  if (isWordStart(code) || code === 124 /* | */) return true;
  // - * + >
  if (code !== 45 && code !== 42 && code !== 43 && code !== 62) return false;
  if (body.charCodeAt(++i) !== 32) return false;
  while (i < end && body.charCodeAt(i) === 32) i++;
  return i < end && isWordStart(body.charCodeAt(i));
}

/** A letter, a digit, or anything past ASCII. */
function isWordStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code >= 0x80;
}
