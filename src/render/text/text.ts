import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { balanceSgrLines } from './sgr/lines.js';
import { ESC, SGR_RESET } from './sgr/tokens.js';
import { quickWidth } from './quick-width.js';

/**
 * Display width in terminal columns, ignoring SGR codes. Text reaching here went through
 * sanitizeText, which removes the emoji joiners terminals disagree on; what is left measures
 * the same here, in tmux and in xterm.js.
 */
export function displayWidth(text: string): number {
  // Most of a lesson is printable ASCII or other one-grapheme characters: no segmentation.
  return quickWidth(text) ?? stringWidth(text);
}

/** The display width of the widest of `lines` (0 for none): a loop, for a list may be long. */
export function widestLine(lines: readonly string[]): number {
  let most = 0;
  for (const line of lines) most = Math.max(most, displayWidth(line));
  return most;
}

/**
 * Wraps styled text at word boundaries to lines of at most `width` columns. A word longer
 * than a whole line starts on a line of its own and is broken there (wrap-ansi's `hard`
 * mode would start it at the end of the line before, splitting `Matplotlib` as `Mat|plotlib`
 * where `with` / `Matplotl` / `ib` reads better).
 */
export function wrapStyled(text: string, width: number): string[] {
  if (width < 1) return [''];
  return balanceSgrLines(
    unguardText(wrapAnsi(guardLiteralCodes(longWordsOnNewLines(shortSpaceRuns(text, width), width)), width, { hard: true, trim: true })).split('\n'),
  );
}

/**
 * Runs of blanks cut to `width`. wrap-ansi grows a row by one blank per blank and measures the
 * row each time, quadratic in the run; a run of `width` or more blanks wraps and is trimmed
 * away either way, so the lines are the same.
 */
function shortSpaceRuns(text: string, width: number): string {
  return text.length > width && text.includes(' '.repeat(width + 1)) ? text.replace(new RegExp(` {${width + 1},}`, 'g'), ' '.repeat(width)) : text;
}

/** Puts a line break before each word wider than `width` that does not start a line. */
function longWordsOnNewLines(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  return text
    .split('\n')
    .map((line) => {
      const words = line.split(' ');
      return words.map((word, i) => (i > 0 && words[i - 1] !== '' && displayWidth(word) > width ? `\n${word}` : i > 0 ? ` ${word}` : word)).join('');
    })
    .join('\n');
}

/** Breaks styled text every `width` columns, keeping all whitespace (for code). */
export function breakStyled(text: string, width: number): string[] {
  if (width < 1) return [''];
  return balanceSgrLines(unguardText(wrapAnsi(guardLiteralCodes(text), width, { hard: true, trim: false, wordWrap: false })).split('\n'));
}

// wrap-ansi 9 looks for the code to reopen after a line break with an unanchored regex: past
// an escape such as `ESC[38;2;…m` it finds the next `[8m` anywhere, literal text included, and
// reopens it as hidden text (or blink: `[5m`) on the next line. A word joiner (zero width,
// removed from lesson text at load, so any found after wrapping is ours) keeps literal text
// from matching.
const WORD_JOINER = '\u2060';
const LITERAL_CODE = /(?<!\u001B)\[(?=\d+m)/g;

function guardLiteralCodes(text: string): string {
  return text.includes('[') ? text.replace(LITERAL_CODE, `[${WORD_JOINER}`) : text;
}

function unguardText(text: string): string {
  return text.includes(WORD_JOINER) ? text.replaceAll(WORD_JOINER, '') : text;
}

/** Cuts styled text to at most `width` columns, marking the cut with `…`. */
export function truncateStyled(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  if (width === 1) return '…';
  // slice-ansi keeps a wide character that straddles the edge; cut one column earlier
  // until it fits (slicing the cut itself would return the same string and never end).
  let end = width - 1;
  let cut = sliceAnsi(text, 0, end);
  while (end > 0 && displayWidth(cut) > width - 1) cut = sliceAnsi(text, 0, --end);
  // Close any style the cut left open, so the ellipsis (and the next line) start clean.
  return cut.includes(ESC) ? `${cut}${SGR_RESET}…` : `${cut}…`;
}

/** Pads styled text with spaces to exactly `width` columns (it must not be wider). */
export function padEndStyled(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + ' '.repeat(gap) : text;
}

/** Centers styled text within `width` columns by left padding. */
export function centerStyled(text: string, width: number): string {
  const gap = Math.floor((width - displayWidth(text)) / 2);
  return gap > 0 ? ' '.repeat(gap) + text : text;
}

/**
 * Replaces tabs with spaces up to the next multiple of `size` columns, counting columns from
 * the start of each line (a block of code is expanded line by line). Linear in the text: a
 * lesson may hold thousands of tabs on one line.
 */
export function expandTabs(text: string, size = 4): string {
  if (!text.includes('\t')) return text;
  return text
    .split('\n')
    .map((line) => {
      const [first = '', ...rest] = line.split('\t');
      let out = first;
      let column = displayWidth(first);
      for (const part of rest) {
        const pad = size - (column % size);
        out += ' '.repeat(pad) + part;
        column += pad + displayWidth(part);
      }
      return out;
    })
    .join('\n');
}
