import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import type { Deck, Slide } from '../../../src/deck/types.js';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import { printFrames } from '../../../src/output/print.js';
import { screenViewport } from '../../../src/render/frame.js';
import { layoutSlide } from '../../../src/render/layout-slide.js';
import { chooseStrings } from '../../../src/render/ui-strings.js';
import { makeStyles } from '../../../src/theme/styles.js';
import { darkTheme } from '../../../src/theme/theme.js';
import { bigLesson } from '../../../scripts/bench/decks.mjs';

const strings = chooseStrings('en', undefined);
const viewport = screenViewport(80, 24);

/** A deck whose slides note in `log` when the renderer first reads them. */
function watchedDeck(log: string[]): Deck {
  const deck = deckFromText(bigLesson(200 * 1024).text, '/x/big.md', 'big.md');
  deck.slides = deck.slides.map((slide, i): Slide => {
    const { steps, ...rest } = slide;
    let read = false;
    return Object.defineProperty({ ...rest } as Slide, 'steps', {
      enumerable: true,
      get() {
        if (!read) log.push(`read ${i + 1}`);
        read = true;
        return steps;
      },
    });
  });
  return deck;
}

describe('print streams a long lesson', () => {
  for (const [name, styles] of [
    ['in colour', makeStyles(darkTheme, 3)],
    ['in ASCII', makeStyles(darkTheme, 0, { ascii: true })],
  ] as const) {
    it(`writes slide 1 before the last slide is read, ${name}`, () => {
      const log: string[] = [];
      const deck = watchedDeck(log);
      const count = deck.slides.length;
      expect(count).toBeGreaterThan(300);
      // A fake writer: what was written, in order with what the renderer read.
      for (const written of printFrames(deck, viewport, styles, strings)) {
        const chunk = stripAnsi(written);
        if (chunk.includes(` 1/${count} `)) log.push('write 1');
        if (chunk.includes(` ${count}/${count} `)) log.push(`write ${count}`);
      }
      // ASCII mode lays out the deck's ASCII copy, which reads every slide once, up front.
      if (!styles.ascii) expect(log.indexOf('write 1')).toBeLessThan(log.indexOf(`read ${count}`));
      expect(log.indexOf('write 1')).toBeGreaterThanOrEqual(0);
      expect(log.indexOf(`write ${count}`)).toBeGreaterThan(log.indexOf('write 1'));
    });
  }

  it('keeps no slide laid out once its Frames are written', () => {
    const styles = makeStyles(darkTheme, 3);
    const deck = deckFromText(bigLesson(64 * 1024).text, '/x/big.md', 'big.md');
    const before = deck.slides.map((_, i) => layoutSlide(deck, i, 0, viewport, styles));
    // Laid out again now, each slide gives the layout it kept…
    deck.slides.forEach((_, i) => expect(layoutSlide(deck, i, 0, viewport, styles)).toBe(before[i]));
    for (const _chunk of printFrames(deck, viewport, styles, strings));
    // …but print forgot them all: each is laid out anew, the same lines.
    deck.slides.forEach((_, i) => {
      const again = layoutSlide(deck, i, 0, viewport, styles);
      expect(again).not.toBe(before[i]);
      expect(again).toEqual(before[i]);
    });
  });
});
