import type { Deck } from '../deck/types.js';
import type { Viewport } from '../render/frame.js';
import { forgetSlide, pageCount, renderScreen } from '../render/screens/slide-screen.js';
import type { UiStrings } from '../render/ui-strings.js';
import type { Styles } from '../theme/styles.js';

/** The line that separates two Frames in `lectern print` output. */
export const FRAME_SEPARATOR = '\f';

/**
 * Every Frame of a deck, as the screen shows it: each slide at each of its steps, and a
 * slide taller than the screen as successive pages (the status bar says `page n/N`), so
 * nothing a slide holds is missing. Only the slides in `slides` (1-based, in that order)
 * when given. Yields text chunks so a 500-slide deck streams instead of buffering, and
 * forgets each slide's layouts once its Frames are out: at most one slide's worth of
 * Frames is held at a time, however long the lesson.
 */
export function* printFrames(deck: Deck, viewport: Viewport, styles: Styles, strings: UiStrings, slides?: readonly number[]): Generator<string> {
  let first = true;
  for (const number of slides ?? deck.slides.map((_, i) => i + 1)) {
    const slide = number - 1;
    const steps = deck.slides[slide]?.steps.length ?? 1;
    for (let step = 0; step < steps; step++) {
      const pages = pageCount(deck, slide, step, viewport, styles);
      for (let page = 0; page < pages; page++) {
        const position = { slide, step, scroll: 0 };
        const frame = renderScreen({ deck, position, viewport, styles, strings, ...(pages > 1 ? { page } : {}) });
        yield `${first ? '' : `${FRAME_SEPARATOR}\n`}${frame.lines.join('\n')}\n`;
        first = false;
      }
    }
    forgetSlide(deck, slide, styles);
  }
}
