import type { Styles } from '../../theme/styles.js';
import { breakStyled, expandTabs } from '../text/text.js';
import { highlightCode } from './highlight.js';

/**
 * A code block: highlighted, behind a thin gutter bar, long lines broken at the width
 * (never silently cut: a command on a slide must be copyable as a whole).
 */
export function renderCode(code: string, lang: string, width: number, styles: Styles): string[] {
  const gutter = `${styles.border('▌')} `;
  const textWidth = Math.max(1, width - 2);
  const highlighted = highlightCode(expandTabs(code.replace(/\n+$/, '')), lang, styles);
  return highlighted.split('\n').flatMap((line) => (line === '' ? [gutter.trimEnd()] : breakStyled(line, textWidth).map((l) => gutter + l)));
}
