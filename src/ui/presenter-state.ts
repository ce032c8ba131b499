import { navigate, type ScrollLimit } from '../deck/navigate.js';
import type { Deck, Position } from '../deck/types.js';
import type { Action } from './keymap.js';

/** Everything the presenter view remembers between keys. */
export interface PresenterState {
  position: Position;
  overlay?: 'help';
  /** Digits typed so far for "number + Enter". */
  digits: string;
  /** A one-off message for the status bar (cleared by the next key). */
  message?: string;
}

/** What the reducer needs to know about the screen. */
export interface PresenterContext {
  deck: Deck;
  limit: ScrollLimit;
  /** Lines one PgDn/space scrolls. */
  page: number;
}

/** Initial state at a position. */
export function initialPresenterState(position: Position): PresenterState {
  return { position, digits: '' };
}

/** The status-bar notice for a state: the number being typed, else the message. */
export function noticeOf(state: PresenterState): string | undefined {
  return state.digits !== '' ? `Go to slide: ${state.digits}` : state.message;
}

/**
 * Applies one key action. Pure: the Ink view, tests and remote viewers share it.
 * `quit` is true when the presenter should close.
 */
export function reducePresenter(
  state: PresenterState,
  action: Action,
  ctx: PresenterContext,
): { state: PresenterState; quit: boolean } {
  const base: PresenterState = { position: state.position, digits: state.digits };
  const stay = (next: PresenterState) => ({ state: next, quit: false });
  if (action.type === 'quit') return { state, quit: true };
  if (state.overlay === 'help') return stay(base); // any key closes the help

  switch (action.type) {
    case 'help':
      return stay({ ...base, digits: '', overlay: 'help' });
    case 'escape':
      return state.digits !== '' ? stay({ ...base, digits: '' }) : { state, quit: true };
    case 'digit':
      return stay({ ...base, digits: (state.digits + action.digit).slice(-4) });
    case 'backspace':
      return stay({ ...base, digits: state.digits.slice(0, -1) });
    case 'enter': {
      if (state.digits === '') return stay(base);
      const wanted = Number(state.digits);
      const count = ctx.deck.slides.length;
      if (wanted < 1 || wanted > count) return stay({ ...base, digits: '', message: `No slide ${wanted} (1–${count})` });
      const position = navigate(ctx.deck, state.position, { type: 'goto', slide: wanted }, ctx.limit);
      return stay({ position, digits: '' });
    }
    case 'page': {
      const lines = Math.max(1, ctx.page) * action.direction;
      const position = navigate(ctx.deck, state.position, { type: 'scroll', lines }, ctx.limit);
      return stay({ position, digits: '' });
    }
    case 'command':
      return stay({ position: navigate(ctx.deck, state.position, action.command, ctx.limit), digits: '' });
    case 'other':
      return stay(base);
  }
}
