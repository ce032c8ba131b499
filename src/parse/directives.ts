import { foreignDirective } from './foreign-directives.js';
import type { MarpSettings } from './marp-directives.js';

/**
 * lectern's extensions live in HTML comments so a lesson still reads well on GitHub:
 * `<!-- pause -->`, `<!-- end_slide -->`, `<!-- notes: … -->`, `<!-- notes -->…<!-- /notes -->`,
 * `<!-- columns: 1 1 -->`, `<!-- column -->`, `<!-- /columns -->`,
 * `<!-- incremental_lists: true|false -->` (reveal list items one by one).
 */
export type Directive =
  | { name: 'pause' }
  | { name: 'end_slide' }
  | { name: 'notes'; text?: string }
  | { name: '/notes' }
  /** `indexed`: presenterm's `column_layout`, whose columns are chosen by `column: N`. */
  | { name: 'columns'; widths: number[]; indexed?: boolean }
  /** `index`: presenterm's `<!-- column: N -->`; without it, the next column. */
  | { name: 'column'; index?: number }
  | { name: '/columns' }
  | { name: 'incremental_lists'; on: boolean }
  /** Blank lines (presenterm `new_line`, `new_lines: N`). */
  | { name: 'space'; lines: number }
  /** Leave this slide out of the presentation (presenterm `skip_slide`). */
  | { name: 'skip_slide' }
  /** Center the slide vertically (presenterm `jump_to_middle`). */
  | { name: 'middle' }
  /** Marp's `header`/`footer` (and `_header`/`_footer`, for one slide). */
  | { name: 'marp'; settings: MarpSettings }
  /** Another tool's directive that has no meaning here (Marp `_class`, presenterm `font_size`…). */
  | { name: 'ignored' };

/** Every directive name, for spotting typos of ours in `check`. */
export const DIRECTIVE_NAMES = ['pause', 'end_slide', 'notes', '/notes', 'columns', 'column', '/columns', 'incremental_lists'] as const;

const LONGEST_DIRECTIVE = DIRECTIVE_NAMES.reduce((most, name) => Math.max(most, name.length), 0);

const COMMENT = /^\s*<!--([\s\S]*?)-->\s*$/;

/** The text inside an HTML block that is one whole comment, trimmed; undefined for other HTML. */
export function commentText(html: string): string | undefined {
  return COMMENT.exec(html)?.[1]?.trim();
}

/**
 * Reads an HTML block as a directive. Returns null for anything else, including ordinary
 * comments, so authors can keep their own remarks in a lesson.
 */
export function parseDirective(html: string): Directive | null {
  const inner = COMMENT.exec(html)?.[1]?.trim();
  if (inner === undefined) return null;
  return ownDirective(inner) ?? foreignDirective(inner);
}

function ownDirective(inner: string): Directive | null {
  const [, rawName = '', rest] = /^([\w/]+)\s*(?::\s*([\s\S]*))?$/.exec(inner) ?? [];
  const name = rawName.toLowerCase();
  switch (name) {
    case 'pause':
    case 'end_slide':
    case '/notes':
    case '/columns':
      return rest === undefined ? { name } : null;
    case 'column': {
      if (rest === undefined) return { name };
      // presenterm: `<!-- column: 0 -->` picks a column of the layout by its index.
      const index = /^\d+$/.test(rest.trim()) ? Number(rest.trim()) : undefined;
      return index === undefined ? null : { name, index };
    }
    case 'notes':
      return rest === undefined ? { name } : { name, text: rest.trim() };
    case 'incremental_lists': {
      const value = (rest ?? 'true').trim().toLowerCase();
      if (value !== 'true' && value !== 'false') return null;
      return { name, on: value === 'true' };
    }
    case 'columns': {
      const widths = (rest ?? '1 1').trim().split(/\s+/).map(Number);
      if (widths.length === 0 || widths.some((w) => !Number.isFinite(w) || w <= 0)) return null;
      return { name, widths };
    }
    default:
      return null;
  }
}

/** A comment that is not a directive but looks like an attempt at one (see `suspectDirective`). */
export interface SuspectDirective {
  /** `typo`: close to a directive name; `invalid`: a directive name with an argument it cannot use; `unknown`: directive-shaped but not ours. */
  reason: 'typo' | 'invalid' | 'unknown';
  /** The name as written (lower case). */
  name: string;
  /** For `typo`: the directive it most likely meant. */
  suggestion?: string;
}

/**
 * Tells whether an HTML block that `parseDirective` rejected looks like one of our
 * directives gone wrong, so `lectern check` can say so instead of the slide silently
 * missing a pause. Ordinary remarks must pass unnoticed: a comment with words and spaces
 * (`<!-- explain this slide -->`) or an upper-case `TODO: …` is not directive-shaped.
 * Directive-shaped means a single word (letters, digits, `_`, `-`, `/`) alone or
 * followed by `: …`; it is suspect when the word is within 2 edits of a directive name,
 * is a directive name with an unusable argument, or is a lower-case `name: …` or
 * snake_case word (the form other presenters' directives take).
 */
export function suspectDirective(html: string): SuspectDirective | null {
  const inner = COMMENT.exec(html)?.[1]?.trim();
  if (inner === undefined || inner.includes('<!--')) return null;
  const match = /^([\w/-]+)\s*(:[\s\S]*)?$/.exec(inner);
  if (!match) return null;
  const written = match[1] ?? '';
  const name = written.toLowerCase();
  if ((DIRECTIVE_NAMES as readonly string[]).includes(name)) return { reason: 'invalid', name };
  const suggestion = nearestDirective(name);
  if (suggestion !== undefined) return { reason: 'typo', name, suggestion };
  const lowerWord = /^[a-z][a-z0-9_]*$/.test(written);
  if (lowerWord && (match[2] !== undefined || written.includes('_'))) return { reason: 'unknown', name };
  return null;
}

/** The directive name within 2 edits of `name` (the closest), if any; short words need to be closer. */
function nearestDirective(name: string): string | undefined {
  // Too short to tell a typo from a word; too long to be within 2 edits of any name.
  if (name.length < 3 || name.length > LONGEST_DIRECTIVE + 2) return undefined;
  // `-` for `_` is the commonest slip (`end-slide`); it counts as one edit like any other.
  const limit = name.length <= 4 ? 1 : 2;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of DIRECTIVE_NAMES) {
    const distance = editDistance(name, candidate);
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

/** Levenshtein distance (insertions, deletions, substitutions), for names of a few letters. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
