import type { Styles } from '../../theme/styles.js';
import type { ContentBox } from '../layout-box.js';
import type { UiStrings } from '../ui-strings.js';
import { displayWidth, padEndStyled, truncateStyled } from '../text/text.js';

/** The help overlay's lines (the keys and what they do), centered in the content area. */
export function renderHelp(box: ContentBox, height: number, styles: Styles, strings: UiStrings): string[] {
  const keyWidth = Math.max(...strings.keys.map(([k]) => displayWidth(k)));
  const rows = strings.keys.map(([key, what]) => `${styles.accent(padEndStyled(key, keyWidth))}  ${styles.text(what)}`);
  const lines = [styles.title(strings.helpTitle), '', ...rows].map((l) => truncateStyled(l, box.width));
  const wide = Math.max(...lines.map(displayWidth));
  const left = box.left + Math.max(0, Math.floor((box.width - wide) / 2));
  const top = Math.max(0, Math.floor((height - lines.length) / 2));
  return [...new Array<string>(top).fill(''), ...lines.map((l) => ' '.repeat(left) + l)];
}
