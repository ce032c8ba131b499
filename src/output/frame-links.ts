import type { Frame } from '../render/frame.js';
import { graphemes } from '../render/text/graphemes.js';
import { displayWidth } from '../render/text/text.js';
import { styledRuns } from '../render/text/sgr/cells.js';

/** A link of a slide as an export should make it clickable. */
export interface ExportLink {
  /** What the slide shows for the destination: the URL, or a lesson path decoded. */
  shown: string;
  /** Where the exported link goes: a web URL, or `#id` of a slide on the page. */
  target: string;
}

/** Cells of one Frame row that belong to a link: columns `from` (inclusive) to `to` (exclusive). */
export interface LinkSpan {
  row: number;
  from: number;
  to: number;
  target: string;
}

interface Cell {
  row: number;
  column: number;
  width: number;
  text: string;
  underline: boolean;
}

/**
 * Where a slide's links are drawn in its Frame. A Frame holds only styled text (the one
 * model every output shares), so the cells are found again: the renderer draws a link as
 * its text underlined followed by ` (destination)`, or as the destination alone, and a
 * destination too long for a line is broken across lines with no space. Each occurrence
 * of the destination becomes a link, with the parentheses and the underlined text before
 * it. A destination drawn in pieces that are not consecutive (a wrapped table cell) stays
 * text: a wrong link is worse than none.
 */
export function findLinkSpans(frame: Frame, links: readonly ExportLink[]): LinkSpan[] {
  if (links.length === 0) return [];
  // Every row's cells from its first to its last visible character, rows one after another:
  // a destination broken at the end of a row continues at the first cell of the next.
  const cells: Cell[] = [];
  frame.lines.forEach((line, row) => {
    const rowCells: Cell[] = [];
    let column = 0;
    for (const run of styledRuns(line)) {
      for (const { segment } of graphemes(run.text)) {
        const width = displayWidth(segment);
        rowCells.push({ row, column, width, text: segment, underline: run.style.underline === true });
        column += width;
      }
    }
    let start = 0;
    let end = rowCells.length;
    while (start < end && rowCells[start]?.text.trim() === '') start++;
    while (end > start && rowCells[end - 1]?.text.trim() === '') end--;
    for (let i = start; i < end; i++) cells.push(rowCells[i]!);
  });
  const text = cells.map((c) => c.text);
  const taken = new Array<boolean>(cells.length).fill(false);
  const spans: LinkSpan[] = [];
  // Longest first, so `https://a.io/x` is not claimed by a link to `https://a.io`.
  for (const link of [...links].sort((a, b) => b.shown.length - a.shown.length)) {
    const wanted = [...graphemes(link.shown)].map((g) => g.segment);
    if (wanted.length === 0) continue;
    for (let at = 0; at + wanted.length <= cells.length; at++) {
      if (!matches(text, wanted, at) || taken.slice(at, at + wanted.length).some(Boolean)) continue;
      let from = at;
      let to = at + wanted.length;
      // A URL glued to more URL characters is another URL that starts the same way.
      if (/[\w/%#?=&.~+-]/.test(text[to] ?? ' ') && text[to] !== ')' && !/[.,;:!?]/.test(text[to] ?? '')) continue;
      if (text[from - 1] === '(' && text[to] === ')') {
        from--;
        to++;
        if (text[from - 1] === ' ' && cells[from - 2]?.underline) from--;
        while (from > 0 && cells[from - 1]?.underline && !taken[from - 1]) from--;
      }
      for (let i = from; i < to; i++) taken[i] = true;
      for (const span of rowSpans(cells.slice(from, to), link.target)) spans.push(span);
      at = to - 1;
    }
  }
  return spans.sort((a, b) => a.row - b.row || a.from - b.from);
}

function matches(text: readonly string[], wanted: readonly string[], at: number): boolean {
  for (let i = 0; i < wanted.length; i++) if (text[at + i] !== wanted[i]) return false;
  return true;
}

/** Consecutive cells of a link, one span per row they cover. */
function rowSpans(cells: readonly Cell[], target: string): LinkSpan[] {
  const spans: LinkSpan[] = [];
  for (const cell of cells) {
    const last = spans[spans.length - 1];
    if (last && last.row === cell.row && last.to === cell.column) last.to = cell.column + cell.width;
    else spans.push({ row: cell.row, from: cell.column, to: cell.column + cell.width, target });
  }
  return spans;
}

/** Web links an export may make clickable: http, https and mailto only. */
export function isWebLink(href: string): boolean {
  return /^(?:https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(href.trim());
}
