import type { Styles } from '../../theme/styles.js';
import type { ContentBox } from '../layout-box.js';
import { displayWidth, padEndStyled, truncateStyled } from '../text/text.js';

/** A pick-one list drawn over the slide: the overview, a slide's links, a course's lessons. */
export interface ListOverlay {
  title: string;
  /** Plain-text entries, shown numbered from 1. */
  items: readonly string[];
  /** The entry Enter would pick. */
  cursor: number;
  /** The entry that is "here" (the current slide), marked with a dot. */
  current?: number;
  hint: string;
}

/**
 * The overlay's lines for a content area `height` lines tall. Long lists show a window
 * that keeps the cursor in view, so any number of slides fits any screen.
 */
export function renderListOverlay(list: ListOverlay, box: ContentBox, height: number, styles: Styles): string[] {
  const pad = ' '.repeat(box.left);
  const numberWidth = String(list.items.length).length;
  const room = Math.max(1, height - 4); // title, blank, …, blank, hint
  const start = Math.min(Math.max(0, list.cursor - Math.floor(room / 2)), Math.max(0, list.items.length - room));
  const rows = list.items.slice(start, start + room).map((item, i) => {
    const index = start + i;
    const selected = index === list.cursor;
    const mark = index === list.current ? '•' : ' ';
    const text = `${selected ? '›' : ' '}${mark}${String(index + 1).padStart(numberWidth)}  ${item}`;
    const fitted = padEndStyled(truncateStyled(text, box.width), Math.min(box.width, displayWidth(text)));
    return pad + (selected ? styles.chalk.inverse(styles.accent(fitted)) : styles.text(fitted));
  });
  const lines = [pad + styles.title(truncateStyled(list.title, box.width)), '', ...rows];
  if (height >= lines.length + 2) lines.push('', pad + styles.muted(truncateStyled(list.hint, box.width)));
  return lines.slice(0, Math.max(0, height));
}
