import type { Token } from 'marked';
import type { SlideSplit } from '../deck/types.js';
import type { DeckOptions } from './deck-options.js';
import { footnoteDefinitions, hasBreaks, outlineOf } from './lesson-outline.js';
import type { LexedChunk } from './lex-chunks.js';
import { lexWithDefinitions, type LinkDefinitions } from './lexer.js';
import type { LineScan } from './line-scan.js';
import { chooseSplit } from './slide-split.js';

// What every slide needs from the whole lesson, for parsing it a stretch at a time
// (parse-deck.ts): read before the slides are collected, and checked after.

/** The part of parseDeck's input the split rule reads: a rule given by the caller. */
export interface SplitInput {
  split?: SlideSplit;
}

/** What slides need from the whole lesson: definitions anywhere in it, and the rule that splits it. */
export interface WholeLesson {
  links: LinkDefinitions;
  footnotes: Map<string, Token[]>;
  split: SlideSplit;
}

/** What the whole lesson holds, from all of its lexed stretches. */
export function wholeLesson(chunks: readonly LexedChunk[], input: SplitInput, options: DeckOptions): WholeLesson {
  const found = new LessonFinds();
  for (const chunk of chunks) found.add(chunk);
  return found.result(input, options);
}

/** Definitions, outline and slide breaks gathered stretch by stretch (first definition of a label wins). */
export class LessonFinds {
  readonly links: LinkDefinitions = {};
  readonly footnotes = new Map<string, Token[]>();
  private readonly outline: ('content' | { heading: number })[] = [];
  private breaks = false;

  /** Adds what one lexed stretch holds (stretches in the lesson's order). */
  add(chunk: { tokens: readonly Token[]; links: LinkDefinitions }): void {
    for (const [label, link] of Object.entries(chunk.links)) if (!Object.hasOwn(this.links, label)) this.links[label] = link;
    for (const [label, note] of footnoteDefinitions(chunk.tokens)) if (!this.footnotes.has(label)) this.footnotes.set(label, note);
    for (const item of outlineOf(chunk.tokens)) if (item !== 'content' || this.outline[this.outline.length - 1] !== 'content') this.outline.push(item);
    this.breaks ||= hasBreaks(chunk.tokens);
  }

  /** What was found, as the whole lesson's (the split given by `input.split`, else chosen). */
  result(input: SplitInput, options: DeckOptions): WholeLesson {
    return { links: this.links, footnotes: this.footnotes, split: input.split ?? chooseSplit(this.outline, this.breaks, options) };
  }
}

/**
 * What the whole lesson likely holds, before it is lexed: the split rule from the line
 * reading, the definitions from a lex of each stretch between cuts where the line reading
 * saw one start (most lessons keep them at the end, in one stretch). Searching the text for
 * `]:` instead found one on every slide of a lesson with `xs[1:]` in its code, and lexed
 * it all twice. A definition the reading misses (inside a quote or list) is found by the
 * lexing, and the slides are then collected again (sameLesson).
 */
export function firstReading(body: string, scan: LineScan, input: SplitInput, options: DeckOptions): WholeLesson {
  const found = new LessonFinds();
  let end = -1;
  for (const at of scan.definitions) {
    if (at < end) continue;
    const i = lastCutAtOrBefore(scan.cuts, at);
    const start = i < 0 ? 0 : scan.cuts[i]!;
    end = scan.cuts[i + 1] ?? body.length;
    found.add(lexWithDefinitions(body.slice(start, end)));
  }
  const split = input.split ?? chooseSplit(scan.outline, scan.breaks.length > 0, options);
  return { links: found.links, footnotes: found.footnotes, split };
}

/** Index of the last cut at or before `offset`, -1 when none. */
function lastCutAtOrBefore(cuts: readonly number[], offset: number): number {
  let low = 0;
  let high = cuts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (cuts[mid]! <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Whether two readings of a lesson give every slide the same definitions and split. */
export function sameLesson(a: WholeLesson, b: WholeLesson): boolean {
  const links = (l: LinkDefinitions) => JSON.stringify(Object.entries(l).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  const notes = (n: Map<string, Token[]>) => JSON.stringify([...n].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return JSON.stringify(a.split) === JSON.stringify(b.split) && links(a.links) === links(b.links) && notes(a.footnotes) === notes(b.footnotes);
}
