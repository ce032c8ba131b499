import type { Styles } from '../../theme/styles.js';
import { centerStyled, displayWidth, padEndStyled, truncateStyled, wrapStyled } from '../text/text.js';

/**
 * A picture that is not drawn: a box holding its alt text and a second line saying why
 * (its address when remote, the reason it failed, "loading"). `rows`, when given, is the
 * height to keep (the picture's own, while it loads); the box is at most `width` wide.
 */
export function altBox(alt: string, note: string, width: number, styles: Styles, rows?: number): string[] {
  if (width < 4) return [styles.muted(truncateStyled(alt || note, Math.max(1, width)))];
  const label = alt === '' ? '[image]' : `[image: ${alt}]`;
  const inner = width - 4;
  const text = [...wrapStyled(label, inner), ...(note === '' ? [] : wrapStyled(note, inner))];
  const boxWidth = rows === undefined ? Math.min(width, Math.max(...text.map(displayWidth)) + 4) : width;
  const innerWidth = boxWidth - 4;
  const height = Math.max(text.length + 2, rows ?? 0);
  const body = text.slice(0, Math.max(1, height - 2));
  const padTop = Math.floor((height - 2 - body.length) / 2);
  const out = [styles.border(`┌${'─'.repeat(boxWidth - 2)}┐`)];
  for (let i = 0; i < height - 2; i++) {
    const line = body[i - padTop];
    const content = line === undefined ? ' '.repeat(innerWidth) : padEndStyled(centerStyled(truncateStyled(line, innerWidth), innerWidth), innerWidth);
    const paint = i - padTop === 0 ? styles.text : styles.muted;
    out.push(`${styles.border('│')} ${line === undefined ? content : paint(content)} ${styles.border('│')}`);
  }
  out.push(styles.border(`└${'─'.repeat(boxWidth - 2)}┘`));
  return out;
}
