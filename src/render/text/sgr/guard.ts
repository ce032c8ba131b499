/**
 * The output guard: the last check on every line before it reaches a terminal. Only SGR
 * (colours and attributes) survives, and, on a render for a terminal that shows them, the
 * OSC 8 links lectern writes itself (hyperlink.ts: a safe web address, nothing else).
 */
import { OSC8_SEQUENCE } from '../hyperlink.js';
import { styledTokens } from './tokens.js';

const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * Keeps SGR color codes and removes every other escape sequence and control character.
 * The last line of defence before a line is written to a terminal.
 */
export function keepOnlySgr(line: string, options: { hyperlinks?: boolean } = {}): string {
  if (!CONTROL.test(line)) return line;
  let kept = '';
  for (const token of styledTokens(line)) {
    if (token.kind === 'sgr') kept += token.text;
    else if (token.kind === 'text') kept += token.text.replace(CONTROLS, '');
    else if (token.kind === 'osc' && options.hyperlinks === true && isOurLink(token.text)) kept += token.text;
  }
  return kept;
}

/** An OSC 8 sequence exactly as hyperlink() writes it (opening with a safe target, or closing). */
function isOurLink(osc: string): boolean {
  OSC8_SEQUENCE.lastIndex = 0;
  const match = OSC8_SEQUENCE.exec(osc);
  return match !== null && match[0].length === osc.length;
}
