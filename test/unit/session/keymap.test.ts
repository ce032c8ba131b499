import { press } from '../../support/press-keys.js';
import { describe, expect, it } from 'vitest';
import type { ScrollLimit } from '../../../src/deck/navigate.js';
import type { Deck, Position } from '../../../src/deck/types.js';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import { stringsFor } from '../../../src/render/ui-strings.js';
import { type Key } from '../../../src/session/key-decoder.js';
import { actionFor } from '../../../src/session/keymap.js';
import { initialPresenterState, noticeOf, type PresenterContext, type PresenterState } from '../../../src/session/presenter.js';

function deckOf(markdown: string): Deck {
  return deckFromText(markdown, 'test.md', 'test.md');
}

const en = stringsFor('en');
// Five one-step slides, then one with two steps.
const deck = deckOf(['# S1', '# S2', '# S3', '# S4', '# S5', '# S6\n\na\n\n<!-- pause -->\n\nb'].join('\n\n---\n\n'));

function contextFor(d: Deck, extra: Partial<PresenterContext> = {}): PresenterContext {
  return { deck: d, limit: () => 0, page: 10, strings: en, searchTexts: () => [], lessonLinks: () => [], ...extra };
}

const at = (slide: number, step = 0, scroll = 0): Position => ({ slide, step, scroll });
const stateAt = (position: Position): PresenterState => initialPresenterState(position);

const char = (c: string): Key => ({ name: 'char', char: c });

describe('actionFor: the bindings of ARCHITECTURE.md', () => {
  it('→ l: next; ← h: back', () => {
    for (const key of [{ name: 'right' } as Key, char('l')]) expect(actionFor(key)).toEqual({ type: 'command', command: { type: 'next' } });
    for (const key of [{ name: 'left' } as Key, char('h')]) expect(actionFor(key)).toEqual({ type: 'command', command: { type: 'prev' } });
  });

  it('↓ j scroll down a line, ↑ k scroll up a line (then move on)', () => {
    for (const key of [{ name: 'down' } as Key, char('j')]) expect(actionFor(key)).toEqual({ type: 'command', command: { type: 'scroll', lines: 1 } });
    for (const key of [{ name: 'up' } as Key, char('k')]) expect(actionFor(key)).toEqual({ type: 'command', command: { type: 'scroll', lines: -1 } });
  });

  it('space PgDn page forward, PgUp page back', () => {
    expect(actionFor(char(' '))).toEqual({ type: 'page', direction: 1 });
    expect(actionFor({ name: 'pagedown' })).toEqual({ type: 'page', direction: 1 });
    expect(actionFor({ name: 'pageup' })).toEqual({ type: 'page', direction: -1 });
  });

  it('Home g first, End G last', () => {
    for (const key of [{ name: 'home' } as Key, char('g')]) expect(actionFor(key)).toEqual({ type: 'command', command: { type: 'first' } });
    for (const key of [{ name: 'end' } as Key, char('G')]) expect(actionFor(key)).toEqual({ type: 'command', command: { type: 'last' } });
  });

  it('digits, Enter, o, /, ?, q, Esc, Ctrl-C', () => {
    for (const d of '0123456789') expect(actionFor(char(d))).toEqual({ type: 'digit', digit: d });
    expect(actionFor({ name: 'enter' })).toEqual({ type: 'enter' });
    expect(actionFor(char('o'))).toEqual({ type: 'overview' });
    expect(actionFor(char('/'))).toEqual({ type: 'search' });
    expect(actionFor(char('?'))).toEqual({ type: 'help' });
    expect(actionFor(char('q'))).toEqual({ type: 'quit' });
    expect(actionFor({ name: 'ctrl-c' })).toEqual({ type: 'quit' });
    expect(actionFor({ name: 'escape' })).toEqual({ type: 'escape' });
  });

  it('unbound keys are `other`', () => {
    for (const key of [char('x'), char('Q'), char('🧩'), { name: 'tab' } as Key]) expect(actionFor(key)).toEqual({ type: 'other' });
  });
});

describe('reducePresenter: moving with the documented keys', () => {
  const ctx = contextFor(deck);

  it.each([
    ['→', '\u001B[C'],
    ['↓', '\u001B[B'],
    ['space', ' '],
    ['l', 'l'],
    ['j', 'j'],
    ['PgDn', '\u001B[6~'],
  ])('%s goes to the next slide when it fits', (_label, input) => {
    const update = press(stateAt(at(1)), input, ctx);
    expect(update.state.position).toEqual(at(2));
    expect(update.effect).toBeUndefined();
  });

  it.each([
    ['←', '\u001B[D'],
    ['↑', '\u001B[A'],
    ['h', 'h'],
    ['k', 'k'],
    ['PgUp', '\u001B[5~'],
  ])('%s goes back a slide', (_label, input) => {
    expect(press(stateAt(at(2)), input, ctx).state.position).toEqual(at(1));
  });

  it('Home / g go to the first slide, End / G to the last step of the last', () => {
    for (const input of ['\u001B[H', 'g']) expect(press(stateAt(at(3)), input, ctx).state.position).toEqual(at(0));
    for (const input of ['\u001B[F', 'G']) expect(press(stateAt(at(0)), input, ctx).state.position).toEqual(at(5, 1));
  });

  it('q, Esc and Ctrl-C quit', () => {
    for (const input of ['q', '\u001B', '\u0003']) expect(press(stateAt(at(2)), input, ctx).effect).toEqual({ type: 'quit' });
  });

  it('o opens the overview at the current slide, / opens search', () => {
    expect(press(stateAt(at(3)), 'o', ctx).state.mode).toEqual({ kind: 'overview', cursor: 3 });
    expect(press(stateAt(at(3)), '/', ctx).state.mode).toEqual({ kind: 'search', query: '' });
  });
});

