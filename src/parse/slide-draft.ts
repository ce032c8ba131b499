import type { Block, SourceWarning } from '../deck/types.js';
import { copyBlockLine, setBlockLine } from './block-lines.js';
import { suspectDirective, type parseDirective } from './directives.js';
import { unshownElements } from './html-text.js';
import { unresolvedReferences } from './references.js';
import { mergeArtVariants } from './to-blocks.js';

// A slide while parseDeck collects it from tokens, and what directives do to it.

/** A slide while it is being collected from tokens. */
export interface Draft {
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

/** A slide just begun at `line` (`opener`: the line of the break that began it). */
export const newDraft = (line: number, incremental: boolean, opener?: number): Draft => ({
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

/** Records what `check` should hear about an HTML block: a misspelt directive, HTML it does not show. */
export function noteHtml(draft: Draft, html: string, line: number): void {
  noteSuspect(draft, html, line);
  for (const element of unshownElements(html)) {
    draft.warnings.push({ kind: 'dropped-html', line, step: draft.steps.length - 1, text: `<${element}>` });
  }
}

/** Records `[text][label]` references with no definition (they show as written). */
export function noteUnresolved(draft: Draft, text: string, line: number): void {
  for (const label of unresolvedReferences(text)) {
    draft.warnings.push({ kind: 'unresolved-reference', line, step: draft.steps.length - 1, text: label });
  }
}

/** Records a comment that looks like a misspelt or unknown directive. */
export function noteSuspect(draft: Draft, html: string, line: number): void {
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
export function draftWarnings(draft: Draft, slide: number | undefined, closer: number | undefined): SourceWarning[] {
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

/** Applies one of our directives (or another tool's, already translated) to the slide being collected. */
export function applyDirective(draft: Draft, directive: NonNullable<ReturnType<typeof parseDirective>>, line: number): void {
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

/** Adds blocks to the slide being collected: to the open column, else to the current step (lists item by item when incremental). */
export function addBlocks(draft: Draft, blocks: Block[]): void {
  if (draft.columns) {
    const column = draft.columns.columns[draft.columns.current];
    if (column) for (const block of blocks) column.push(block);
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
export function closeColumns(draft: Draft): void {
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

/** Whether the slide being collected holds nothing yet. */
export function isUntouched(draft: Draft): boolean {
  return draft.steps.length === 1 && draft.steps[0]?.length === 0 && !draft.columns;
}
