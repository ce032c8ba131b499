/**
 * Turns raw terminal input into the keys lectern knows, and drops everything else.
 * We decode input ourselves instead of using Ink's useInput: Ink throws an uncaught
 * TypeError on some sequences (e.g. `ESC[1;5X`, Ink issue 901), and over SSH anyone can
 * send any bytes. Unknown escape sequences are skipped whole, never half-read as letters.
 */
export type Key =
  | { name: 'up' | 'down' | 'left' | 'right' | 'pageup' | 'pagedown' | 'home' | 'end' }
  | { name: 'enter' | 'escape' | 'backspace' | 'tab' | 'ctrl-c' | 'ctrl-z' }
  | { name: 'char'; char: string };

const CSI_KEYS: Record<string, Key['name']> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  '1~': 'home',
  '7~': 'home',
  '4~': 'end',
  '8~': 'end',
  '5~': 'pageup',
  '6~': 'pagedown',
};

const SS3_KEYS: Record<string, Key['name']> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };

/** Decodes one chunk of input. A lone ESC at the end of a chunk is the Escape key. */
export function decodeKeys(input: string): Key[] {
  const keys: Key[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] ?? '';
    if (ch === '\u001B') {
      const next = input[i + 1];
      if (next === undefined || next === '\u001B') {
        keys.push({ name: 'escape' });
        i += 1;
      } else if (next === '[') {
        const match = /^\u001B\[([0-?]*)([ -/]*)([@-~])/.exec(input.slice(i));
        if (!match) break; // truncated sequence: drop the rest of the chunk
        const [seq, params = '', , final = ''] = match;
        if (params === '200' && final === '~') {
          // Bracketed paste: skip the pasted text, it is not keys.
          const end = input.indexOf('\u001B[201~', i);
          i = end < 0 ? input.length : end + 6;
          continue;
        }
        // Modifiers still mean the key: ESC[1;5C is Ctrl+→, ESC[5;5~ is Ctrl+PgUp.
        const plain = final === '~' ? `${params.split(';')[0] ?? ''}~` : /^(1(;\d+)?)?$/.test(params) ? final : `${params}${final}`;
        const name = CSI_KEYS[plain];
        if (name) keys.push({ name } as Key);
        i += seq.length;
      } else if (next === ']' || next === 'P' || next === 'X' || next === '^' || next === '_') {
        // OSC/DCS/SOS/PM/APC strings (e.g. a terminal's reply to a color query): skip to
        // their terminator (BEL or ESC \\), or to the end of the chunk.
        const rest = input.slice(i + 2);
        const end = /\u0007|\u001B\\/.exec(rest);
        i = end ? i + 2 + end.index + end[0].length : input.length;
      } else if (next === 'O') {
        const name = SS3_KEYS[input[i + 2] ?? ''];
        if (name) keys.push({ name } as Key);
        i += 3;
      } else {
        // Alt+key: not ours. Skip both characters (a whole code point for the second).
        i += 1 + (input.codePointAt(i + 1)! > 0xffff ? 2 : 1);
      }
      continue;
    }
    const code = input.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (ch === '\r' || ch === '\n') keys.push({ name: 'enter' });
    else if (ch === '\u007F' || ch === '\b') keys.push({ name: 'backspace' });
    else if (ch === '\t') keys.push({ name: 'tab' });
    else if (ch === '\u0003') keys.push({ name: 'ctrl-c' });
    // Raw mode turns Ctrl-Z into a byte; the local terminal suspends on it (job-control.ts).
    else if (ch === '\u001A') keys.push({ name: 'ctrl-z' });
    else if (code >= 0x20 && !(code >= 0x7f && code <= 0x9f)) keys.push({ name: 'char', char: String.fromCodePoint(code) });
    i += width;
  }
  return keys;
}
