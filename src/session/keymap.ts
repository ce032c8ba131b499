import type { Command } from '../deck/commands.js';
import type { Key } from './key-decoder.js';

/** What a key means to the presenter, before state (help open, digits typed) is considered. */
export type Action =
  | { type: 'command'; command: Command }
  /** Scroll by a page, or move on when at the end: PgDn, space. */
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'digit'; digit: string }
  | { type: 'enter' }
  | { type: 'backspace' }
  | { type: 'help' }
  | { type: 'escape' }
  | { type: 'quit' }
  | { type: 'overview' }
  | { type: 'search' }
  | { type: 'search-next' }
  | { type: 'follow' }
  /** A key with no binding: it only closes an overlay. */
  | { type: 'other' };

/** The key bindings of ARCHITECTURE.md; keys without a binding are `other`. */
export function actionFor(key: Key): Action {
  switch (key.name) {
    case 'right':
      return { type: 'command', command: { type: 'next' } };
    case 'left':
      return { type: 'command', command: { type: 'prev' } };
    case 'down':
      return { type: 'command', command: { type: 'scroll', lines: 1 } };
    case 'up':
      return { type: 'command', command: { type: 'scroll', lines: -1 } };
    case 'pagedown':
      return { type: 'page', direction: 1 };
    case 'pageup':
      return { type: 'page', direction: -1 };
    case 'home':
      return { type: 'command', command: { type: 'first' } };
    case 'end':
      return { type: 'command', command: { type: 'last' } };
    case 'enter':
      return { type: 'enter' };
    case 'backspace':
      return { type: 'backspace' };
    case 'escape':
      return { type: 'escape' };
    case 'ctrl-c':
      return { type: 'quit' };
    case 'tab':
    case 'ctrl-z':
      return { type: 'other' };
    case 'char':
      return charAction(key.char);
  }
}

function charAction(char: string): Action {
  if (/^[0-9]$/.test(char)) return { type: 'digit', digit: char };
  switch (char) {
    case 'l':
      return { type: 'command', command: { type: 'next' } };
    case 'h':
      return { type: 'command', command: { type: 'prev' } };
    case 'j':
      return { type: 'command', command: { type: 'scroll', lines: 1 } };
    case 'k':
      return { type: 'command', command: { type: 'scroll', lines: -1 } };
    case ' ':
      return { type: 'page', direction: 1 };
    case 'g':
      return { type: 'command', command: { type: 'first' } };
    case 'G':
      return { type: 'command', command: { type: 'last' } };
    case '?':
      return { type: 'help' };
    case 'o':
      return { type: 'overview' };
    case '/':
      return { type: 'search' };
    case 'n':
      return { type: 'search-next' };
    case 'f':
      return { type: 'follow' };
    case 'q':
      return { type: 'quit' };
    default:
      return { type: 'other' };
  }
}
