/**
 * The output guard: the last check on every line before it reaches a terminal. Only SGR
 * (colours and attributes), the one kind of escape lectern writes inside a Frame, survives.
 */

// SGR sequences are the only escapes we emit ourselves (colors); anything else is removed.
const ANY_ESCAPE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[PX^_][^\u001B]*(?:\u001B\\)?|[ -/]*[0-~])/g;
const SGR = /^\u001B\[[0-9;:]*m$/;

/**
 * Keeps SGR color codes and removes every other escape sequence and control character.
 * The last line of defence before a line is written to a terminal.
 */
export function keepOnlySgr(line: string): string {
  if (!/[\u0000-\u001F\u007F-\u009F]/.test(line)) return line;
  return line
    .replace(ANY_ESCAPE, (seq) => (SGR.test(seq) ? seq : ''))
    .replace(/[\u0000-\u001A\u001C-\u001F\u007F-\u009F]/g, '')
    .replace(/\u001B(?!\[[0-9;:]*m)/g, '');
}

// Bidi overrides and isolates, zero-width characters: no control sequence, but they reorder
// or hide what a line shows (a file name that reads differently from what it is).
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Text from outside that carries no styling of ours — file names, decoded YAML, link targets,
 * theme keys, error and `check` messages, serve's banner and log — as it may reach a terminal
 * or a log line: every escape sequence (SGR included) and control character removed except
 * line feeds and tabs, bidi controls and zero-width characters dropped. Run it after all
 * decoding (percent, YAML, entities), at the edge where the string is written.
 */
export function guardText(text: string): string {
  if (!/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ANY_ESCAPE, '')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(INVISIBLE, '');
}

/** guardText for one line (an error, a `check` finding, a status message): line breaks and tabs become spaces. */
export function guardLine(text: string): string {
  return guardText(text).replace(/[\n\t]/g, ' ');
}
