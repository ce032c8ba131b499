/**
 * The bound on how deep a lesson's containers (block quotes, list items) may nest. marked
 * lexes each level by recursion, and renderers walk the result the same way: 2,000 nested
 * `>` overflowed the stack, a list 1,000 deep took seconds and hundreds of MB. Past the
 * limit the extra levels are flattened into the deepest one kept, before marked sees the
 * text; `lectern check` reports each place. Line count and line numbers do not change.
 *
 * This is the one place the limit lives: renderers that nest (quotes, lists) may call
 * `nestingLimit` rather than keep their own, and every inline lexer uses `boundedInline`.
 */
import { Marked, Tokenizer, type MarkedExtension, type MarkedOptions } from 'marked';
import { warmEmphasisRules } from './emphasis-rules-warmup.js';
import { countNewlines } from './line-count.js';

/** Container levels kept (quotes and list items together): far deeper than any real lesson. */
export const MAX_NESTING = 16;

/** Columns of leading indentation kept: 4 columns a level (`1.  ` lists), MAX_NESTING levels. */
export const MAX_INDENT = 4 * MAX_NESTING;

/**
 * The nesting depth renderers may assume: no parsed block is deeper. A line keeps at most
 * MAX_NESTING markers, and a list level takes at least 2 columns of the MAX_INDENT kept.
 */
export function nestingLimit(): number {
  return MAX_NESTING + MAX_INDENT / 2;
}

/** A body with its nesting bounded, and the 0-based lines that were flattened. */
export interface LimitedNesting {
  text: string;
  flattened: number[];
}

/**
 * Bounds container nesting in Markdown text: on each line, the leading run of block-quote
 * markers and list markers keeps at most MAX_NESTING markers and MAX_INDENT columns; deeper
 * markers are dropped and deeper indentation is cut, the content kept. Linear in the text;
 * returns the same string when nothing is too deep.
 *
 * Every line is bounded, code fences included: which lines are code is only known once the
 * text is parsed (a fence inside an HTML block, a list item or a comment is not a fence), and
 * guessing it here let 5,000 nested `>` past the bound behind a "fence" marked never opened.
 * `restoreCode` gives code back its lines once marked has said where code is.
 */
export function limitNesting(body: string): LimitedNesting {
  const flattened: number[] = [];
  let out: string[] | undefined;
  let lineIndex = 0;
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    // Most lines start with a letter: not a container; skip them unsliced.
    if (out === undefined && !mayMatter(body.charCodeAt(start))) {
      lineIndex++;
      start = end + 1;
      continue;
    }
    const line = body.slice(start, end);
    const limited = limitLine(line);
    if (limited !== undefined) {
      out ??= body.slice(0, start).split('\n').slice(0, lineIndex);
      flattened.push(lineIndex);
      out.push(limited);
    } else out?.push(line);
    lineIndex++;
    start = end + 1;
  }
  return out === undefined ? { text: body, flattened } : { text: out.join('\n'), flattened };
}

/**
 * The bounded text with its top-level code blocks as written: each flattened line that lies
 * in a top-level code token (by the tokens' raw text, which marked consumes line by line)
 * is put back from `original`. Returns undefined when no flattened line is code.
 *
 * Safe to lex again: a flattened line had more than MAX_NESTING markers or MAX_INDENT columns
 * before its content, so neither it nor its original can close a fence or end indented code;
 * every line before it parses the same, so the code block spans the same lines.
 */
export function restoreCode(original: string, limited: LimitedNesting, tokens: readonly { type: string; raw: string }[]): LimitedNesting | undefined {
  if (limited.flattened.length === 0) return undefined;
  // Lines are counted from the tokens: if they did not cover the text exactly, restore nothing.
  if (tokens.reduce((length, token) => length + token.raw.length, 0) !== limited.text.length) return undefined;
  const code = new Set<number>();
  let line = 0;
  let next = 0;
  for (const token of tokens) {
    const breaks = countNewlines(token.raw);
    if (token.type === 'code') {
      // The token's lines: up to its last line break, and the last line when the text ends in it.
      const end = line + breaks + (token.raw.endsWith('\n') ? 0 : 1);
      while (next < limited.flattened.length && limited.flattened[next]! < line) next++;
      while (next < limited.flattened.length && limited.flattened[next]! < end) code.add(limited.flattened[next++]!);
    }
    line += breaks;
  }
  if (code.size === 0) return undefined;
  const originalLines = original.split('\n');
  const lines = limited.text.split('\n');
  for (const index of code) lines[index] = originalLines[index]!;
  return { text: lines.join('\n'), flattened: limited.flattened.filter((index) => !code.has(index)) };
}

/** Whether a line starting with this character code can open a container. */
function mayMatter(code: number): boolean {
  // space, tab, > - * + [ and digits
  return code === 32 || code === 9 || code === 62 || code === 45 || code === 42 || code === 43 || code === 91 || (code >= 48 && code <= 57);
}

