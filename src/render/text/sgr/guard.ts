/**
 * The output guard: the last check on every line before it reaches a terminal. Only SGR
 * (colours and attributes), the one kind of escape lectern writes inside a Frame, survives.
 */
import { styledTokens } from './tokens.js';

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * Keeps SGR color codes and removes every other escape sequence and control character.
 * The last line of defence before a line is written to a terminal.
 */
export function keepOnlySgr(line: string): string {
  if (!CONTROL.test(line)) return line;
  let kept = '';
  for (const token of styledTokens(line)) {
    if (token.kind === 'sgr') kept += token.text;
    else if (token.kind === 'text') kept += token.text.replace(CONTROLS, '');
  }
  return kept;
}
