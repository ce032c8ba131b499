import { describe, expect, it } from 'vitest';
import { screenViewport } from '../../../src/render/frame.js';
import { chooseStrings } from '../../../src/render/ui-strings.js';
import { makeStyles } from '../../../src/theme/styles.js';
import { darkTheme } from '../../../src/theme/theme.js';
import { lightTheme } from '../../../src/theme/builtin-themes.js';
import { exportOutputs, svgPath, type ExportRequest, type ExportSource } from '../../../src/output/export.js';
import type { Deck } from '../../../src/deck/types.js';
import type { Styles } from '../../../src/theme/styles.js';
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
const lesson = (d: Deck, styles: Styles): ExportSource => ({ title: d.meta.title, lessons: [{ deck: d, styles, strings }] });

describe('export', () => {
  it('writes one self-contained HTML page of every slide (golden)', () => {
    const [page, ...more] = exportOutputs(lesson(deck, truecolor), request('html', { output: 'deck.html' }), false);
    expect(more).toEqual([]);
    expect(page?.path).toBe('deck.html');
    const html = text(page!.chunks);
    expect(html.match(/<section /g)).toHaveLength(deck.slides.length);
    // Self-contained: nothing is fetched from anywhere; links only to slides on the page or the web.
    expect(html).not.toMatch(/\bsrc=|@import|url\(/);
    for (const [, href] of html.matchAll(/\bhref="([^"]*)"/g)) expect(href).toMatch(/^(?:#|https?:|mailto:)/);
    expectGolden('export-slides-80x24.html', html);
  });

  it('draws one SVG picture per slide, the table slide as a terminal would (golden)', () => {
    const outputs = exportOutputs(lesson(deck, truecolor), request('svg', { output: 'docs/slide.svg' }), false);
    expect(deck.slides.length).toBeGreaterThan(9);
    expect(outputs.map((o) => o.path)).toEqual(deck.slides.map((_, i) => `docs/slide-${String(i + 1).padStart(2, '0')}.svg`));
    const tableSlide = deck.slides.findIndex((s) => s.steps.flat().some((b) => b.kind === 'table'));
    expect(deck.slides[tableSlide]?.title).toBe('⚖ Perbandingan: dasar');
    const table = text(outputs[tableSlide]!.chunks);
    expect(table).toContain('>KVM<');
    expect(table).toContain('fill="#61afef"');
    expectGolden('export-table-80x24.svg', table);
  });

  it('exports only the slides asked for, in that order, and refuses slides the lesson lacks', () => {
    const outputs = exportOutputs(lesson(deck, truecolor), request('svg', { output: 'out/', slides: [5, 1] }), true);
    expect(outputs.map((o) => o.path)).toEqual(['out/slide-05.svg', 'out/slide-01.svg']);
    expect(() => exportOutputs(lesson(deck, truecolor), request('svg', { output: 'out/', slides: [5, 99] }), true)).toThrow(
      `no slide 99: the lesson has ${deck.slides.length}`,
    );
    expect(() => exportOutputs(lesson(deck, truecolor), request('txt', { slides: [0] }), false)).toThrow('no slide 0');
  });

  it('writes txt and ansi exactly as print does', () => {
    const plain = makeStyles(darkTheme, 0);
    const viewport = screenViewport(60, 16);
    const [txt] = exportOutputs(lesson(deck, plain), request('txt', { viewport }), false);
    // Chunks may be a generator: read them once.
    const written = text(txt!.chunks);
    expect(written).toBe(text(printFrames(deck, viewport, plain, strings)));
    expect(written).toContain('\f\n');
    const [ansi] = exportOutputs(lesson(deck, truecolor), request('ansi', { viewport }), false);
    const colored = text(ansi!.chunks);
    expect(colored).toBe(text(printFrames(deck, viewport, truecolor, strings)));
    expect(colored).toContain('\u001B[38;2;');
    expectGolden('export-slides-60x16.txt', written);
  });

  it('escapes everything the lesson says', () => {
    const evil = deckOf('# <script>alert("x")</script> & co\n\n<b>bold</b> `<img src=x onerror=alert(1)>` \'q\'');
    const html = text(exportOutputs(lesson(evil, truecolor), request('html'), false)[0]!.chunks);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    const svg = text(exportOutputs(lesson(evil, truecolor), request('svg', { output: 'x.svg' }), false)[0]!.chunks);
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
