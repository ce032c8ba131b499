import { describe, expect, it } from 'vitest';
import type { Command } from '../../../src/deck/commands.js';
import { clampPosition, navigate, samePosition, startPosition, type ScrollLimit } from '../../../src/deck/navigate.js';
import type { Deck, Position } from '../../../src/deck/types.js';
import { deckFromText } from '../../../src/parse/deck-from-text.js';

function deckOf(markdown: string): Deck {
  return deckFromText(markdown, 'test.md', 'test.md');
}

// Slide 1: 1 step; slide 2: 3 steps; slide 3: 2 steps.
const deck = deckOf('# One\n\na\n\n---\n\n# Two\n\nb1\n\n<!-- pause -->\n\nb2\n\n<!-- pause -->\n\nb3\n\n---\n\n# Three\n\nc1\n\n<!-- pause -->\n\nc2');
const at = (slide: number, step = 0, scroll = 0): Position => ({ slide, step, scroll });
const next: Command = { type: 'next' };
const prev: Command = { type: 'prev' };
const down = (lines: number): Command => ({ type: 'scroll', lines });

/** Runs commands in order from a position. */
function run(from: Position, commands: Command[], limit?: ScrollLimit): Position {
  return commands.reduce((pos, cmd) => navigate(deck, pos, cmd, limit), from);
}

describe('navigate: next and prev', () => {
  it('the test deck has the steps it should', () => {
    expect(deck.slides.map((s) => s.steps.length)).toEqual([1, 3, 2]);
  });

  it('next walks every step, then every slide', () => {
    const visited: Position[] = [startPosition];
    for (let i = 0; i < 5; i++) visited.push(navigate(deck, visited[visited.length - 1]!, next));
    expect(visited).toEqual([at(0), at(1, 0), at(1, 1), at(1, 2), at(2, 0), at(2, 1)]);
  });

  it('prev walks back: into the last step of the previous slide', () => {
    expect(navigate(deck, at(2, 0), prev)).toEqual(at(1, 2));
    expect(navigate(deck, at(1, 2), prev)).toEqual(at(1, 1));
    expect(navigate(deck, at(1, 0), prev)).toEqual(at(0, 0));
  });

  it('stays put at both ends', () => {
    expect(navigate(deck, at(0), prev)).toEqual(at(0));
    expect(navigate(deck, at(2, 1), next)).toEqual(at(2, 1));
  });

  it('resets the scroll when it moves', () => {
    const limit: ScrollLimit = () => 10;
    expect(navigate(deck, at(1, 0, 4), next, limit)).toEqual(at(1, 1, 0));
    expect(navigate(deck, at(1, 1, 4), prev, limit)).toEqual(at(1, 0, 0));
  });
});

describe('navigate: first, last, goto', () => {
  it('first goes to the start', () => {
    expect(navigate(deck, at(2, 1, 0), { type: 'first' })).toEqual(startPosition);
  });

  it('last goes to the last step of the last slide', () => {
    expect(navigate(deck, at(0), { type: 'last' })).toEqual(at(2, 1));
  });

  it('goto takes a 1-based slide number and starts at its first step', () => {
    expect(navigate(deck, at(2, 1), { type: 'goto', slide: 2 })).toEqual(at(1, 0));
    expect(navigate(deck, at(0), { type: 'goto', slide: 3 })).toEqual(at(2, 0));
  });

  it('goto clamps numbers outside the deck and truncates fractions', () => {
    expect(navigate(deck, at(1), { type: 'goto', slide: 0 })).toEqual(at(0));
    expect(navigate(deck, at(1), { type: 'goto', slide: -5 })).toEqual(at(0));
    expect(navigate(deck, at(0), { type: 'goto', slide: 99 })).toEqual(at(2));
    expect(navigate(deck, at(0), { type: 'goto', slide: 2.9 })).toEqual(at(1));
    expect(navigate(deck, at(0), { type: 'goto', slide: Infinity })).toEqual(at(2));
  });

  it('never returns a position outside the deck, even for goto NaN', () => {
    expect(navigate(deck, at(1), { type: 'goto', slide: Number.NaN })).toEqual(at(0));
  });
});

