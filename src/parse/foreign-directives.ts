import type { Directive } from './directives.js';
import { isMarpDirectives, marpSettings } from './marp-directives.js';

/**
 * Directives of other terminal presenters, read as ours where they mean the same thing:
 * presenterm's `speaker_note`, `column_layout`/`column: N`/`reset_layout`, `new_line(s)`, `jump_to_middle`,
 * lookatme's `stop`, Marp's `header`/`footer` (see marp-directives.ts). Those with no meaning here (presenterm's `font_size`, Marp's `_class`,
 * reveal.js's `.slide:`…) come back as `ignored`, so `lectern check` stops calling them unknown.
 */
export function foreignDirective(inner: string): Directive | null {
  const [, rawName = '', rest] = /^([\w./-]+)\s*(?::\s*([\s\S]*))?$/.exec(inner) ?? [];
  const name = rawName.toLowerCase();
  const value = rest?.trim();
  switch (name) {
    case 'stop': // lookatme
      return value === undefined ? { name: 'pause' } : null;
    case 'speaker_note':
      return value ? { name: 'notes', text: value } : null;
    case 'column_layout': {
      const widths = /^\[([\d\s.,]+)\]$/
        .exec(value ?? '')?.[1]
        ?.split(',')
        .map(Number);
      if (!widths || widths.length === 0 || widths.some((w) => !Number.isFinite(w) || w <= 0)) return null;
      return { name: 'columns', widths, indexed: true };
    }
    case 'reset_layout':
      return value === undefined ? { name: '/columns' } : null;
    case 'skip_slide':
      return value === undefined ? { name: 'skip_slide' } : null;
    case 'jump_to_middle':
      return value === undefined ? { name: 'middle' } : null;
    case 'new_line':
      return value === undefined ? { name: 'space', lines: 1 } : null;
    case 'new_lines': {
      const lines = Number(value);
      // A screenful at most: more is a typo, and would only scroll the slide away.
      return Number.isInteger(lines) && lines >= 1 ? { name: 'space', lines: Math.min(lines, 50) } : null;
    }
    default:
      break;
  }
  const marp = marpSettings(inner);
  if (marp) return { name: 'marp', settings: marp };
  if (PRESENTERM_IGNORED.has(name) || isMarpDirectives(inner) || /^\.(?:slide|element)$/.test(name) || inner.startsWith('//')) {
    return { name: 'ignored' };
  }
  return null;
}

/** presenterm commands about looks and files: nothing here to do. */
const PRESENTERM_IGNORED = new Set(['font_size', 'alignment', 'list_item_newlines', 'include', 'no_footer', 'snippet_output', 'config', 'vim']);
