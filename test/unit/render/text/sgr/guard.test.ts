import { describe, expect, it } from 'vitest';
import { keepOnlySgr } from '../../../../../src/render/text/sgr/guard.js';
import { sanitizeText } from '../../../../../src/parse/clean-text.js';
import { deckFromText } from '../../../../../src/parse/deck-from-text.js';

describe('sanitizeText', () => {
  it('removes C0 controls, DEL and ESC but keeps TAB and LF', () => {
    expect(sanitizeText('a\u0000b\u0001c\u0007d\u0008e\u000Bf\u000Cg\u001Bh\u007Fi\tj\nk')).toBe('abcdefghi\tj\nk');
  });

  it('removes C1 controls, including the 8-bit CSI', () => {
    expect(sanitizeText('x\u0080y\u009B31mz\u009Fw')).toBe('xy31mzw');
  });

  it('keeps printable text next to C1 (Latin-1 letters survive)', () => {
    expect(sanitizeText('café ñ ÿ ¡')).toBe('café ñ ÿ ¡');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(sanitizeText('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('defuses an OSC title sequence: no ESC or BEL remain', () => {
    const out = sanitizeText('before\u001B]0;pwned\u0007after');
    expect(out).not.toMatch(/[\u001B\u0007]/);
    expect(out.startsWith('before')).toBe(true);
    expect(out.endsWith('after')).toBe(true);
  });

  it('defuses CSI sequences (clear screen, cursor moves)', () => {
    expect(sanitizeText('\u001B[2J\u001B[H# x')).not.toContain('\u001B');
  });

  it('removes VS16, VS15, ZWJ and skin-tone modifiers but keeps the pictures', () => {
    expect(sanitizeText('⚖️')).toBe('⚖');
    expect(sanitizeText('🧙‍♂️')).toBe('🧙♂');
    expect(sanitizeText('👍🏽 👋🏻 👋🏿')).toBe('👍 👋 👋');
    expect(sanitizeText('☺︎')).toBe('☺');
    expect(sanitizeText('👨‍👩‍👧')).toBe('👨👩👧');
  });

  it('removes bidi overrides, isolates and zero-width characters', () => {
    expect(sanitizeText('safe\u202Etxt.exe\u202C')).toBe('safetxt.exe');
    expect(sanitizeText('a\u2066b\u2069c\u200Bd\u200Ee\u200Ff\uFEFFg\u2060h')).toBe('abcdefgh');
  });

  it('leaves ordinary lesson text alone', () => {
    const text = '## 🧠 Apa Itu KVM?\n\n**KVM** adalah teknologi — “full virtualization”.\n';
    expect(sanitizeText(text)).toBe(text);
  });
});

describe('deckFromText sanitizes before parsing', () => {
  it('no control character reaches the model', () => {
    const deck = deckFromText('# Ti\u001B[31mtle\u0007\r\n\r\nText\u009B2J \u202Eevil\r\n\r\n```art\r\n\u001B]0;x\u0007art\r\n```\r\n', 'x.md', 'x.md');
    const json = JSON.stringify(deck);
    expect(json).not.toMatch(/\\u00(0[0-8]|0b|0c|0e|0f|1[0-9a-f]|7f|8[0-9a-f]|9[0-9a-f])/i);
    expect(json).not.toContain('\\r');
    expect(deck.slides[0]?.title).toBe('Ti[31mtle');
  });
});

describe('keepOnlySgr', () => {
  it('returns plain text unchanged', () => {
    expect(keepOnlySgr('plain ⚖ text')).toBe('plain ⚖ text');
  });

  it('keeps SGR color codes, 16, 256 and truecolor', () => {
    const line = '\u001B[31mred\u001B[0m \u001B[1;38;5;208mo\u001B[39m \u001B[38;2;1;2;3mrgb\u001B[m';
    expect(keepOnlySgr(line)).toBe(line);
  });

  it('removes cursor moves and screen clears', () => {
    expect(keepOnlySgr('a\u001B[2Jb\u001B[10;5Hc\u001B[Ad\u001B[?25le\u001B[6n')).toBe('abcde');
  });

  it('removes OSC sequences terminated by BEL and by ST', () => {
    expect(keepOnlySgr('x\u001B]0;title\u0007y')).toBe('xy');
    expect(keepOnlySgr('\u001B]8;;https://evil.example\u001B\\link\u001B]8;;\u001B\\')).toBe('link');
  });

  it('removes DCS strings and two-byte escapes', () => {
    expect(keepOnlySgr('a\u001BPq#0;2;0;0;0\u001B\\b')).toBe('ab');
    expect(keepOnlySgr('a\u001BMb\u001BDc')).toBe('abc');
    // ESC 7 (save cursor) is not in the removed two-byte set: only its ESC goes, which defuses it.
    expect(keepOnlySgr('a\u001B7b')).not.toContain('\u001B');
  });

  it('removes a lone ESC, at the end or before text', () => {
    expect(keepOnlySgr('a\u001B')).toBe('a');
    expect(keepOnlySgr('a\u001Bzb')).not.toContain('\u001B');
    expect(keepOnlySgr('a\u001B[31')).not.toContain('\u001B');
  });

  it('removes other control characters and C1 but keeps SGR around them', () => {
    expect(keepOnlySgr('\u001B[32mok\u0007\u0008\u009B2J\u001B[0m')).toBe('\u001B[32mok2J\u001B[0m');
  });
});