describe('reducePresenter: number + Enter', () => {
  const ctx = contextFor(deck);

  it('goes to the slide typed', () => {
    const update = press(stateAt(at(0)), '4\r', ctx);
    expect(update.state.position).toEqual(at(3));
    expect(update.state.digits).toBe('');
  });

  it('shows the digits while typing, and takes several digits', () => {
    const typing = press(stateAt(at(0)), '0', ctx).state;
    expect(typing.digits).toBe('0');
    expect(noticeOf(typing, ctx)).toBe('Go to slide: 0');
    expect(press(typing, '6\r', ctx).state.position).toEqual(at(5));
  });

  it('Backspace removes a digit', () => {
    expect(press(stateAt(at(0)), '23\u007F\r', ctx).state.position).toEqual(at(1));
  });

  it('an out-of-range number shows a message and stays', () => {
    for (const input of ['9\r', '0\r', '77\r']) {
      const { state, effect } = press(stateAt(at(2)), input, ctx);
      expect(effect).toBeUndefined();
      expect(state.position).toEqual(at(2));
      expect(state.digits).toBe('');
      expect(state.message).toBe(en.noSlide(Number(input.slice(0, -1)), 6));
      expect(noticeOf(state, ctx)).toBe(state.message);
    }
  });

  it('the message goes away with the next key', () => {
    const shown = press(stateAt(at(2)), '9\r', ctx).state;
    expect(shown.message).toBeDefined();
    expect(press(shown, 'x', ctx).state.message).toBeUndefined();
  });

  it('Enter without digits does nothing', () => {
    const { state, effect } = press(stateAt(at(2)), '\r', ctx);
    expect(state.position).toEqual(at(2));
    expect(effect).toBeUndefined();
  });

  it('Esc clears a pending number instead of quitting; a second Esc quits', () => {
    const pending = press(stateAt(at(1)), '3', ctx).state;
    const cleared = press(pending, '\u001B', ctx);
    expect(cleared.effect).toBeUndefined();
    expect(cleared.state.digits).toBe('');
    expect(cleared.state.position).toEqual(at(1));
    expect(press(cleared.state, '\u001B', ctx).effect).toEqual({ type: 'quit' });
  });

  it('a movement key drops a pending number', () => {
    const moved = press(stateAt(at(1)), '3l', ctx).state;
    expect(moved.digits).toBe('');
    expect(moved.position).toEqual(at(2));
    expect(press(moved, '\r', ctx).state.position).toEqual(at(2));
  });
});

describe('reducePresenter: help', () => {
  const ctx = contextFor(deck);

  it('? opens help; the next key only closes it, q included', () => {
    const open = press(stateAt(at(1)), '?', ctx).state;
    expect(open.mode).toEqual({ kind: 'help', page: 0 });
    for (const input of ['l', '\u001B[C', '3', '\u001B', 'x', '?', 'q', 'o', '/']) {
      const { state, effect } = press(open, input, ctx);
      expect(effect).toBeUndefined();
      expect(state.mode).toEqual({ kind: 'slides' });
      expect(state.position).toEqual(at(1));
      expect(state.digits).toBe('');
    }
  });

  it('Ctrl-C still quits from help', () => {
    const open = press(stateAt(at(1)), '?', ctx).state;
    expect(press(open, '\u0003', ctx).effect).toEqual({ type: 'quit' });
  });
});

describe('reducePresenter: paging a tall slide', () => {
  // Slide 2 (index 1) is 25 lines taller than the screen.
  const limit: ScrollLimit = (slide) => (slide === 1 ? 25 : 0);
  const ctx = contextFor(deck, { limit, page: 10 });

  it('space and PgDn scroll by a page, then move on', () => {
    let state = stateAt(at(1));
    const scrolls: number[] = [];
    for (const input of [' ', '\u001B[6~', ' ']) {
      state = press(state, input, ctx).state;
      scrolls.push(state.position.scroll);
    }
    expect(scrolls).toEqual([10, 20, 25]);
    expect(press(state, ' ', ctx).state.position).toEqual(at(2));
  });

  it('PgUp scrolls back by a page, then goes back', () => {
    let state = stateAt(at(1, 0, 25));
    state = press(state, '\u001B[5~', ctx).state;
    expect(state.position).toEqual(at(1, 0, 15));
    state = press(state, '\u001B[5~\u001B[5~', ctx).state;
    expect(state.position).toEqual(at(1, 0, 0));
    expect(press(state, '\u001B[5~', ctx).state.position).toEqual(at(0));
  });

  it('↓ and j scroll by one line; → skips the rest of the slide', () => {
    expect(press(stateAt(at(1)), '\u001B[Bj', ctx).state.position).toEqual(at(1, 0, 2));
    expect(press(stateAt(at(1, 0, 3)), '\u001B[C', ctx).state.position).toEqual(at(2));
  });

  it('↑ from the next slide lands at the bottom of the tall one', () => {
    expect(press(stateAt(at(2)), '\u001B[A', ctx).state.position).toEqual(at(1, 0, 25));
  });

  it('a page of less than one line still scrolls one', () => {
    const tiny = contextFor(deck, { limit, page: 0 });
    expect(press(stateAt(at(1)), ' ', tiny).state.position).toEqual(at(1, 0, 1));
  });
});
