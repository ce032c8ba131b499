import type { Styles } from '../../theme/styles.js';
import { renderProse } from './prose.js';

/** A heading inside a slide (the slide's own title is drawn by the layout). */
export function renderHeading(text: string, level: number, width: number, styles: Styles): string[] {
  const paint = level <= 2 ? styles.heading : styles.accent;
  const lines = renderProse(text, width, styles, (s) => styles.chalk.bold(paint(s)));
  return lines;
}
