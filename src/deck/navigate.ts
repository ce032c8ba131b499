import type { Command } from './commands.js';
import type { Deck, Position } from './types.js';

/**
 * How far each (slide, step) can scroll on the current screen: 0 when it fits.
 * Navigation needs it but cannot compute it (it depends on rendering), so the caller passes it.
 */
export type ScrollLimit = (slide: number, step: number) => number;

const noScroll: ScrollLimit = () => 0;

/** The position of the first step of the deck. */
export const startPosition: Position = { slide: 0, step: 0, scroll: 0 };

/**
 * The pure navigation reducer shared by the terminal view, SSH followers and tests.
 * Never returns a position outside the deck; an empty deck stays at the start.
 */
export function navigate(deck: Deck, pos: Position, cmd: Command, limit: ScrollLimit = noScroll): Position {
  const count = deck.slides.length;
  if (count === 0) return startPosition;
  const here = clampPosition(deck, pos, limit);
  const steps = (slide: number) => Math.max(1, deck.slides[slide]?.steps.length ?? 1);
  const lastOf = (slide: number): Position => {
    const step = steps(slide) - 1;
    return { slide, step, scroll: 0 };
  };

  const forward = (): Position => {
    if (here.step + 1 < steps(here.slide)) return { slide: here.slide, step: here.step + 1, scroll: 0 };
    if (here.slide + 1 < count) return { slide: here.slide + 1, step: 0, scroll: 0 };
    return here;
  };
  const backward = (atBottom: boolean): Position => {
    let target: Position;
    if (here.step > 0) target = { slide: here.slide, step: here.step - 1, scroll: 0 };
    else if (here.slide > 0) target = lastOf(here.slide - 1);
    else return here;
    // Scrolling up past the top lands at the bottom of what came before, like a long page.
    return atBottom ? { ...target, scroll: limit(target.slide, target.step) } : target;
  };

  switch (cmd.type) {
    case 'next':
      return forward();
    case 'prev':
      return backward(false);
    case 'first':
      return startPosition;
    case 'last':
      return lastOf(count - 1);
    case 'goto': {
      const wanted = Number.isNaN(cmd.slide) ? 1 : Math.trunc(cmd.slide);
      const slide = Math.min(Math.max(wanted - 1, 0), count - 1);
      return { slide, step: 0, scroll: 0 };
    }
    case 'scroll': {
      const max = limit(here.slide, here.step);
      const wanted = here.scroll + cmd.lines;
      if (cmd.lines > 0 && here.scroll >= max) return forward();
      if (cmd.lines < 0 && here.scroll <= 0) return backward(true);
      return { ...here, scroll: Math.min(Math.max(wanted, 0), max) };
    }
  }
}

/** Whether two positions show the same thing. */
export function samePosition(a: Position, b: Position): boolean {
  return a.slide === b.slide && a.step === b.step && a.scroll === b.scroll;
}

/** Brings a position back inside the deck (e.g. after a resize or a reload removed slides). */
export function clampPosition(deck: Deck, pos: Position, limit: ScrollLimit = noScroll): Position {
  const count = deck.slides.length;
  if (count === 0) return startPosition;
  // NaN fails every comparison, so it would slip through min/max: treat it as 0.
  const finite = (n: number) => (Number.isFinite(n) ? Math.trunc(n) : 0);
  const slide = Math.min(Math.max(finite(pos.slide), 0), count - 1);
  const stepCount = Math.max(1, deck.slides[slide]?.steps.length ?? 1);
  const step = Math.min(Math.max(finite(pos.step), 0), stepCount - 1);
  const scroll = Math.min(Math.max(finite(pos.scroll), 0), limit(slide, step));
  return { slide, step, scroll };
}
