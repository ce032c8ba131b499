import type { Deck } from '../deck/types.js';
import type { Styles } from '../theme/styles.js';
import type { Finding, ScreenSize } from './finding.js';
import { fitFindings } from './fit-findings.js';
import { imageFindings } from './image-findings.js';
import { linkFindings, type FileExists } from './link-findings.js';
import { sourceFindings } from './source-findings.js';

/** What `checkDeck` checks against. */
export interface CheckOptions {
  /** Screens the deck must work on; each gets its own size-dependent findings. */
  sizes: readonly ScreenSize[];
  /** How the deck will be drawn (ASCII mode changes widths); colors do not matter. */
  styles: Styles;
  /** Whether a linked file exists; the only question asked of the outside world. */
  exists: FileExists;
  /** The name to give the deck's file in findings (default: its source path). */
  file?: string;
}

/**
 * Lints a deck for the screens it will be shown on: the answer to "will this deck work on
 * the projector?". Pure over the deck and the same layouts the screen shows; findings
 * come sorted by line, then slide, step and the order of `sizes`.
 */
export function checkDeck(deck: Deck, options: CheckOptions): Finding[] {
  const file = options.file ?? deck.meta.source;
  const located = [
    ...sourceFindings(deck),
    ...linkFindings(deck, options.exists),
    ...options.sizes.flatMap((size) => fitFindings(deck, size, options.styles)),
    ...imageFindings(deck, options.sizes, options.styles),
  ];
  const sizeOrder = (size: string | null) => (size === null ? -1 : options.sizes.findIndex((s) => `${s.columns}x${s.rows}` === size));
  // Stable sort: findings of one line keep the order the checks produced them in.
  return located
    .map((f) => ({ file, ...f }))
    .sort((a, b) => a.line - b.line || (a.slide ?? 0) - (b.slide ?? 0) || (a.step ?? 0) - (b.step ?? 0) || sizeOrder(a.size) - sizeOrder(b.size));
}
