import type { Deck } from '../deck/types.js';
import type { Frame, Viewport } from '../render/frame.js';
import { renderScreen } from '../render/screens/slide-screen.js';
import type { UiStrings } from '../render/ui-strings.js';
import type { Styles } from '../theme/styles.js';
import { FRAME_SEPARATOR, printFrames } from './print.js';
import { plainInline } from '../render/blocks/prose.js';

/** A slide as exported: its number, plain title, and the Frame the screen shows for it. */
export interface SlideFrame {
  /** 1-based. */
  number: number;
  title: string;
  frame: Frame;
}

/** The 1-based slide numbers to export: all, or those asked for that exist (in the order asked). */
export function selectedSlides(deck: Deck, wanted: readonly number[] | undefined): number[] {
  const all = deck.slides.map((_, i) => i + 1);
  return wanted === undefined ? all : wanted.filter((n) => n >= 1 && n <= deck.slides.length);
}

/**
 * One Frame per slide, each with every step shown (a page or a picture has no time to
 * reveal steps in), from the top: the same renderScreen call the screen makes.
 */
export function slideFrames(deck: Deck, slides: readonly number[], viewport: Viewport, styles: Styles, strings: UiStrings): SlideFrame[] {
  return slides.map((number) => {
    const slide = deck.slides[number - 1];
    const step = Math.max(0, (slide?.steps.length ?? 1) - 1);
    const frame = renderScreen({ deck, position: { slide: number - 1, step, scroll: 0 }, viewport, styles, strings });
    return { number, title: plainInline(slide?.title || deck.meta.title, styles), frame };
  });
}

/**
 * `--format txt|ansi`: exactly what `lectern print` writes (every step of every slide),
 * or of the slides asked for only.
 */
export function* textFrames(deck: Deck, slides: readonly number[] | undefined, viewport: Viewport, styles: Styles, strings: UiStrings): Generator<string> {
  if (slides === undefined) {
    yield* printFrames(deck, viewport, styles, strings);
    return;
  }
  let first = true;
  for (const number of selectedSlides(deck, slides)) {
    const steps = deck.slides[number - 1]?.steps.length ?? 1;
    for (let step = 0; step < steps; step++) {
      const frame = renderScreen({ deck, position: { slide: number - 1, step, scroll: 0 }, viewport, styles, strings });
      yield `${first ? '' : `${FRAME_SEPARATOR}\n`}${frame.lines.join('\n')}\n`;
      first = false;
    }
  }
}
