/**
 * Nothing a slide holds is missing from print or any export: every word of every slide's
 * text, on a lesson with a 60-line slide and on a two-lesson course (fixtures in
 * test/fixtures/handouts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/deck/types.js';
import { exportOutputs, type ExportFormat, type ExportRequest, type ExportSource } from '../../../src/output/export.js';
import { printFrames } from '../../../src/output/print.js';
import { screenViewport } from '../../../src/render/frame.js';
import { displayWidth } from '../../../src/render/text/text.js';
import { chooseStrings } from '../../../src/render/ui-strings.js';
import { makeStyles } from '../../../src/theme/styles.js';
import { darkTheme } from '../../../src/theme/theme.js';
import { deckFromFile, plain } from '../../support/decks.js';
import { slideWords } from '../../support/slide-words.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/handouts/', import.meta.url));
const LONG = join(FIXTURES, 'long-slide.md');
const COURSE = [join(FIXTURES, 'course', '01-basics.md'), join(FIXTURES, 'course', '02-advanced.md')];
const strings = chooseStrings('en', undefined);
const color = makeStyles(darkTheme, 3);
const mono = makeStyles(darkTheme, 0);
const viewport = screenViewport(80, 24);

const source = (paths: readonly string[], styles = color): ExportSource => ({
  title: 'course',
  lessons: paths.map((path) => ({ deck: deckFromFile(path), styles, strings })),
});
const request = (format: ExportFormat, extra: Partial<ExportRequest> = {}): ExportRequest => ({
  format,
  viewport,
  slides: undefined,
  output: undefined,
  generator: 'lectern (test)',
  ...extra,
});
const text = (chunks: Iterable<string>) => [...chunks].join('');
const decode = (html: string) => html.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
/** The text of an HTML fragment as a reader sees it. */
const htmlText = (html: string) => decode(html.replace(/<[^>]*>/g, ''));
/** The text an SVG picture draws, its runs one after another. */
const svgText = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1] ?? '')).join('');

function expectWords(haystack: string, words: readonly string[], where: string): void {
  const missing = words.filter((w) => !haystack.includes(w));
  expect(missing, where).toEqual([]);
}

describe.each([
  ['a lesson with a 60-line slide', [LONG]],
  ['a two-lesson course', COURSE],
] as const)('every word of every slide, %s', (_, paths) => {
  const words = paths.map(slideWords);

  it('is in print and the txt and ansi exports, Frames of exactly the screen', () => {
    for (const [i, path] of paths.entries()) {
      const deck = deckFromFile(path);
      const printed = text(printFrames(deck, viewport, mono, strings));
      const frames = printed.split('\f\n');
      for (const frame of frames) {
        const lines = frame.replace(/\n$/, '').split('\n');
        expect(lines).toHaveLength(viewport.height);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(viewport.width);
      }
      for (const [n, slide] of (words[i] ?? []).entries()) expectWords(printed, slide, `print, slide ${n + 1}`);
    }
    const txt = exportOutputs(source(paths, mono), request('txt'), false);
    const ansi = exportOutputs(source(paths), request('ansi'), false);
    const all = words.flat(2);
    expectWords(txt.map((o) => text(o.chunks)).join(''), all, 'txt');
    expectWords(plain(ansi.map((o) => text(o.chunks)).join('')), all, 'ansi');
  });

  it('is in its section of the HTML page and in its SVG picture', () => {
    const [page] = exportOutputs(source(paths), request('html'), false);
    const html = text(page!.chunks);
    const sections = [...html.matchAll(/<section [^>]*>([\s\S]*?)<\/section>/g)].map((m) => htmlText(m[1] ?? ''));
    expect(sections).toHaveLength(words.flat().length);
    for (const [n, slide] of words.flat().entries()) expectWords(sections[n] ?? '', slide, `html, slide ${n + 1}`);
    const svgs = exportOutputs(source(paths), request('svg', { output: 'out/' }), true);
    expect(svgs).toHaveLength(words.flat().length);
    for (const [n, slide] of words.flat().entries()) expectWords(svgText(text(svgs[n]!.chunks)), slide, `svg, slide ${n + 1}`);
  });
});

describe('the 60-line slide', () => {
  const deck: Deck = deckFromFile(LONG);

  it('prints as pages of the screen, each line once, the status bar saying which page', () => {
    const frames = text(printFrames(deck, viewport, mono, strings)).split('\f\n');
    const pages = frames.filter((f) => f.includes('Sixty lines'));
    expect(pages.length).toBe(4);
    pages.forEach((page, i) => expect(page).toMatch(new RegExp(`page ${i + 1}/4 +2/3`)));
    const listed = pages.join('').match(/Line \d\d:/g) ?? [];
    expect(listed).toEqual(Array.from({ length: 60 }, (_, i) => `Line ${String(i + 1).padStart(2, '0')}:`));
    // Paging is print's: a slide that fits says nothing about pages, and no export says ↓ more.
    expect(frames[0]).not.toContain('page');
    expect(frames.join('')).not.toContain('↓ more');
  });

  it('is one picture tall enough for all of it; --crop and --no-status cut only empty rows and the bar', () => {
    const svg = (extra: Partial<ExportRequest>) =>
      text(exportOutputs(source([LONG]), request('svg', { output: 'o/', slides: [2], ...extra }), true)[0]!.chunks);
    const height = (s: string) => Number(/height="([\d.]+)"/.exec(s)?.[1]);
    const full = svg({});
    expect(svgText(full)).toContain('heron60');
    expect(height(full)).toBeGreaterThan(60 * 17);
    const short = (extra: Partial<ExportRequest>) =>
      text(exportOutputs(source([LONG]), request('svg', { output: 'o/', slides: [3], ...extra }), true)[0]!.chunks);
    const uncropped = short({});
    const cropped = short({ crop: true });
    const bare = short({ crop: true, noStatus: true });
    expect(height(cropped)).toBeLessThan(height(uncropped));
    expect(height(bare)).toBe(height(cropped) - 17);
    for (const s of [uncropped, cropped, bare]) expect(svgText(s)).toContain('flamingo');
    expect(svgText(cropped)).toContain('3/3');
    expect(svgText(bare)).not.toContain('3/3');
    expect(svgText(bare)).not.toContain('Long handout');
  });

  it('adds speaker notes under their slide only with --notes', () => {
    const page = (notes: boolean) => text(exportOutputs(source([LONG]), request('html', { notes }), false)[0]!.chunks);
    expect(page(false)).not.toContain('pelican story');
    const withNotes = page(true);
    const third = /<section id="slide-3"[\s\S]*?<\/section>/.exec(withNotes)?.[0] ?? '';
    expect(htmlText(third)).toContain('Speaker secret: tell the pelican story.');
    expect(htmlText(/<section id="slide-2"[\s\S]*?<\/section>/.exec(withNotes)?.[0] ?? '')).toContain('quokka twice');
  });
});
