import type { AlertKind, Block } from '../../deck/types.js';
import type { Styles } from '../../theme/styles.js';
import { renderProse } from './prose.js';

/** Renders a block inside the quote at a width (render-block's renderBlocks). */
export type RenderQuoteBlocks = (blocks: readonly Block[], width: number) => string[];

/** What GitHub calls each alert, and the role that colors its bar and label. */
const ALERTS: Record<AlertKind, { label: string; role: 'link' | 'code' | 'accent' | 'title' | 'heading' }> = {
  note: { label: 'Note', role: 'link' },
  tip: { label: 'Tip', role: 'code' },
  important: { label: 'Important', role: 'accent' },
  warning: { label: 'Warning', role: 'title' },
  caution: { label: 'Caution', role: 'heading' },
};

/**
 * A blockquote as GitHub draws it: a bar down its left side and its own blocks beside it
 * (paragraphs apart, lists, code, quotes nested in quotes, each with its bar). Paragraphs
 * directly in the quote are muted; an alert (`> [!NOTE]`) leads with its label, its bar in
 * the alert's color.
 */
export function renderQuote(block: Extract<Block, { kind: 'quote' }>, width: number, styles: Styles, renderBlocks: RenderQuoteBlocks): string[] {
  const inner = Math.max(1, width - 2);
  const alert = block.alert === undefined ? undefined : ALERTS[block.alert];
  const paint = alert ? styles[alert.role] : styles.border;
  const bar = `${paint('│')} `;
  const lines: string[] = [];
  if (alert) for (const line of renderProse(alert.label, inner, styles, (s) => styles.chalk.bold(paint(s)))) lines.push(line);
  // Quote paragraphs keep the muted look; other blocks are drawn as anywhere else.
  const body = block.blocks.flatMap((child, i) => {
    const drawn = child.kind === 'prose' ? renderProse(child.text, inner, styles, styles.muted) : renderBlocks([child], inner);
    // A blank line between blocks, not before the first nor before one written right under the last.
    return i > 0 && !child.attached ? ['', ...drawn] : drawn;
  });
  if (alert && body[0] === '') body.shift();
  for (const line of body) lines.push(line);
  return lines.map((line) => (line === '' ? paint('│') : bar + line));
}