/** One line with its container prefix bounded, or undefined when it is within the limits. */
function limitLine(line: string): string | undefined {
  // Fast path: too deep takes more than MAX_NESTING characters, starting with a blank or a marker.
  if (line.length <= MAX_NESTING) return undefined;
  if (!mayMatter(line.charCodeAt(0))) return undefined;
  let pos = 0;
  let col = 0;
  let markers = 0;
  let changed = false;
  let kept = '';
  let afterListMarker = false;
  for (;;) {
    // A run of blanks: cut to the columns left (a list marker keeps one space after it).
    const wsStart = pos;
    let width = 0;
    while (pos < line.length && (line[pos] === ' ' || line[pos] === '\t')) {
      width += line[pos] === '\t' ? 4 - ((col + width) % 4) : 1;
      pos++;
    }
    const room = Math.max(afterListMarker ? 1 : 0, MAX_INDENT - col);
    if (width > room) {
      kept += ' '.repeat(room);
      col += room;
      changed = true;
    } else {
      kept += line.slice(wsStart, pos);
      col += width;
    }
    afterListMarker = false;
    const marker = markerAt(line, pos);
    if (marker === 0) break;
    if (markers === MAX_NESTING) {
      // Deeper than the limit: every further marker goes, the content joins the deepest level.
      changed = true;
      pos = skipPrefix(line, pos);
      kept += kept.endsWith(' ') ? '' : ' ';
      break;
    }
    kept += line.slice(pos, pos + marker);
    afterListMarker = line[pos] !== '>';
    pos += marker;
    col += marker;
    markers++;
  }
  return changed ? kept + line.slice(pos) : undefined;
}

/**
 * Length of the container marker at `pos`: block quote or list (`>`, `-`, `*`, `+`, `12.`,
 * `3)`), or a footnote definition's label (`[^1]:`, whose text marked-footnote lexes as
 * blocks), 0 for none.
 */
function markerAt(line: string, pos: number): number {
  const c = line[pos];
  if (c === '>') return 1;
  if (c === '[' && line[pos + 1] === '^') {
    const close = line.indexOf(']:', pos + 2);
    return close > pos + 2 && !line.slice(pos + 2, close).includes(']') ? close + 2 - pos : 0;
  }
  const spaceAfter = (at: number) => at >= line.length || line[at] === ' ' || line[at] === '\t';
  if ((c === '-' || c === '*' || c === '+') && spaceAfter(pos + 1)) return 1;
  let digits = 0;
  while (digits < 10 && pos + digits < line.length && line.charCodeAt(pos + digits) >= 48 && line.charCodeAt(pos + digits) <= 57) digits++;
  if (digits === 0 || digits > 9) return 0;
  const close = line[pos + digits];
  return (close === '.' || close === ')') && spaceAfter(pos + digits + 1) ? digits + 1 : 0;
}

/** The position after every marker and blank at `pos`. */
function skipPrefix(line: string, pos: number): number {
  for (;;) {
    while (pos < line.length && (line[pos] === ' ' || line[pos] === '\t')) pos++;
    const marker = markerAt(line, pos);
    if (marker === 0) return pos;
    pos += marker;
  }
}

/** Inline levels kept (emphasis, strikethrough and link text inside one another). */
export const MAX_INLINE_NESTING = MAX_NESTING;

// How deep the inline tokenizers below are in one another right now. Lexing is synchronous,
// so one counter serves every lexer; each call puts back what it took.
let inlineDepth = 0;

type Recursing = 'emStrong' | 'del' | 'link' | 'reflink';

// A run of emphasis or strikethrough delimiters at the start of the text.
const DELIMITER_RUN = /^(?:\*+|_+|~+)/;

/**
 * marked's tokenizer `name`, past MAX_INLINE_NESTING giving its delimiters back as text. A
 * whole run goes as one token: one token a character let marked's GFM autolink rules rescan
 * the rest of the run at each, quadratic in its length.
 */
function bounded<K extends Recursing>(name: K): Tokenizer[K] {
  const base = Tokenizer.prototype[name] as (...args: unknown[]) => unknown;
  return function (this: Tokenizer, ...args: unknown[]) {
    warmEmphasisRules();
    if (inlineDepth >= MAX_INLINE_NESTING) {
      const run = name === 'emStrong' || name === 'del' ? DELIMITER_RUN.exec(args[0] as string)?.[0] : undefined;
      return run === undefined ? undefined : { type: 'text', raw: run, text: run };
    }
    inlineDepth++;
    try {
      return base.apply(this, args);
    } finally {
      inlineDepth--;
    }
  } as Tokenizer[K];
}

/**
 * A marked extension that bounds inline nesting. marked lexes the inside of emphasis,
 * strikethrough and link text by recursion as it finds them: 2,000 `*` on each side of a word
 * (or `**a ` 5,000 times) overflowed the stack. Past MAX_INLINE_NESTING the delimiters stay
 * text, as they would in any viewer that gave up; no line-based bound can see these, for
 * emphasis spans the lines of a paragraph.
 */
export const boundedInline: MarkedExtension = {
  tokenizer: { emStrong: bounded('emStrong'), del: bounded('del'), link: bounded('link'), reflink: bounded('reflink') },
};

/**
 * The options of an inline lexer with that bound (`Lexer.lexInline(text, boundedInlineOptions)`):
 * one set for every inline lexer in parse/ (links, images, references). prose.ts makes its own
 * Marked, for it adds marked-terminal's renderer.
 */
export const boundedInlineOptions: MarkedOptions = new Marked({ gfm: true }, boundedInline).defaults;
