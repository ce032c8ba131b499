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

// Bidi overrides and isolates, zero-width characters: no control sequence, but they reorder
// or hide what a line shows (a file name that reads differently from what it is).
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const CONTROLS_BUT_LF_TAB = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text from outside that carries no styling of ours — file names, decoded YAML, link targets,
 * theme keys, error and `check` messages, serve's banner and log — as it may reach a terminal
 * or a log line: every escape sequence (SGR included) and control character removed except
 * line feeds and tabs, bidi controls and zero-width characters dropped. Run it after all
 * decoding (percent, YAML, entities), at the edge where the string is written.
 */
export function guardText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  let kept = '';
  for (const token of styledTokens(text.replace(/\r\n?/g, '\n'))) if (token.kind === 'text') kept += token.text;
  return kept.replace(CONTROLS_BUT_LF_TAB, '').replace(INVISIBLE, '');
}

/** guardText for one line (an error, a `check` finding, a status message): line breaks and tabs become spaces. */
export function guardLine(text: string): string {
  return guardText(text).replace(/[\n\t]/g, ' ');
}
