import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactSgr, minimizeSgr } from '../../../../../src/render/text/sgr/minimize.js';
import { cellsAfter } from '../../../../support/terminal-cells.js';

const screenAfter = (write: string) => cellsAfter(write, 30, 8);

const sgr = fc
  .array(
    fc.oneof(
      fc.constantFrom('0', '1', '2', '1', '2', '3', '4', '5', '7', '9', '22', '23', '24', '27', '29', '39', '49', '53', '55', '31', '92', '44', '105'),
      fc.integer({ min: 0, max: 255 }).map((n) => `38;5;${n}`),
      fc.integer({ min: 0, max: 255 }).map((n) => `48;5;${n}`),
      fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([r, g, b]) => `38;2;${r};${g};${b}`),
      fc.constant('38:5:200'),
      fc.constant('58;5;100'),
    ),
    { minLength: 0, maxLength: 3 },
  )
  .map((params) => `\u001B[${params.join(';')}m`);

const piece = fc.oneof(
  sgr,
  sgr,
  fc.constantFrom(
    'ab',
    ' ',
    '  ',
    'x y',
    '•',
    '🧩',
    '━─',
    '\r\n',
    '\n',
    '\u001B[E',
    '\u001B[2E',
    '\u001B[K',
    '\u001B[2;3H',
    '\u001B[3A',
    '\u001B[?2026h',
    '\u001B[?2026l',
    '\u001B[1G',
    '\u001B[2J',
  ),
);

describe('minimizeSgr', () => {
  it("is compared on screens that show colors, spaces' backgrounds and the style left behind", async () => {
    expect(await screenAfter('\u001B[31mx')).not.toEqual(await screenAfter('x'));
    expect(await screenAfter('\u001B[44m \u001B[m')).not.toEqual(await screenAfter(' '));
    expect(await screenAfter('\u001B[44m\u001B[K\u001B[m')).not.toEqual(await screenAfter('\u001B[K'));
    expect(await screenAfter('\u001B[31m ')).toEqual(await screenAfter(' '));
  });

  it('draws exactly the same screen for any output, in at most 3 more bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const write = pieces.join('');
        expect(await screenAfter(minimizeSgr(write))).toEqual(await screenAfter(write));
        expect(minimizeSgr(write).length).toBeLessThanOrEqual(write.length + 3);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a color across line ends instead of closing and reopening it', () => {
    const ink = '\u001B[23A\u001B[E  \u001B[38;5;188mBayangkan\u001B[39m\u001B[K\r\n  \u001B[38;5;188mLalu\u001B[39m\u001B[K\r\n';
    expect(minimizeSgr(ink)).toBe('\u001B[23A\u001B[E  \u001B[38;5;188mBayangkan\u001B[K\r\n  Lalu\u001B[K\r\n\u001B[m');
  });

  it('sets the background before erasing, which paints with it', () => {
    expect(minimizeSgr('\u001B[48;5;59m bar \u001B[49m\u001B[K')).toBe('\u001B[48;5;59m bar \u001B[m\u001B[K');
  });

  it('keeps bold and dim apart, though one code ends both (found by the property above)', async () => {
    const write = '\u001B[1m\u001B[2mab\u001B[22m\u001B[1mc';
    expect(await screenAfter(minimizeSgr(write))).toEqual(await screenAfter(write));
  });

  it('merges runs of next-line moves', () => {
    expect(minimizeSgr('\u001B[E\u001B[E\u001B[E\u001B[1mx\u001B[22m')).toBe('\u001B[3E\u001B[1mx\u001B[m');
  });

  it('compacts a run of style codes into the one that leaves the same style', () => {
    expect(compactSgr('\u001B[38;5;176m\u001B[39m')).toBe('');
    expect(compactSgr('\u001B[1m\u001B[38;5;186m\u001B[22m')).toBe('\u001B[38;5;186m');
    expect(compactSgr('\u001B]8;;x\u0007')).toBe('\u001B]8;;x\u0007');
  });

  it('leaves a write without escape sequences alone', () => {
    expect(minimizeSgr('plain\r\n')).toBe('plain\r\n');
  });
});
