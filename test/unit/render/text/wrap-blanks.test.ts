import { describe, expect, it } from 'vitest';
import { wrapStyled } from '../../../../src/render/text/text.js';

describe('wrapStyled and runs of blanks', () => {
  it('wraps around a run of 100,000 blanks as around a run as wide as the line', () => {
    // wrap-ansi alone measures its row once per blank: this run would take it minutes.
    const long = wrapStyled(`\u001B[1mone${' '.repeat(100_000)}two\u001B[22m three`, 10);
    expect(long).toEqual(wrapStyled(`\u001B[1mone${' '.repeat(11)}two\u001B[22m three`, 10));
    expect(long.map((line) => line.replace(/\u001B\[\d+m/g, ''))).toEqual(['one', 'two three']);
  });

  it('keeps blanks shorter than the line as written', () => {
    expect(wrapStyled('a  b   c', 20)).toEqual(['a  b   c']);
  });
});
