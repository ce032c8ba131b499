/**
 * The output guard: the last check on every line before it reaches a terminal. Only SGR
 * (colours and attributes) and the OSC 8 links lectern writes itself (hyperlink.ts: a safe
 * web address, nothing else) survive.
 */
import { OSC8_SEQUENCE } from './hyperlink.js';

// SGR sequences are the only escapes we emit ourselves (colors); anything else is removed.
const ANY_ESCAPE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[PX^_][^\u001B]*(?:\u001B\\)?|[ -/]*[0-~])/g;
const SGR = /^\u001B\[[0-9;:]*m$/;

/**
 * Keeps SGR color codes (and, when asked, OSC 8 links to safe addresses) and removes every other escape
 * sequence and control character. The last line of defence before a line is written to a
 * terminal.
 */
export function keepOnlySgr(line: string, options: { hyperlinks?: boolean } = {}): string {
  if (!/[\u0000-\u001F\u007F-\u009F]/.test(line)) return line;
  // Links pass only on a render for a terminal that shows them (Styles.hyperlinks).
  if (options.hyperlinks !== true || !line.includes('\u001B]8;')) return clean(line);
  // Keep each well-formed link sequence whole; clean what is between them.
  let out = '';
  let from = 0;
  for (let at = line.indexOf('\u001B]8;'); at >= 0; at = line.indexOf('\u001B]8;', at + 1)) {
    OSC8_SEQUENCE.lastIndex = at;
    const match = OSC8_SEQUENCE.exec(line);
    if (!match) continue;
    out += clean(line.slice(from, at)) + match[0];
    from = at + match[0].length;
    at = from - 1;
  }
  return out + clean(line.slice(from));
}

function clean(text: string): string {
  return text
    .replace(ANY_ESCAPE, (seq) => (SGR.test(seq) ? seq : ''))
    .replace(/[\u0000-\u001A\u001C-\u001F\u007F-\u009F]/g, '')
    .replace(/\u001B(?!\[[0-9;:]*m)/g, '');
}
