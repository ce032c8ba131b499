import type { Styles } from '../../theme/styles.js';
import { centerStyled, padEndStyled, truncateStyled, wrapStyled, widestLine } from '../text/text.js';

/**
 * A picture that is not drawn: a box holding its alt text and a second line saying why
 * (its address when remote, the reason it failed, "loading"). `rows`, when given, is the
 * height to keep (the picture's own, while it loads); `maxRows` the most it may take (the
 * room the slide has: a long alt text is cut, never pushes the slide off the screen, though
 * the box keeps at least one line of text). The box is at most `width` wide.
 */
export function altBox(alt: string, note: string, width: number, styles: Styles, rows?: number, maxRows?: number): string[] {
  const label = alt === '' ? '[image]' : `[image: ${alt}]`;
  // No room for a box: one line, as a picture inside a sentence shows.
  if (width < 6 || (maxRows !== undefined && maxRows < 3 && rows === undefined)) {
    return [styles.muted(truncateStyled(note === '' || note === '…' ? label : `${label} ${note}`, Math.max(1, width)))];
  }
  const inner = width - 4;
  const labelLines = wrapStyled(label, inner);
  const noteLines = note === '' ? [] : wrapStyled(note, inner);
  const room = Math.max(1, (rows ?? maxRows ?? Infinity) - 2);
  let text = [...labelLines, ...noteLines];
  if (text.length > room) {
    // The alt text first; the note keeps one line when there are two to spare.
    const noteRoom = noteLines.length > 0 && room >= 2 ? 1 : 0;
    text = [...cut(labelLines, room - noteRoom, inner), ...cut(noteLines, noteRoom, inner)];
  }
  const labelCount = Math.min(labelLines.length, text.length);
  const boxWidth = rows === undefined ? Math.min(width, widestLine(text) + 4) : width;
  const innerWidth = boxWidth - 4;
  const height = Math.max(text.length + 2, rows ?? 0);
  const body = text.slice(0, Math.max(1, height - 2));
  const padTop = Math.floor((height - 2 - body.length) / 2);
  const out = [styles.border(`┌${'─'.repeat(boxWidth - 2)}┐`)];
  for (let i = 0; i < height - 2; i++) {
    const line = body[i - padTop];
    const content = line === undefined ? ' '.repeat(innerWidth) : padEndStyled(centerStyled(truncateStyled(line, innerWidth), innerWidth), innerWidth);
    const paint = i - padTop < labelCount ? styles.text : styles.muted;
    out.push(`${styles.border('│')} ${line === undefined ? content : paint(content)} ${styles.border('│')}`);
  }
  out.push(styles.border(`└${'─'.repeat(boxWidth - 2)}┘`));
  return out;
}

/** The first `n` lines, the last of them ending in `…` when some were left out. */
function cut(lines: readonly string[], n: number, width: number): string[] {
  if (lines.length <= n) return [...lines];
  if (n <= 0) return [];
  return [...lines.slice(0, n - 1), truncateStyled(`${lines[n - 1] ?? ''}…`, width)];
}
