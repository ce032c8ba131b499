import { describe, expect, it } from 'vitest';
import { decodeKeys, type Key } from '../../../src/session/key-decoder.js';

/** Short names for key lists: chars as themselves, other keys as `<name>`. */
function names(input: string): string[] {
  return decodeKeys(input).map((k: Key) => (k.name === 'char' ? k.char : `<${k.name}>`));
}

describe('decodeKeys', () => {
  it('reads arrows in CSI and SS3 form', () => {
    expect(names('\u001B[A\u001B[B\u001B[C\u001B[D')).toEqual(['<up>', '<down>', '<right>', '<left>']);
    expect(names('\u001BOA\u001BOB\u001BOC\u001BOD')).toEqual(['<up>', '<down>', '<right>', '<left>']);
  });

  it('reads modified arrows as the arrow', () => {
    expect(names('\u001B[1;5C')).toEqual(['<right>']);
    expect(names('\u001B[1;2D\u001B[1;3A\u001B[1;9B')).toEqual(['<left>', '<up>', '<down>']);
  });

  it('reads Home and End in xterm, SS3 and rxvt forms', () => {
    expect(names('\u001B[H\u001B[7~\u001BOH\u001B[1;5H')).toEqual(['<home>', '<home>', '<home>', '<home>']);
    expect(names('\u001B[F\u001B[4~\u001B[8~\u001BOF\u001B[1;2F')).toEqual(['<end>', '<end>', '<end>', '<end>', '<end>']);
  });

  it('reads Home as tmux, screen and the Linux console send it (ESC [ 1 ~)', () => {
    expect(names('\u001B[1~')).toEqual(['<home>']);
  });

  it('reads PgUp and PgDn', () => {
    expect(names('\u001B[5~\u001B[6~')).toEqual(['<pageup>', '<pagedown>']);
  });

  it('reads Enter, Backspace, Tab and Ctrl-C', () => {
    expect(names('\r')).toEqual(['<enter>']);
    expect(names('\n')).toEqual(['<enter>']);
    expect(names('\u007F')).toEqual(['<backspace>']);
    expect(names('\b')).toEqual(['<backspace>']);
    expect(names('\t')).toEqual(['<tab>']);
    expect(names('\u0003')).toEqual(['<ctrl-c>']);
  });

  it('reads a lone ESC as Escape, alone or doubled', () => {
    expect(names('\u001B')).toEqual(['<escape>']);
    expect(names('\u001B\u001B')).toEqual(['<escape>', '<escape>']);
    expect(names('\u001B\u001B[A')).toEqual(['<escape>', '<up>']);
  });

  it('reads characters, digits and emoji one code point each', () => {
    expect(names('q?12 G')).toEqual(['q', '?', '1', '2', ' ', 'G']);
    expect(decodeKeys('🧩é')).toEqual([
      { name: 'char', char: '🧩' },
      { name: 'char', char: 'é' },
    ]);
  });

  it('reads digits then Enter as typed', () => {
    expect(names('12\r')).toEqual(['1', '2', '<enter>']);
  });

  it('drops unknown CSI sequences whole, never as letters', () => {
    expect(names('\u001B[1;5X')).toEqual([]);
    expect(names('\u001B[999~')).toEqual([]);
    expect(names('\u001B[Z\u001B[<0;10;20M\u001B[200;5~x')).toEqual(['x']);
    // A modified key is still that key (Ctrl+PgDn).
    expect(names('\u001B[6;5~')).toEqual(['<pagedown>']);
    expect(names('a\u001B[1;5Xb\u001B[999~c')).toEqual(['a', 'b', 'c']);
  });

  it('skips Alt+key pairs', () => {
    expect(names('\u001Bqx')).toEqual(['x']);
    expect(names('\u001B🧩x')).toEqual(['x']);
  });

  it('skips bracketed paste content', () => {
    expect(names('\u001B[200~q G 12\r\u001B[201~l')).toEqual(['l']);
    expect(names('\u001B[200~unterminated q')).toEqual([]);
  });

  it('drops a truncated CSI at the end of a chunk', () => {
    expect(names('j\u001B[')).toEqual(['j']);
    expect(names('j\u001B[1;')).toEqual(['j']);
    expect(names('\u001BO')).toEqual([]);
  });

  it('drops C1 and other control bytes', () => {
    expect(names('\u009B\u0085a\u0001\u001Fb\u0090')).toEqual(['a', 'b']);
  });
});
