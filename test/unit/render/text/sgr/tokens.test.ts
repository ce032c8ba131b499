import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sgr, stripSgr, styledTokens, type TokenKind } from '../../../../../src/render/text/sgr/tokens.js';

const kinds = (text: string): Array<[TokenKind, string]> => [...styledTokens(text)].map((t) => [t.kind, t.text]);

describe('styledTokens', () => {
  it('splits text from SGR sequences and reads their parameters', () => {
    const tokens = [...styledTokens('a\u001B[1;38;5;188mbc\u001B[m')];
    expect(tokens.map((t) => [t.kind, t.text, t.index])).toEqual([
      ['text', 'a', 0],
      ['sgr', '\u001B[1;38;5;188m', 1],
      ['text', 'bc', 14],
      ['sgr', '\u001B[m', 16],
    ]);
    expect(tokens[1]).toMatchObject({ params: '1;38;5;188', intermediates: '', final: 'm' });
    expect(tokens[3]?.params).toBe('');
  });

  it('reads colon forms as SGR, and a CSI ending in m with other bytes as something else', () => {
    expect(kinds('\u001B[4:3m\u001B[38:2::1:2:3m')).toEqual([
      ['sgr', '\u001B[4:3m'],
      ['sgr', '\u001B[38:2::1:2:3m'],
    ]);
    expect(kinds('\u001B[?1m\u001B[1 m')).toEqual([
      ['csi', '\u001B[?1m'],
      ['csi', '\u001B[1 m'],
    ]);
  });

  it('tells the other escapes apart, each read whole', () => {
    expect(kinds('\u001B[2J\u001B[?25l\u001B]8;;http://x\u0007\u001B]0;t\u001B\\')).toEqual([
      ['csi', '\u001B[2J'],
      ['csi', '\u001B[?25l'],
      ['osc', '\u001B]8;;http://x\u0007'],
      ['osc', '\u001B]0;t\u001B\\'],
    ]);
    expect(kinds('\u001B]0;unended')).toEqual([['escape', '\u001B]0;unended']]);
    expect(kinds('\u001BPq#0\u001B\\x')).toEqual([
      ['escape', '\u001BPq#0\u001B\\'],
      ['text', 'x'],
    ]);
    expect(kinds('\u001B7\u001B(Bz\u001B')).toEqual([
      ['escape', '\u001B7'],
      ['escape', '\u001B(B'],
      ['text', 'z'],
      ['escape', '\u001B'],
    ]);
  });

  it('leaves a cut-off CSI as an escape and its rest as text, never as SGR', () => {
    expect(kinds('\u001B[31')).toEqual([
      ['escape', '\u001B['],
      ['text', '31'],
    ]);
  });

  it('gives back the whole string, token after token', () => {
    const pieces = fc.constantFrom('a', ' ', 'é', '🧩', '\n', '\u001B', '[', ']', '\u0007', '\\', '3', ';', 'm', 'P', 'K', '?', ':', '\u009B');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const tokens = [...styledTokens(text)];
        expect(tokens.map((t) => t.text).join('')).toBe(text);
        let at = 0;
        for (const token of tokens) {
          expect(token.index).toBe(at);
          at += token.text.length;
          if (token.kind === 'text') expect(token.text).not.toContain('\u001B');
          else expect(token.text.startsWith('\u001B')).toBe(true);
        }
      }),
    );
  });
});

describe('sgr and stripSgr', () => {
  it('writes an SGR sequence and takes them all out again, leaving other escapes', () => {
    expect(sgr('38;5;188')).toBe('\u001B[38;5;188m');
    expect(stripSgr(`${sgr('1')}bold${sgr('22')} \u001B[4:3mwavy\u001B[m`)).toBe('bold wavy');
    expect(stripSgr('a\u001B[2Kb')).toBe('a\u001B[2Kb');
    expect(stripSgr('plain')).toBe('plain');
  });
});
