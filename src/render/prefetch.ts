import { navigate } from '../deck/navigate.js';
import type { Deck, Position } from '../deck/types.js';
import type { Styles } from '../theme/styles.js';
import { asciiDeck } from './ascii.js';
import type { Viewport } from './frame.js';
import { layoutSlide } from './layout-slide.js';

/**
 * Lays out, into layoutSlide's cache, what the next and previous keys (and End, Home) will
 * show, so that the key only has to draw. Call it when the screen is idle (after a Frame was written):
 * wrapping a slide's prose costs a few milliseconds that would otherwise delay the key.
 */
export function prefetchNeighbours(deck: Deck, position: Position, viewport: Viewport, styles: Styles): void {
  // renderScreen lays out the ASCII copy in ASCII mode; warm the same objects.
  const shown = styles.ascii ? asciiDeck(deck) : deck;
  for (const type of ['next', 'prev', 'last', 'first'] as const) {
    const target = navigate(shown, position, { type });
    layoutSlide(shown, target.slide, target.step, viewport, styles);
  }
}
