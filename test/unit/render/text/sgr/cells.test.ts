import { describe, expect, it } from 'vitest';
import { cellColors, cellStyleOf, paletteColor, styledRuns } from '../../../../../src/render/text/sgr/cells.js';
import { applySgrParams, type SgrState } from '../../../../../src/render/text/sgr/state.js';
import { makeFrame } from '../../../../../src/render/frame.js';
import { displayWidth } from '../../../../../src/render/text/text.js';
import { deckFromFile, BUNDLED_DECK_PATH, stylesAt } from '../../../../support/decks.js';
import { renderScreen } from '../../../../../src/render/screens/slide-screen.js';
import { chooseStrings } from '../../../../../src/render/ui-strings.js';

describe('styledRuns', () => {
  it('splits a line at each style change and keeps the text', () => {
    const runs = styledRuns('ab\u001B[1m\u001B[38;2;229;192;123mCD\u001B[39m\u001B[22m e');
    expect(runs.map((r) => [r.text, r.style, r.width])).toEqual([
      ['ab', {}, 2],
      ['CD', { bold: true, fg: '#e5c07b' }, 2],
      [' e', {}, 2],
    ]);
  });

  it('reads 16, 256 and truecolor, foreground and background, and resets', () => {
    const after = (params: string, before: SgrState = {}) => cellStyleOf(applySgrParams(before, params));
    expect(after('31')).toEqual({ fg: '#cd0000' });
    expect(after('94;42')).toEqual({ fg: '#5c5cff', bg: '#00cd00' });
    expect(after('38;5;196')).toEqual({ fg: '#ff0000' });
    expect(after('48;5;244')).toEqual({ bg: '#808080' });
    expect(after('48;2;58;63;75')).toEqual({ bg: '#3a3f4b' });
    expect(after('38:2::229:192:123')).toEqual({ fg: '#e5c07b' });
    expect(after('39;22', { fg: '97', bold: '1', underline: '4' })).toEqual({ underline: true });
    expect(after('0', { fg: '97', italic: '3' })).toEqual({});
    expect(after('', { fg: '97' })).toEqual({});
    expect(after('2;3;4;7;9')).toEqual({ dim: true, italic: true, underline: true, inverse: true, strike: true });
    // Bold and dim are two attributes; 22 ends both.
    expect(after('1;2')).toEqual({ bold: true, dim: true });
    expect(after('22', { bold: '1', dim: '2' })).toEqual({});
  });

  it('knows the 256-color cube and grey ramp', () => {
    expect(paletteColor(16)).toBe('#000000');
    expect(paletteColor(21)).toBe('#0000ff');
    expect(paletteColor(231)).toBe('#ffffff');
    expect(paletteColor(232)).toBe('#080808');
  });

  it('gives each wide character a run of its own, two cells wide', () => {
    const runs = styledRuns('a🧩b界c');
    expect(runs.map((r) => [r.text, r.width, r.wide])).toEqual([
      ['a', 1, false],
      ['🧩', 2, true],
      ['b', 1, false],
      ['界', 2, true],
      ['c', 1, false],
    ]);
  });

  it('resolves inverse video against the default colors', () => {
    expect(cellColors({ inverse: true }, { fg: '#eeeeee', bg: '#111111' })).toEqual({ fg: '#111111', bg: '#eeeeee' });
    expect(cellColors({ fg: '#ff0000' }, { fg: '#eeeeee', bg: '#111111' })).toEqual({ fg: '#ff0000', bg: undefined });
  });

  it('covers exactly the width of every Frame line of the bundled deck', () => {
    const deck = deckFromFile(BUNDLED_DECK_PATH);
    const styles = stylesAt(3);
    const strings = chooseStrings('id', undefined);
    for (let slide = 0; slide < deck.slides.length; slide++) {
      const frame = renderScreen({ deck, position: { slide, step: 0, scroll: 0 }, viewport: { width: 80, height: 23 }, styles, strings });
      for (const line of makeFrame(frame.lines, frame).lines) {
        const runs = styledRuns(line);
        expect(runs.reduce((n, r) => n + r.width, 0)).toBe(displayWidth(line));
        expect(runs.map((r) => r.text).join('')).toBe(line.replace(/\u001B\[[0-9;]*m/g, ''));
      }
    }
  });
});
