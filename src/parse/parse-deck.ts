import type { Token, Tokens } from 'marked';
import type { Block, Deck, Slide, SlideSplit, SourceWarning } from '../deck/types.js';
import type { DeckOptions } from './deck-options.js';
import { copyBlockLine, setBlockLine } from './block-lines.js';
import { mapBlockText } from './block-text.js';
import { deckMeta, introSlide } from './deck-meta.js';
import { deckOptions } from './deck-options.js';
import { commentText, parseDirective, suspectDirective } from './directives.js';
import { Footnotes } from './footnotes.js';
import { unshownElements } from './html-text.js';
import { footnoteDefinitions, hasBreaks, inlineRewriter, isBlank, outlineOf } from './lesson-outline.js';
import { lexChunks, LEX_CHUNK, type LexedChunk } from './lex-chunks.js';
import { lexWithDefinitions, type LinkDefinitions } from './lexer.js';
import { scanLines, type LineScan } from './line-scan.js';
import { hideDivFences } from './pandoc-divs.js';
import { unresolvedReferences } from './references.js';
import { chooseSplit, splitsAt } from './slide-split.js';
import { mergeArtVariants, tokenToBlocks } from './to-blocks.js';

/** What `parseDeck` needs: the Markdown body and what load/ already knows. */
export interface DeckInput {
  body: string;
  frontMatter: Record<string, unknown>;
  /** Path for relative links (`-` for stdin) and a name to fall back on for the title. */
  source: string;
  name: string;
  /** Lines before the body in the file (front matter), to report file line numbers. */
  bodyLineOffset: number;
  /** File lines of the front matter's keys (see SplitLesson), for `check`. */
  keyLines?: Record<string, number>;
  /** Cut the body by this rule instead of choosing one from it (the preview of a part of a lesson). */
  split?: SlideSplit;
}

/** A slide while it is being collected from tokens. */
interface Draft {
  title: string;
  steps: Block[][];
  notes: string[];
  line: number;
  inNotes: boolean;
  /** A blank line (or a directive) came since the last block: the next one is not attached. */
  gap: boolean;
  /** List items appear one step at a time (front matter or `<!-- incremental_lists -->`). */
  incremental: boolean;
  /**
   * Open `<!-- columns -->` region: the widths, the blocks of each column so far and the
   * column being filled; `indexed` for presenterm's layout, whose columns are all kept.
   */
  columns?: { widths: number[]; columns: Block[][]; current: number; line: number; indexed: boolean };
  /** `<!-- skip_slide -->` was seen: the slide is left out, as presenterm leaves it out. */
  skip?: boolean;
  /** `<!-- jump_to_middle -->` was seen: the slide is centered on the screen. */
  middle?: boolean;
  /** Footnotes this slide cites (their text is shown at its end). */
  cited: Set<string>;
  /** For `lectern check`: what this slide's source holds that never shows (see SourceWarning). */
  warnings: SourceWarning[];
  /** Line of the first notes directive, and of an open `<!-- notes -->` block. */
  notesLine?: number;
  openNotesLine?: number;
  /** Slide breaks swallowed by an unclosed `<!-- notes -->` block. */
  breaksInNotes: number;
  /** Line of the `---` or `<!-- end_slide -->` that started this slide; undefined for the first. */
  opener?: number;
}

const newDraft = (line: number, incremental: boolean, opener?: number): Draft => ({
  title: '',
  steps: [[]],
  notes: [],
  line,
  inNotes: false,
  gap: true,
  incremental,
  warnings: [],
  cited: new Set(),
  breaksInNotes: 0,
  ...(opener === undefined ? {} : { opener }),
});

/**
 * Builds the deck model from a lesson body: slides split at `---` (and `<!-- end_slide -->`)
 * or at headings (see slide-split.ts), the first heading of each slide as its title,
 * directives (ours and other tools') applied, empty slides dropped.
 */
