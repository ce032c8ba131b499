import type { Key } from './key-decoder.js';
import { listActionFor } from './keymap.js';

/** What a key does in the lesson menu a course opens with. */
export type StartMenuStep = { type: 'cursor'; cursor: number } | { type: 'pick' } | { type: 'quit' };

/**
 * The lesson menu shown before any lesson is open: the list keys of the key table, where
 * closing (Esc, q) quits because there is nothing under the menu to go back to. A digit
 * 1–9 moves to that lesson; → opens, like Enter.
 */
export function reduceStartMenu(cursor: number, key: Key, lessons: number, page: number): StartMenuStep {
  const to = (n: number): StartMenuStep => ({ type: 'cursor', cursor: Math.min(Math.max(n, 0), Math.max(0, lessons - 1)) });
  if (key.name === 'char' && /^[1-9]$/.test(key.char) && Number(key.char) <= lessons) return to(Number(key.char) - 1);
  if (key.name === 'right') return { type: 'pick' };
  const action = listActionFor(key);
  switch (action?.type) {
    case 'quit':
    case 'close':
      return { type: 'quit' };
    case 'pick':
      return { type: 'pick' };
    case 'move':
      return to(cursor + action.by);
    case 'page':
      return to(cursor + Math.max(1, page - 3) * action.direction);
    case 'edge':
      return to(action.to === 'first' ? 0 : lessons - 1);
    case undefined:
      return to(cursor);
  }
}
