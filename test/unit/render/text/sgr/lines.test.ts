import { describe, expect, it } from 'vitest';
import { balanceSgrLines } from '../../../../../src/render/text/sgr/lines.js';

describe('balanceSgrLines', () => {
  it('re-opens on each line the styles the lines before left open, and closes them at its end', () => {
    expect(balanceSgrLines(['\u001B[1ma', '\u001B[31mb', 'c\u001B[22m', 'd\u001B[39m', 'e'])).toEqual([
      '\u001B[1ma\u001B[0m',
      '\u001B[1m\u001B[31mb\u001B[0m',
      '\u001B[1m\u001B[31mc\u001B[22m\u001B[0m',
      '\u001B[31md\u001B[39m',
      'e',
    ]);
  });

  it('re-opens extended colors whole and forgets everything after a reset', () => {
    expect(balanceSgrLines(['\u001B[38;5;188m\u001B[48;2;1;2;3mx', 'y\u001B[0m', 'z'])).toEqual([
      '\u001B[38;5;188m\u001B[48;2;1;2;3mx\u001B[0m',
      '\u001B[38;5;188m\u001B[48;2;1;2;3my\u001B[0m',
      'z',
    ]);
  });

  it('keeps a color replaced in place, in the order the attributes were first set', () => {
    expect(balanceSgrLines(['\u001B[31m\u001B[4ma\u001B[32m', 'b'])).toEqual(['\u001B[31m\u001B[4ma\u001B[32m\u001B[0m', '\u001B[32m\u001B[4mb\u001B[0m']);
  });

  it('keeps bold when dim text inside it wraps (SGR 22 would end both)', () => {
    expect(balanceSgrLines(['\u001B[1mtitle \u001B[2m(link', 'text)\u001B[22m\u001B[1m', 'end\u001B[22m'])).toEqual([
      '\u001B[1mtitle \u001B[2m(link\u001B[0m',
      '\u001B[1m\u001B[2mtext)\u001B[22m\u001B[1m\u001B[0m',
      '\u001B[1mend\u001B[22m',
    ]);
  });
});
