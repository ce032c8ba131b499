import { describe, expect, it } from 'vitest';
import { keySections } from '../../../../src/session/keymap.js';
import type { Deck } from '../../../../src/deck/types.js';
import { screenViewport } from '../../../../src/render/frame.js';
import { renderScreen, scrollLimitFor } from '../../../../src/render/screens/slide-screen.js';
import { stringsFor } from '../../../../src/render/ui-strings.js';
import { displayWidth } from '../../../../src/render/text/text.js';

const en = stringsFor('en');
import { printFrames } from '../../../../src/output/print.js';
import { BUNDLED_DECK_PATH, deckFromFile, deckOf, LESSON_PATH, plain, stylesAt } from '../../../support/decks.js';
import { expectGolden } from '../../../support/golden.js';

const lesson = deckFromFile(LESSON_PATH);
const bundled = deckFromFile(BUNDLED_DECK_PATH);

const printed = (deck: Deck, columns: number, rows: number, level: 0 | 3 = 0) =>
  [...printFrames(deck, screenViewport(columns, rows), stylesAt(level), en)].join('');

/** Frames of every slide and step, scrolled to the top. */
function allFrames(deck: Deck, width: number, height: number, level: 0 | 3 = 3) {
  return deck.slides.flatMap((slide, i) =>
    slide.steps.map((_, step) =>
      renderScreen({ deck, position: { slide: i, step, scroll: 0 }, viewport: { width, height }, styles: stylesAt(level), strings: en }),
    ),
  );
}

const NASTY = [
  '# \u001B]0;pwned\u0007Title \u001B[2J with \u009B31m C1',
  '',
  'Para with BEL\u0007 and \u001B[31mred\u001B[0m and a very long word ' + 'x'.repeat(300),
  '',
  '| a \u001B]52;c;Zm9v\u0007 | b |',
  '|---|---|',
  '| \u001B[1;5X | ⚖️🧙♂️👍🏽 |',
  '',
  '```bash',
  'echo "\u001B]8;;http://evil\u001B\\\\link"\t# tab',
  '```',
  '',
  '- deep',
  '  - deeper',
  '    - deepest ' + '🧩'.repeat(60),
  '',
  '---',
  '',
  '```art',
  '+' + '-'.repeat(500) + '+',
  '```',
].join('\n');

