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
