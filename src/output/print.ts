import type { Deck } from '../deck/types.js';
import type { Viewport } from '../render/frame.js';
import { renderScreen } from '../render/screens/slide-screen.js';
import type { UiStrings } from '../render/ui-strings.js';
import type { Styles } from '../theme/styles.js';

/** The line that separates two Frames in `lectern print` output. */
export const FRAME_SEPARATOR = '\f';

/**
 * Every Frame of a deck, as the screen shows it: each slide at each of its steps, from the
 * top (unscrolled). Yields text chunks so a 500-slide deck streams instead of buffering.
 */
export function* printFrames(deck: Deck, viewport: Viewport, styles: Styles, strings: UiStrings): Generator<string> {
  let first = true;
  for (let slide = 0; slide < deck.slides.length; slide++) {
    const steps = deck.slides[slide]?.steps.length ?? 1;
    for (let step = 0; step < steps; step++) {
      const frame = renderScreen({ deck, position: { slide, step, scroll: 0 }, viewport, styles, strings });
      yield `${first ? '' : `${FRAME_SEPARATOR}\n`}${frame.lines.join('\n')}\n`;
      first = false;
    }
  }
}