describe('renderScreen', () => {
  it.each([
    [80, 23],
    [40, 11],
    [200, 59],
    [120, 39],
    [20, 5],
    [1, 1],
    [3, 2],
    [400, 199],
  ])('keeps the Frame promise at %ix%i: exact height, no line wider than the width', (width, height) => {
    for (const deck of [lesson, bundled, deckOf(NASTY)]) {
      for (const frame of allFrames(deck, width, height)) {
        expect(frame.lines).toHaveLength(height);
        for (const line of frame.lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('lets no control sequence from a lesson through, only SGR colors', () => {
    for (const frame of allFrames(deckOf(NASTY), 80, 23)) {
      for (const line of frame.lines) {
        const withoutSgr = line.replace(/\u001B\[[0-9;]*m/g, '');
        expect(withoutSgr).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
      }
    }
  });

  it('shows the first slide title in big letters and the other titles as text', () => {
    const first = plain(allFrames(lesson, 80, 23, 0)[0]!.lines.join('\n'));
    expect(first).not.toContain('Pengantar KVM vs LXC\n');
    expect(first).toMatch(/╔═╗|___/); // a cfonts font
    // The lesson number stands small above the big letters, not drawn big.
    expect(first.split('\n').map((l) => l.trim())).toContain('🧩 #3');
    expect(first).toContain('sobat petualang');
    const second = allFrames(lesson, 80, 23, 0)[1]!.lines.map(plain);
    expect(second[1]).toBe('  🏰 Analogi Sederhana: Rumah vs Kamar');
  });

  it('falls back to a bold title when no big font fits', () => {
    const first = allFrames(lesson, 30, 11, 0)[0]!.lines.map(plain);
    expect(first.join('\n')).toContain('🧩 #3 - Pengantar KVM vs LXC');
  });

  it('scrolls a slide taller than the screen and says so in the status bar', () => {
    const deck = deckOf(Array.from({ length: 40 }, (_, i) => `- item ${i + 1}`).join('\n'));
    const viewport = { width: 40, height: 12 };
    const top = renderScreen({ deck, position: { slide: 0, step: 0, scroll: 0 }, viewport, styles: stylesAt(0), strings: en });
    expect(top.lines[11]).toMatch(/↓ (lines )?1–11\/40/);
    expect(top.lines.join('\n')).toContain('item 1\n');
    const max = scrollLimitFor(deck, viewport, stylesAt(0))(0, 0);
    expect(max).toBeGreaterThan(0);
    const bottom = renderScreen({ deck, position: { slide: 0, step: 0, scroll: max }, viewport, styles: stylesAt(0), strings: en });
    expect(bottom.lines.join('\n')).toContain('item 40');
    expect(bottom.lines[11]).toMatch(/↑ (lines )?30–40\/40/);
    // Scrolling past the end is clamped, never blank.
    const past = renderScreen({ deck, position: { slide: 0, step: 0, scroll: max + 50 }, viewport, styles: stylesAt(0), strings: en });
    expect(past.lines).toEqual(bottom.lines);
  });

  it('shows the help overlay over the slide', () => {
    const frame = renderScreen({
      deck: lesson,
      position: { slide: 2, step: 0, scroll: 0 },
      viewport: { width: 80, height: 23 },
      styles: stylesAt(0),
      strings: en,
      overlay: { kind: 'help', sections: keySections(en), page: 0 },
    });
    const text = frame.lines.join('\n');
    expect(text).toContain('0-9 Enter');
    expect(text).not.toContain('Apa Itu KVM');
    expect(frame.lines[22]).toContain('3/7');
  });

  it.each([
    [40, 12],
    [80, 24],
    [120, 40],
    [200, 50],
  ])('fits every step of the bundled deck on %ix%i without scrolling', (columns, rows) => {
    const limit = scrollLimitFor(bundled, screenViewport(columns, rows), stylesAt(0));
    bundled.slides.forEach((slide, i) => slide.steps.forEach((_, step) => expect([i, step, limit(i, step)]).toEqual([i, step, 0])));
  });
});

describe('golden frames', () => {
  it('prints the lesson at 80x24 as it always has', () => {
    expectGolden('lesson-80x24.txt', printed(lesson, 80, 24));
  });

  it('prints the lesson at 40x12 as it always has', () => {
    expectGolden('lesson-40x12.txt', printed(lesson, 40, 12));
  });

  it('prints the bundled deck at 80x24 and 40x12 as it always has', () => {
    expectGolden('slides-80x24.txt', printed(bundled, 80, 24));
    expectGolden('slides-40x12.txt', printed(bundled, 40, 12));
  });

  it('prints the lesson table slide in truecolor as it always has', () => {
    const frames = printed(lesson, 80, 24, 3).split('\f\n');
    expectGolden('lesson-table-80x24.ansi', frames[4] ?? '');
  });

  it('writes no escape sequence at all without color', () => {
    expect(printed(lesson, 80, 24)).not.toContain('\u001B');
    expect(printed(lesson, 40, 12)).not.toContain('\u001B');
    expect(printed(deckOf(NASTY), 30, 10)).not.toContain('\u001B');
  });

  it('separates frames with form-feed lines, one per slide step', () => {
    const out = printed(lesson, 80, 24);
    const frames = out.split('\f\n');
    expect(frames).toHaveLength(7);
    for (const frame of frames) expect(frame.split('\n')).toHaveLength(24); // 23 lines + final newline
  });
});
