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
  | { name: 'columns'; widths: number[] }
  | { name: 'column' }
  | { name: '/columns' }
  | { name: 'incremental_lists'; on: boolean };

/** Every directive name, for spotting typos of ours in `check`. */
export const DIRECTIVE_NAMES = ['pause', 'end_slide', 'notes', '/notes', 'columns', 'column', '/columns', 'incremental_lists'] as const;

const COMMENT = /^\s*<!--([\s\S]*?)-->\s*$/;

/**
 * Reads an HTML block as a directive. Returns null for anything else, including ordinary
 * comments, so authors can keep their own remarks in a lesson.
 */
export function parseDirective(html: string): Directive | null {
  const inner = COMMENT.exec(html)?.[1]?.trim();
  if (inner === undefined) return null;
  const [, rawName = '', rest] = /^([\w/]+)\s*(?::\s*([\s\S]*))?$/.exec(inner) ?? [];
  const name = rawName.toLowerCase();
  switch (name) {
    case 'pause':
    case 'end_slide':
    case '/notes':
    case 'column':
    case '/columns':
      return rest === undefined ? { name } : null;
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