export function parseDeck(input: DeckInput): Deck {
  const run = parseDeckSteps(input);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/** How far the parse of a lesson has come: the slides so far, as a deck of only them. */
export interface DeckProgress {
  /** Slides finished so far (the deck's own, in order; the last one may still grow). */
  slides: number;
  /** Characters of the body parsed, of `total`. */
  parsed: number;
  total: number;
  /** The deck of the slides finished so far (made when asked: a copy of the slide list). */
  snapshot: () => Deck;
}

/**
 * `parseDeck`, one stretch of the lesson at a time (lex-chunks.ts): yields after each, and
 * returns the same deck `parseDeck` does. What slides need from the whole lesson (link and
 * footnote definitions, the rule that splits it) is read first: from the line reading and
 * a lex of the stretches that may hold definitions; once the whole is lexed, what it holds
 * is compared, and in the rare lesson where the first reading was wrong, the slides are
 * collected again with what the lexing found. `sizes` are lex-chunks' stretch sizes.
 */
export function* parseDeckSteps(input: DeckInput, sizes: { chunk?: number; first?: number; scan?: LineScan } = {}): Generator<DeckProgress, Deck> {
  const body = hideDivFences(input.body);
  const options = deckOptions(input.frontMatter);
  const chunk = sizes.chunk ?? LEX_CHUNK;
  // `sizes.scan`: the caller's reading of this same body (the preview reads it too).
  const scan = sizes.scan ?? (body.length > (sizes.first ?? chunk) ? scanLines(body) : undefined);
  const lexed = () => lexChunks(body, scan?.cuts ?? [], chunk, sizes.first ?? chunk);
  let known: WholeLesson;
  let chunks: Iterable<LexedChunk>;
  if (!scan || scan.cuts.length === 0) {
    // One stretch: lexed once, and what the whole holds is known before slides are collected.
    const whole = [...lexed()];
    known = wholeLesson(whole, input, options);
    chunks = whole;
  } else {
    known = firstReading(body, scan, input, options);
    chunks = lexed();
  }
  for (;;) {
    const collected = yield* collectSlides(input, options, chunks, known, body.length);
    if (sameLesson(collected.found, known)) return collected.deck;
    known = collected.found;
    chunks = lexed();
  }
}

/** What slides need from the whole lesson. */
interface WholeLesson {
  links: LinkDefinitions;
  footnotes: Map<string, Token[]>;
  split: SlideSplit;
}

/** What the whole lesson holds, from all of its lexed stretches. */
function wholeLesson(chunks: readonly LexedChunk[], input: DeckInput, options: DeckOptions): WholeLesson {
  const found = new LessonFinds();
  for (const chunk of chunks) found.add(chunk);
  return found.result(input, options);
}

/** Definitions, outline and slide breaks gathered stretch by stretch (first definition of a label wins). */
class LessonFinds {
  readonly links: LinkDefinitions = {};
  readonly footnotes = new Map<string, Token[]>();
  private readonly outline: ('content' | { heading: number })[] = [];
  private breaks = false;

  add(chunk: { tokens: readonly Token[]; links: LinkDefinitions }): void {
    for (const [label, link] of Object.entries(chunk.links)) if (!Object.hasOwn(this.links, label)) this.links[label] = link;
    for (const [label, note] of footnoteDefinitions(chunk.tokens)) if (!this.footnotes.has(label)) this.footnotes.set(label, note);
    for (const item of outlineOf(chunk.tokens)) if (item !== 'content' || this.outline[this.outline.length - 1] !== 'content') this.outline.push(item);
    this.breaks ||= hasBreaks(chunk.tokens);
  }

  result(input: DeckInput, options: DeckOptions): WholeLesson {
    return { links: this.links, footnotes: this.footnotes, split: input.split ?? chooseSplit(this.outline, this.breaks, options) };
  }
}

/**
 * What the whole lesson likely holds, before it is lexed: the split rule from the line
 * reading, the definitions from a lex of each stretch between cuts that may hold one (a
 * definition needs `]:`; most lessons keep them at the end, in one stretch).
 */
function firstReading(body: string, scan: LineScan, input: DeckInput, options: DeckOptions): WholeLesson {
  const found = new LessonFinds();
  let from = 0;
  for (let at = body.indexOf(']:'); at >= 0; at = body.indexOf(']:', from)) {
    const i = lastCutAtOrBefore(scan.cuts, at);
    const start = i < 0 ? 0 : scan.cuts[i]!;
    const end = scan.cuts[i + 1] ?? body.length;
    found.add(lexWithDefinitions(body.slice(start, end)));
    from = end;
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
function sameLesson(a: WholeLesson, b: WholeLesson): boolean {
  const links = (l: LinkDefinitions) => JSON.stringify(Object.entries(l).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  const notes = (n: Map<string, Token[]>) => JSON.stringify([...n].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return JSON.stringify(a.split) === JSON.stringify(b.split) && links(a.links) === links(b.links) && notes(a.footnotes) === notes(b.footnotes);
}

/**
 * The deck of a lesson from its lexed stretches, given what the whole holds (`known`), and
 * what the stretches turned out to hold (`found`: the caller compares).
 */
function* collectSlides(
  input: DeckInput,
  options: DeckOptions,
  chunks: Iterable<LexedChunk>,
  known: WholeLesson,
  total: number,
): Generator<DeckProgress, { deck: Deck; found: WholeLesson }> {
  const slides: Slide[] = [];
  let line = input.bodyLineOffset + 1;
  const incremental = options.incremental;
  let draft = newDraft(line, incremental);
  const warnings: SourceWarning[] = [];
  const footnotes = new Footnotes(known.footnotes);
  const split = known.split;
  const inline = inlineRewriter(known.links, footnotes);
  const toBlocks = (token: Token) => tokenToBlocks(token).map((b) => mapBlockText(b, (text) => inline(text, draft.cited)));
  const finds = new LessonFinds();

  /** Ends the slide being collected; `closer` is the line of the break that ends it (none at the end). */
  const finish = (closer?: number) => {
    closeColumns(draft);
    if (draft.cited.size > 0) {
      const notes = footnotes.blocksFor(draft.cited, (content) =>
        content.flatMap((t) => tokenToBlocks(t).map((b) => mapBlockText(b, (text) => inline(text, new Set())))),
      );
      draft.steps[draft.steps.length - 1]?.push(...notes);
    }
    const steps = draft.steps.map(mergeArtVariants);
    // A trailing pause with nothing after it is not a step.
    while (steps.length > 1 && steps[steps.length - 1]?.length === 0) steps.pop();
    // A skipped slide is meant to be missing: nothing to warn about either.
    if (draft.skip) return;
    const empty = draft.title === '' && steps.every((s) => s.length === 0);
    warnings.push(...draftWarnings(draft, empty ? undefined : slides.length, closer));
    if (!empty) {
      const slide: Slide = { title: draft.title, steps, notes: draft.notes.join('\n\n').trim(), source: { line: draft.line } };
      if (draft.middle) slide.middle = true;
      slides.push(slide);
    }
  };

  const snapshot = (): Deck => {
    const shown = slides.slice();
    const intro = introSlide(options, shown);
    return { meta: deckMeta(options, input, shown, split), slides: intro ? [intro, ...shown] : shown };
  };
  let flattened: readonly number[] = [];
  let nextFlat = 0;

  /** One top-level token into the slide being collected. */
  const collect = (token: Token): void => {
    const tokenLine = line;
    line += countNewlines(token.raw);
    const firstFlat = flattened[nextFlat];
    if (firstFlat !== undefined && firstFlat + input.bodyLineOffset + 1 < Math.max(line, tokenLine + 1)) {
      // Once a slide is enough: the first place in it says where to look.
      if (!draft.warnings.some((w) => w.kind === 'deep-nesting'))
        draft.warnings.push({ kind: 'deep-nesting', line: firstFlat + input.bodyLineOffset + 1, step: draft.steps.length - 1, text: '' });
      while ((flattened[nextFlat] ?? Infinity) + input.bodyLineOffset + 1 < Math.max(line, tokenLine + 1)) nextFlat++;
    }
    if (token.type === 'hr' && draft.inNotes) draft.breaksInNotes++;
    if (token.type === 'hr' && !draft.inNotes) {
      finish(tokenLine);
      draft = newDraft(line, incremental, tokenLine);
      return;
    }
    // Splitting at headings: a heading of the slide level starts a slide, unless the slide
    // so far holds nothing (a heading right after `---`, or notes written before it).
    if (
      token.type === 'heading' &&
      !draft.inNotes &&
      splitsAt(split, (token as Tokens.Heading).depth, !/^ {0,3}#/.test(token.raw)) &&
      (draft.title !== '' || !isUntouched(draft))
    ) {
      finish();
      draft = newDraft(tokenLine, incremental);
    }
    const directive = token.type === 'html' ? parseDirective(token.raw) : null;
    const comment = token.type === 'html' && !directive ? commentText(token.raw) : undefined;
    if (directive?.name === 'end_slide') {
      finish(tokenLine);
      draft = newDraft(line, incremental, tokenLine);
      return;
    }
    if (draft.inNotes) {
      if (directive?.name === '/notes') draft.inNotes = false;
      else if (token.raw.trim() !== '') draft.notes.push(token.raw.trim());
      return;
    }
    // Marp: a comment that is not a directive is a speaker note.
    if (options.marp && comment !== undefined && comment !== '') {
      draft.notesLine ??= tokenLine;
      draft.notes.push(comment);
      draft.gap = true;
      return;
    }
    if (token.type === 'html' && !directive) noteHtml(draft, token.raw, tokenLine);
    if (directive) {
      if (directive.name === 'notes') {
        draft.notesLine ??= tokenLine;
        if (directive.text === undefined) draft.openNotesLine = tokenLine;
      }
      applyDirective(draft, directive, tokenLine);
      draft.gap = true;
      return;
    }
    // pandoc and patat: a paragraph of three spaced dots is a pause.
    if (token.type === 'paragraph' && /^\.[ \t]+\.[ \t]+\.$/.test((token as Tokens.Paragraph).text.trim())) {
      applyDirective(draft, { name: 'pause' }, tokenLine);
      draft.gap = true;
      return;
    }
    if (isBlank(token)) {
      draft.gap = true;
      return;
    }
    if (draft.title === '' && token.type === 'heading' && isUntouched(draft)) {
      draft.title = inline((token as { text: string }).text, draft.cited);
      draft.line = tokenLine;
      noteUnresolved(draft, draft.title, tokenLine);
      return;
    }
    // Each block remembers its source line, for `lectern check` to point at.
    const at = contentLine(token, tokenLine);
    const blocks = toBlocks(token);
    for (const block of blocks) {
      setBlockLine(block, at);
      mapBlockText(block, (text) => (noteUnresolved(draft, text, at), text));
    }
    // A slide without a heading starts where its first content does (not at the `---`).
    if (draft.title === '' && isUntouched(draft) && blocks.length > 0) draft.line = tokenLine;
    const first = blocks[0];
    if (first && !draft.gap) {
      blocks[0] = { ...first, attached: true };
      copyBlockLine(first, blocks[0]);
    }
    addBlocks(draft, blocks);
    if (blocks.length > 0) draft.gap = false;
  };

  for (const chunk of chunks) {
    finds.add(chunk);
    flattened = chunk.flattened;
    nextFlat = 0;
    for (const token of chunk.tokens) collect(token);
    yield { slides: slides.length, parsed: Math.min(chunk.end, total), total, snapshot };
  }
  finish();

  const meta = deckMeta(options, input, slides, split);
  if (input.keyLines?.['theme'] !== undefined && meta.theme !== undefined) meta.themeLine = input.keyLines['theme'];
  const intro = introSlide(options, slides);
  if (intro) slides.unshift(intro);
  if (options.unknownTheme !== undefined) {
    warnings.unshift({ kind: 'unknown-theme', line: themeLine(input), text: options.unknownTheme });
  }
  const deck: Deck = { meta, slides };
  if (intro) deck.warnings = warnings.map((w) => (w.slide === undefined ? w : { ...w, slide: w.slide + 1 }));
  else if (warnings.length > 0) deck.warnings = warnings;
  if (deck.warnings?.length === 0) delete deck.warnings;
  return { deck, found: finds.result(input, options) };
}

/** The line of `theme:` in the front matter (the file's first line when not known). */
function themeLine(input: DeckInput): number {
  return input.keyLines?.['theme'] ?? 1;
}

/** Records what `check` should hear about an HTML block: a misspelt directive, HTML it does not show. */
function noteHtml(draft: Draft, html: string, line: number): void {
  noteSuspect(draft, html, line);
  for (const element of unshownElements(html)) {
    draft.warnings.push({ kind: 'dropped-html', line, step: draft.steps.length - 1, text: `<${element}>` });
  }
}

/** Records `[text][label]` references with no definition (they show as written). */
function noteUnresolved(draft: Draft, text: string, line: number): void {
  for (const label of unresolvedReferences(text)) {
    draft.warnings.push({ kind: 'unresolved-reference', line, step: draft.steps.length - 1, text: label });
  }
}

/** Records a comment that looks like a misspelt or unknown directive. */
function noteSuspect(draft: Draft, html: string, line: number): void {
  const suspect = suspectDirective(html);
  if (!suspect) return;
  draft.warnings.push({
    kind: 'unknown-directive',
    line,
    step: draft.steps.length - 1,
    text: html.trim(),
    ...(suspect.suggestion === undefined ? {} : { suggestion: suspect.suggestion }),
  });
}

/**
 * The warnings of a finished slide: its own (tagged with its index when it is shown), and
 * what dropping it loses: notes with no slide, or a slide left empty between two breaks
 * (an empty first or last slide is only a leading or trailing `---`, which is harmless).
 */
function draftWarnings(draft: Draft, slide: number | undefined, closer: number | undefined): SourceWarning[] {
  // A step only means something on a slide that is shown.
  const out = draft.warnings.map(({ step, ...w }): SourceWarning => (slide === undefined || step === undefined ? w : { ...w, slide, step }));
  if (draft.inNotes && draft.breaksInNotes > 0 && draft.openNotesLine !== undefined) {
    out.push({ kind: 'unclosed-notes', line: draft.openNotesLine, ...(slide === undefined ? {} : { slide }), text: '<!-- notes -->' });
  }
  if (slide !== undefined) return out;
  if (draft.notes.length > 0) {
    out.push({ kind: 'stray-notes', line: draft.notesLine ?? draft.line, text: draft.notes.join(' ').replace(/\s+/g, ' ').trim() });
  } else if (draft.opener !== undefined && closer !== undefined) {
    out.push({ kind: 'empty-slide', line: draft.opener, text: '' });
  }
  return out;
}

/** Where a token's content starts: inside the fence for fenced code and art. */
function contentLine(token: Token, tokenLine: number): number {
  return token.type === 'code' && /^ {0,3}(`{3,}|~{3,})/.test(token.raw) ? tokenLine + 1 : tokenLine;
}

function applyDirective(draft: Draft, directive: NonNullable<ReturnType<typeof parseDirective>>, line: number): void {
  switch (directive.name) {
    case 'pause':
      closeColumns(draft);
      draft.steps.push([]);
      break;
    case 'notes':
      if (directive.text === undefined) draft.inNotes = true;
      else draft.notes.push(directive.text);
      break;
    case 'columns':
      closeColumns(draft);
      draft.columns = {
        widths: directive.widths,
        columns: directive.indexed ? directive.widths.map(() => []) : [[]],
        current: 0,
        line,
        indexed: directive.indexed === true,
      };
      break;
    case 'column': {
      const open = draft.columns;
      if (!open) break;
      if (directive.index === undefined) {
        open.columns.push([]);
        open.current = open.columns.length - 1;
      } else if (directive.index < open.columns.length) {
        open.current = directive.index;
      }
      break;
    }
    case 'skip_slide':
      draft.skip = true;
      break;
    case 'middle':
      draft.middle = true;
      break;
    case 'space':
      // Attached: the lines asked for are all the space there is, not a gap more.
      addBlocks(draft, [{ kind: 'space', lines: directive.lines, attached: true }]);
      break;
    case '/columns':
      closeColumns(draft);
      break;
    case 'incremental_lists':
      draft.incremental = directive.on;
      break;
    default:
      break;
  }
}

function addBlocks(draft: Draft, blocks: Block[]): void {
  if (draft.columns) {
    draft.columns.columns[draft.columns.current]?.push(...blocks);
    return;
  }
  for (const block of blocks) {
    if (draft.incremental && block.kind === 'list') revealItemByItem(draft, block);
    else draft.steps[draft.steps.length - 1]?.push(block);
  }
}

/**
 * Incremental lists: each item becomes its own step, as a one-item list attached to the
 * one before, so the items still read as one list (numbering continues). No empty first
 * step: when nothing precedes the list on the slide, its first item shows at once.
 */
function revealItemByItem(draft: Draft, list: Extract<Block, { kind: 'list' }>): void {
  list.items.forEach((item, i) => {
    const current = draft.steps[draft.steps.length - 1];
    if (current && current.length > 0) draft.steps.push([]);
    const part: Block = { ...list, items: [item], start: list.start + i };
    copyBlockLine(list, part);
    if (i > 0) part.attached = true;
    draft.steps[draft.steps.length - 1]?.push(part);
  });
}

/** Emits an open columns region as one block; a `<!-- column -->` before any content is not a column. */
function closeColumns(draft: Draft): void {
  const open = draft.columns;
  if (!open) return;
  draft.columns = undefined;
  const columns = open.columns.map(mergeArtVariants).filter((c, i) => open.indexed || c.length > 0 || i > 0);
  if (columns.every((c) => c.length === 0)) return;
  const widths = columns.map((_, i) => open.widths[i] ?? 1);
  const block: Block = { kind: 'columns', widths, columns };
  setBlockLine(block, open.line);
  draft.steps[draft.steps.length - 1]?.push(block);
}

function isUntouched(draft: Draft): boolean {
  return draft.steps.length === 1 && draft.steps[0]?.length === 0 && !draft.columns;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
