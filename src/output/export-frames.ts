import type { Deck } from '../deck/types.js';
import { framePictures } from './embed-pictures.js';
import { InputError } from '../deck/input-error.js';
import type { Frame, Viewport } from '../render/frame.js';
import { forgetSlide, renderScreen } from '../render/screens/slide-screen.js';
import type { UiStrings } from '../render/ui-strings.js';
import type { Styles } from '../theme/styles.js';
import type { ExportLink } from './frame-links.js';
import { printFrames } from './print.js';
import { plainInline } from '../render/blocks/prose.js';

/**
 * A picture drawn over a Frame's cells, for outputs that can show pictures (HTML, SVG).
 * The hook for image blocks: whoever renders an image block into a Frame also reports
 * where it went and the picture as a `data:` URI (a page must stay self-contained), and
 * the page and the SVG draw it over those cells. Nothing fills this in yet.
 */
export interface FramePicture {
  /** Top-left cell (0-based row and column of the Frame). */
  row: number;
  column: number;
  /** Size in cells. */
  rows: number;
  columns: number;
  /** `data:image/png;base64,…` (or jpeg, gif, webp, svg+xml); anything else is not drawn. */
  dataUri: string;
  alt: string;
}

/** A slide as exported: its number, plain title, and the Frame of the whole slide. */
export interface SlideFrame {
  /** 1-based. */
  number: number;
  title: string;
  /** The whole slide at its last step: at least the screen's height, taller when it needs to be. */
  frame: Frame;
  /**
   * For each row of `frame`, the step (0-based) that first shows it as the last step does,
   * so a page can step through pauses; 0 everywhere on a slide without pauses.
   */
  rowSteps: number[];
  /** Speaker notes, plain text ('' when none). */
  notes: string;
  /** The slide's links that the output may make clickable. */
  links: ExportLink[];
  /** Pictures over the Frame's cells (see FramePicture); empty until image blocks report them. */
  pictures: FramePicture[];
}

/**
 * The 1-based slide numbers to export: all, or exactly those asked for. A number the
 * lesson does not have is an InputError naming it (`no slide 9: the lesson has 7`).
 */
export function selectedSlides(deck: Deck, wanted: readonly number[] | undefined): number[] {
  const count = deck.slides.length;
  if (wanted === undefined) return deck.slides.map((_, i) => i + 1);
  const missing = wanted.find((n) => !Number.isInteger(n) || n < 1 || n > count);
  if (missing !== undefined) throw new InputError(`no slide ${missing}: the lesson has ${count === 1 ? '1 slide' : count}`);
  return [...wanted];
}

/**
 * One Frame per slide holding the whole slide at its last step (a page or a picture has
 * no screen to scroll), laid out for the screen's size by the same renderScreen call the
 * screen makes, without the hints meant for a keyboard.
 */
export function slideFrames(
  deck: Deck,
  slides: readonly number[],
  viewport: Viewport,
  styles: Styles,
  strings: UiStrings,
  linksOf: (slide: number) => ExportLink[] = () => [],
): SlideFrame[] {
  return slides.map((number) => {
    const slide = deck.slides[number - 1];
    const steps = Math.max(1, slide?.steps.length ?? 1);
    const render = (step: number) => renderScreen({ deck, position: { slide: number - 1, step, scroll: 0 }, viewport, styles, strings, whole: true });
    const frame = render(steps - 1);
    const earlier = Array.from({ length: steps - 1 }, (_, step) => render(step).lines);
    forgetSlide(deck, number - 1, styles);
    return {
      number,
      title: plainInline(slide?.title || deck.meta.title, styles),
      frame,
      rowSteps: rowSteps(frame.lines, earlier),
      notes: slide?.notes ?? '',
      links: linksOf(number),
      pictures: framePictures(frame),
    };
  });
}

/**
 * The step from which each row of the last step's Frame stays as it is then: rows an
 * earlier step already drew the same way (the title, what came before a pause) show from
 * 0. The status bar (the last row) always shows. Rows that move when a step is revealed
 * (a centered title slide) are only shown complete, never wrong.
 */
export function rowSteps(last: readonly string[], earlier: readonly (readonly string[])[]): number[] {
  return last.map((line, row) => {
    if (row === last.length - 1) return 0;
    let from = earlier.length;
    while (from > 0 && earlier[from - 1]?.[row] === line) from--;
    return from;
  });
}

/**
 * `--format txt|ansi`: exactly what `lectern print` writes (every step of every slide, a
 * tall slide page by page), or of the slides asked for only.
 */
export function textFrames(deck: Deck, slides: readonly number[] | undefined, viewport: Viewport, styles: Styles, strings: UiStrings): Generator<string> {
  return printFrames(deck, viewport, styles, strings, slides === undefined ? undefined : selectedSlides(deck, slides));
}