describe('navigate: scrolling', () => {
  // Slide 2 step 2 (index 1,1) is 12 lines too tall; everything else fits.
  const limit: ScrollLimit = (slide, step) => (slide === 1 && step === 1 ? 12 : 0);

  it('scrolls within a tall step, clamped to its limit', () => {
    expect(navigate(deck, at(1, 1, 0), down(1), limit)).toEqual(at(1, 1, 1));
    expect(navigate(deck, at(1, 1, 5), down(10), limit)).toEqual(at(1, 1, 12));
    expect(navigate(deck, at(1, 1, 5), down(-3), limit)).toEqual(at(1, 1, 2));
    expect(navigate(deck, at(1, 1, 5), down(-30), limit)).toEqual(at(1, 1, 0));
  });

  it('scrolling down at the bottom moves on to the next step', () => {
    expect(navigate(deck, at(1, 1, 12), down(1), limit)).toEqual(at(1, 2, 0));
  });

  it('scrolling down on a step that fits moves on, like next', () => {
    expect(navigate(deck, at(0), down(1), limit)).toEqual(at(1, 0));
    expect(run(at(0), [down(1), down(1), down(1), down(1)], limit)).toEqual(at(1, 1, 2));
  });

  it('scrolling up at the top lands at the bottom of the previous step', () => {
    expect(navigate(deck, at(1, 2, 0), down(-1), limit)).toEqual(at(1, 1, 12));
    expect(navigate(deck, at(1, 1, 0), down(-1), limit)).toEqual(at(1, 0, 0));
  });

  it('scrolling up from the first step of a slide lands at the bottom of the previous slide', () => {
    const tallLast: ScrollLimit = (slide, step) => (slide === 1 && step === 2 ? 7 : 0);
    expect(navigate(deck, at(2, 0, 0), down(-1), tallLast)).toEqual(at(1, 2, 7));
  });

  it('scrolling at the ends of the deck stays put', () => {
    expect(navigate(deck, at(0), down(-1), limit)).toEqual(at(0));
    expect(navigate(deck, at(2, 1), down(1), limit)).toEqual(at(2, 1));
  });

  it('clamps a scroll beyond the current limit first (e.g. after a resize)', () => {
    const smaller: ScrollLimit = (slide, step) => (slide === 1 && step === 1 ? 3 : 0);
    expect(navigate(deck, at(1, 1, 10), down(-1), smaller)).toEqual(at(1, 1, 2));
  });
});

describe('navigate: odd decks and positions', () => {
  const empty: Deck = { meta: { title: 'x', source: 'x' }, slides: [] };

  it('an empty deck stays at the start for every command', () => {
    const commands: Command[] = [next, prev, down(5), down(-5), { type: 'first' }, { type: 'last' }, { type: 'goto', slide: 3 }];
    for (const cmd of commands) expect(navigate(empty, at(4, 2, 9), cmd)).toEqual(startPosition);
    expect(clampPosition(empty, at(3, 3, 3))).toEqual(startPosition);
  });

  it('a position outside the deck is brought back before moving', () => {
    expect(navigate(deck, at(9, 9, 9), prev)).toEqual(at(2, 0));
    expect(navigate(deck, at(-3, 0), next)).toEqual(at(1, 0));
  });

  it('clampPosition keeps slide, step and scroll inside the deck', () => {
    const limit: ScrollLimit = () => 4;
    expect(clampPosition(deck, at(7, 7, 7), limit)).toEqual(at(2, 1, 4));
    expect(clampPosition(deck, at(0, 5, -2), limit)).toEqual(at(0, 0, 0));
    expect(clampPosition(deck, at(1, 2, 3), limit)).toEqual(at(1, 2, 3));
    expect(clampPosition(deck, at(1, 2, 3))).toEqual(at(1, 2, 0));
  });

  it('samePosition compares all three fields', () => {
    expect(samePosition(at(1, 2, 3), at(1, 2, 3))).toBe(true);
    expect(samePosition(at(1, 2, 3), at(1, 2, 4))).toBe(false);
    expect(samePosition(at(1, 2, 3), at(1, 1, 3))).toBe(false);
  });
});
