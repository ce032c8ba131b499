import type { Token, Tokens } from 'marked';
import type { Deck, Slide, SlideSplit, SourceWarning } from '../deck/types.js';
import type { DeckOptions } from './deck-options.js';
import { copyBlockLine, setBlockLine } from './block-lines.js';
import { mapBlockText } from './block-text.js';
import { deckMeta, introSlide } from './deck-meta.js';
import { deckOptions } from './deck-options.js';
import { commentText, parseDirective } from './directives.js';
import { Footnotes } from './footnotes.js';
import { inlineRewriter, isBlank } from './lesson-outline.js';
import { lexChunks, LEX_CHUNK, type LexedChunk } from './lex-chunks.js';
import { scanLines, type LineScan } from './line-scan.js';
import { firstReading, LessonFinds, sameLesson, wholeLesson, type WholeLesson } from './whole-lesson.js';
import { MarpRunningText } from './marp-directives.js';
import { hideDivFences } from './pandoc-divs.js';
import { countNewlines } from './line-count.js';
import { splitsAt } from './slide-split.js';
import { mergeArtVariants, tokenToBlocks } from './to-blocks.js';
import { addBlocks, applyDirective, closeColumns, draftWarnings, isUntouched, newDraft, noteHtml, noteUnresolved } from './slide-draft.js';

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

/**
 * Builds the deck model from a lesson body: slides split at `---` (and `<!-- end_slide -->`)
 * or at headings (see slide-split.ts), the first heading of each slide as its title,
 * directives (ours and other tools') applied, empty slides dropped.
 */
export function parseDeck(input: DeckInput): Deck {
  return parsedToEnd(parseDeckSteps(input));
}

/** The deck at the end of a parse by stretches (parseDeckSteps), run to its end at once. */
export function parsedToEnd(run: Generator<DeckProgress, Deck>): Deck {
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/** How far the parse of a lesson has come: the slides so far, as a deck of only them. */
export interface DeckProgress {
  /** Slides finished so far (the deck's own, in order; the last one may still grow). */
  slides: number;
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
  const options = deckOptions(input.frontMatter);
  const body = hideDivFences(input.body, options.incremental);
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
    const collected = yield* collectSlides(input, options, chunks, known);
    if (sameLesson(collected.found, known)) return collected.deck;
    known = collected.found;
    chunks = lexed();
  }
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
): Generator<DeckProgress, { deck: Deck; found: WholeLesson }> {
  const slides: Slide[] = [];
  let line = input.bodyLineOffset + 1;
  const incremental = options.incremental;
  let draft = newDraft(line, incremental);
  const warnings: SourceWarning[] = [];
  const footnotes = new Footnotes(known.footnotes);
  const split = known.split;
  const inline = inlineRewriter(known.links, footnotes);
  const running = new MarpRunningText(options.running);
  const toBlocks = (token: Token) => tokenToBlocks(token).map((b) => mapBlockText(b, (text) => inline(text, draft.cited)));
  const finds = new LessonFinds();

  /** Ends the slide being collected; `closer` is the line of the break that ends it (none at the end). */
  const finish = (closer?: number) => {
    closeColumns(draft);
    if (draft.cited.size > 0) {
      const notes = footnotes.blocksFor(draft.cited, (content) =>
        content.flatMap((t) => tokenToBlocks(t).map((b) => mapBlockText(b, (text) => inline(text, new Set())))),
      );
      const last = draft.steps[draft.steps.length - 1];
      if (last) for (const block of notes) last.push(block);
    }
    const steps = draft.steps.map(mergeArtVariants);
    // A trailing pause with nothing after it is not a step.
    while (steps.length > 1 && steps[steps.length - 1]?.length === 0) steps.pop();
    // Marp's header and footer: settled for the slide only now, as a directive anywhere in it applies to all of it.
    const { header, footer } = running.finishSlide();
    // A skipped slide is meant to be missing: nothing to warn about either.
    if (draft.skip) return;
    const empty = draft.title === '' && steps.every((s) => s.length === 0);
    for (const warning of draftWarnings(draft, empty ? undefined : slides.length, closer)) warnings.push(warning);
    if (!empty) {
      const slide: Slide = { title: draft.title, steps, notes: draft.notes.join('\n\n').trim(), source: { line: draft.line } };
      if (draft.middle) slide.middle = true;
      if (header !== undefined) slide.header = inline(header, new Set());
      if (footer !== undefined) slide.footer = inline(footer, new Set());
      slides.push(slide);
    }
  };

  const snapshot = (): Deck => {
    const shown = slides.slice();
    const intro = introSlide(options, shown, inline);
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
      if (directive.name === 'marp') running.apply(directive.settings);
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
    yield { slides: slides.length, snapshot };
  }
  finish();

  const meta = deckMeta(options, input, slides, split);
  if (input.keyLines?.['theme'] !== undefined && meta.theme !== undefined) meta.themeLine = input.keyLines['theme'];
  const intro = introSlide(options, slides, inline);
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

/** Where a token's content starts: inside the fence for fenced code and art. */
function contentLine(token: Token, tokenLine: number): number {
  return token.type === 'code' && /^ {0,3}(`{3,}|~{3,})/.test(token.raw) ? tokenLine + 1 : tokenLine;
}
