import { describe, expect, it } from 'vitest';
import { screenViewport } from '../../../src/render/frame.js';
import { chooseStrings } from '../../../src/render/ui-strings.js';
import { makeStyles } from '../../../src/theme/styles.js';
import { darkTheme } from '../../../src/theme/theme.js';
import { lightTheme } from '../../../src/theme/builtin-themes.js';
import { exportOutputs, svgPath, type ExportRequest } from '../../../src/output/export.js';
import { paletteFor } from '../../../src/output/palette.js';
import { printFrames } from '../../../src/output/print.js';
import { BUNDLED_DECK_PATH, deckFromFile, deckOf } from '../../support/decks.js';
import { expectGolden } from '../../support/golden.js';

const deck = deckFromFile(BUNDLED_DECK_PATH);
const strings = chooseStrings('id', undefined);
const truecolor = makeStyles(darkTheme, 3);
const request = (format: ExportRequest['format'], extra: Partial<ExportRequest> = {}): ExportRequest => ({
  format,
  viewport: screenViewport(80, 24),
  slides: undefined,
  output: undefined,
  generator: 'lectern (test)',
  ...extra,
});
const text = (chunks: Iterable<string>) => [...chunks].join('');

describe('export', () => {
  it('writes one self-contained HTML page of every slide (golden)', () => {
    const [page, ...more] = exportOutputs(deck, request('html', { output: 'deck.html' }), truecolor, strings, false);
    expect(more).toEqual([]);
    expect(page?.path).toBe('deck.html');
    const html = text(page!.chunks);
    expect(html.match(/<section /g)).toHaveLength(deck.slides.length);
    // Self-contained: nothing is fetched from anywhere.
    expect(html).not.toMatch(/\b(?:src|href)=|@import|url\(/);
    expectGolden('export-slides-80x24.html', html);
  });

  it('draws one SVG picture per slide, the table slide as a terminal would (golden)', () => {
    const outputs = exportOutputs(deck, request('svg', { output: 'docs/slide.svg' }), truecolor, strings, false);
    expect(outputs.map((o) => o.path)).toEqual(deck.slides.map((_, i) => `docs/slide-0${i + 1}.svg`));
    const table = text(outputs[4]!.chunks);
    expect(table).toContain('>KVM<');
    expect(table).toContain('fill="#61afef"');
    expectGolden('export-table-80x24.svg', table);
  });

  it('exports only the slides asked for, in that order', () => {
    const outputs = exportOutputs(deck, request('svg', { output: 'out/', slides: [5, 1, 99] }), truecolor, strings, true);
    expect(outputs.map((o) => o.path)).toEqual(['out/slide-05.svg', 'out/slide-01.svg']);
  });

  it('writes txt and ansi exactly as print does', () => {
    const plain = makeStyles(darkTheme, 0);
    const viewport = screenViewport(60, 16);
    const [txt] = exportOutputs(deck, request('txt', { viewport }), plain, strings, false);
    // Chunks may be a generator: read them once.
    const written = text(txt!.chunks);
    expect(written).toBe(text(printFrames(deck, viewport, plain, strings)));
    expect(written).toContain('\f\n');
    const [ansi] = exportOutputs(deck, request('ansi', { viewport }), truecolor, strings, false);
    const colored = text(ansi!.chunks);
    expect(colored).toBe(text(printFrames(deck, viewport, truecolor, strings)));
    expect(colored).toContain('\u001B[38;2;');
    expectGolden('export-slides-60x16.txt', written);
  });

  it('escapes everything the lesson says', () => {
    const evil = deckOf('# <script>alert("x")</script> & co\n\n<b>bold</b> `<img src=x onerror=alert(1)>` \'q\'');
    const html = text(exportOutputs(evil, request('html'), truecolor, strings, false)[0]!.chunks);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    const svg = text(exportOutputs(evil, request('svg', { output: 'x.svg' }), truecolor, strings, false)[0]!.chunks);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script>');
  });

  it('names picture files after the output and the slide number', () => {
    expect(svgPath('docs/slide.svg', 5, 2, false)).toBe('docs/slide-05.svg');
    expect(svgPath('pics', 12, 3, false)).toBe('pics-012.svg');
    expect(svgPath('pics', 3, 2, true)).toBe('pics/slide-03.svg');
  });

  it('paints the page in the colors the theme was made for', () => {
    expect(paletteFor(darkTheme).bg).toBe('#1e2127');
    expect(paletteFor(lightTheme).bg).toBe('#ffffff');
  });
});
