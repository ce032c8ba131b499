/**
 * Where a lesson body's top-level slide breaks are, found by reading lines (not Markdown):
 * for the preview of a long lesson's first slide, and for lexing a lesson slide by slide.
 */

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
export function slideBreaks(body: string): { cuts: number[]; filled: boolean[] } {
  const none = { cuts: [], filled: [true] };
  const cuts: number[] = [];
  const filled: boolean[] = [];
  let fence: { mark: string; length: number } | undefined;
  let inComment = false;
  let previousBlank = true;
  let holds = false;
  let anyFilled = false;
  for (let start = 0; start <= body.length; ) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const next = end + 1;
    const first = body.charCodeAt(start);
    // Most lines start with a letter: plain text, which only makes the stretch hold something.
    if (fence === undefined && !inComment && end > start && isPlainStart(first)) {
      holds = true;
      previousBlank = false;
      start = next;
      continue;
    }
    // An empty line: blank (and, in code or a comment, nothing more).
    if (end === start) {
      previousBlank = fence === undefined && !inComment;
      start = next;
      continue;
    }
    if (inComment) {
      const close = body.indexOf('-->', start);
      if (close >= 0 && close < end) inComment = false;
      previousBlank = false;
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
    if (LONG_HTML_BLOCK.test(line) || (!anyFilled && HTML_BLOCK.test(line))) return none;
    if (previousBlank && BREAK.test(line)) {
      cuts.push(start);
      filled.push(holds);
      anyFilled ||= holds;
      holds = false;
      previousBlank = true;
      start = next;
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
    start = next;
  }
  filled.push(holds);
  return { cuts, filled };
}

/** A line starting with this character is plain text: no blank, break, fence, comment or HTML. */
function isPlainStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 35 /* # */ || code === 124 /* | */ || code >= 0x80;
}
