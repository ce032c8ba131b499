import { sanitizeText } from './clean-text.js';
import { limitNesting } from './nesting-limit.js';
import type { Token } from 'marked';
import type { Block, Deck, DeckMeta, Slide, SourceWarning } from '../deck/types.js';
import { copyBlockLine, setBlockLine } from './block-lines.js';
import { parseDirective, suspectDirective } from './directives.js';
import { lex } from './lexer.js';
import { slideBreaks } from './slide-breaks.js';
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
  /** Open `<!-- columns -->` region: the widths and the blocks of each column so far. */
  columns?: { widths: number[]; columns: Block[][]; line: number };
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
  breaksInNotes: 0,
  ...(opener === undefined ? {} : { opener }),
});

/**
 * Builds the deck model from a lesson body: slides split at `---` (and `<!-- end_slide -->`),
 * the first heading of each slide as its title, directives applied, empty slides dropped.
 */
export function parseDeck(input: DeckInput): Deck {
  const slides: Slide[] = [];
  let line = input.bodyLineOffset + 1;
  const incremental = input.frontMatter['incremental_lists'] === true;
  let draft = newDraft(line, incremental);
  const warnings: SourceWarning[] = [];

  /** Ends the slide being collected; `closer` is the line of the break that ends it (none at the end). */
  const finish = (closer?: number) => {
    closeColumns(draft);
    const steps = draft.steps.map(mergeArtVariants);
    // A trailing pause with nothing after it is not a step.
    while (steps.length > 1 && steps[steps.length - 1]?.length === 0) steps.pop();
    const empty = draft.title === '' && steps.every((s) => s.length === 0);
    warnings.push(...draftWarnings(draft, empty ? undefined : slides.length, closer));
    if (!empty) slides.push({ title: draft.title, steps, notes: draft.notes.join('\n\n').trim(), source: { line: draft.line } });
  };

  // Nesting past the limit is flattened before lexing; check is told each token it touched.
  const { text: body, flattened } = limitNesting(input.body);
  let nextFlat = 0;
  for (const token of lexBySlide(body)) {
    const tokenLine = line;
    line += countNewlines(token.raw);
    const firstFlat = flattened[nextFlat];
    if (firstFlat !== undefined && firstFlat + input.bodyLineOffset + 1 < Math.max(line, tokenLine + 1)) {
      // Once a slide is enough: the first place in it says where to look.
      if (!draft.warnings.some((w) => w.kind === 'deep-nesting')) draft.warnings.push({ kind: 'deep-nesting', line: firstFlat + input.bodyLineOffset + 1, step: draft.steps.length - 1, text: '' });
      while ((flattened[nextFlat] ?? Infinity) + input.bodyLineOffset + 1 < Math.max(line, tokenLine + 1)) nextFlat++;
    }
    if (token.type === 'hr' && draft.inNotes) draft.breaksInNotes++;
    if (token.type === 'hr' && !draft.inNotes) {
      finish(tokenLine);
      draft = newDraft(line, incremental, tokenLine);
      continue;
    }
    const directive = token.type === 'html' ? parseDirective(token.raw) : null;
    if (token.type === 'html' && !directive) noteSuspect(draft, token.raw, tokenLine);
    if (directive?.name === 'end_slide') {
      finish(tokenLine);
      draft = newDraft(line, incremental, tokenLine);
      continue;
    }
    if (draft.inNotes) {
      if (directive?.name === '/notes') draft.inNotes = false;
      else if (token.raw.trim() !== '') draft.notes.push(token.raw.trim());
      continue;
    }
    if (directive) {
      if (directive.name === 'notes') {
        draft.notesLine ??= tokenLine;
        if (directive.text === undefined) draft.openNotesLine = tokenLine;
      }
      applyDirective(draft, directive, tokenLine);
      draft.gap = true;
      continue;
    }
    if (isBlank(token)) {
      draft.gap = true;
      continue;
    }
    if (draft.title === '' && token.type === 'heading' && isUntouched(draft)) {
      draft.title = (token as { text: string }).text;
      draft.line = tokenLine;
      continue;
    }
    // Each block remembers its source line, for `lectern check` to point at.
    const at = contentLine(token, tokenLine);
    const blocks = tokenToBlocks(token);
    for (const block of blocks) setBlockLine(block, at);
    // A slide without a heading starts where its first content does (not at the `---`).
    if (draft.title === '' && isUntouched(draft) && blocks.length > 0) draft.line = tokenLine;
    const first = blocks[0];
    if (first && !draft.gap) {
      blocks[0] = { ...first, attached: true };
      copyBlockLine(first, blocks[0]);
    }
    addBlocks(draft, blocks);
    draft.gap = false;
  }
  finish();

  const deck: Deck = { meta: deckMeta(input, slides), slides };
  if (warnings.length > 0) deck.warnings = warnings;
  return deck;
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
      draft.columns = { widths: directive.widths, columns: [[]], line };
      break;
    case 'column':
      if (draft.columns) draft.columns.columns.push([]);
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
    const current = draft.columns.columns[draft.columns.columns.length - 1];
    current?.push(...blocks);
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
  const columns = open.columns.map(mergeArtVariants).filter((c, i) => c.length > 0 || i > 0);
  if (columns.every((c) => c.length === 0)) return;
  const widths = columns.map((_, i) => open.widths[i] ?? 1);
  const block: Block = { kind: 'columns', widths, columns };
  setBlockLine(block, open.line);
  draft.steps[draft.steps.length - 1]?.push(block);
}

function isUntouched(draft: Draft): boolean {
  return draft.steps.length === 1 && draft.steps[0]?.length === 0 && !draft.columns;
}

function isBlank(token: Token): boolean {
  return token.type === 'space' || (token.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(token.raw));
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function deckMeta(input: DeckInput, slides: Slide[]): DeckMeta {
  const fm = input.frontMatter;
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() || undefined : undefined);
  // The file name is not lesson text: clean it like the text (it can hold any byte but `/`).
  const title = str(fm['title']) ?? (slides[0]?.title || undefined) ?? sanitizeText(input.name).replace(/[\t\n]/g, ' ');
  const meta: DeckMeta = { title, source: input.source };
  const author = str(fm['author']);
  const lang = str(fm['lang']);
  const theme = str(fm['theme']);
  if (author) meta.author = author;
  if (lang) meta.lang = lang;
  if (theme) meta.theme = theme;
  return meta;
}

/** Stretches lexed at once: joining short slides keeps marked's per-call cost down. */
const LEX_CHUNK = 64 * 1024;

/**
 * The body's tokens, lexed a stretch of slides at a time: cut only at top-level slide breaks
 * (where Markdown's block structure starts afresh, so the tokens are those of one lex of the
 * whole), the tokens of an 8 MB lesson never all exist at once. Without safe breaks (an HTML
 * block that runs past blank lines), the body is lexed whole.
 */
export function* lexBySlide(body: string, chunk = LEX_CHUNK): Generator<Token> {
  if (body.length <= chunk) {
    yield* lex(body);
    return;
  }
  let from = 0;
  for (const cut of slideBreaks(body).cuts) {
    if (cut - from < chunk) continue;
    yield* lex(body.slice(from, cut));
    from = cut;
  }
  yield* lex(body.slice(from));
}
