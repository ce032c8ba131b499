import type { Styles } from '../theme/styles.js';
import type { ContentBox } from './layout-box.js';
import { displayWidth, padEndStyled } from './text.js';

/** The keys, as the help overlay lists them. */
export const KEY_HELP: readonly (readonly [string, string])[] = [
  ['→ ↓ space l j PgDn', 'next step / slide (↓ scrolls a tall slide)'],
  ['← ↑ h k PgUp', 'previous (↑ scrolls back)'],
  ['Home g / End G', 'first / last slide'],
  ['number + Enter', 'go to slide'],
  ['?', 'this help (any key closes it)'],
  ['q Esc Ctrl-C', 'quit'],
];

/** The help overlay's lines, centered in the content area. */
export function renderHelp(box: ContentBox, height: number, styles: Styles): string[] {
  const keyWidth = Math.max(...KEY_HELP.map(([k]) => displayWidth(k)));
  const rows = KEY_HELP.map(([key, what]) => `${styles.accent(padEndStyled(key, keyWidth))}  ${styles.text(what)}`);
  const title = styles.title('Keys');
  const lines = [title, '', ...rows];
  const wide = Math.max(...lines.map(displayWidth));
  const left = box.left + Math.max(0, Math.floor((box.width - wide) / 2));
  const top = Math.max(0, Math.floor((height - lines.length) / 2));
  return [...new Array<string>(top).fill(''), ...lines.map((l) => ' '.repeat(left) + l)];
}
