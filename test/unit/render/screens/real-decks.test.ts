import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../../src/deck/types.js';
import { deckFromText } from '../../../../src/parse/deck-from-text.js';
import { printFrames } from '../../../../src/output/print.js';
import { plainInline } from '../../../../src/render/blocks/prose.js';
import { screenViewport } from '../../../../src/render/frame.js';
import { layoutSlide } from '../../../../src/render/layout-slide.js';
import { renderScreen } from '../../../../src/render/screens/slide-screen.js';
import { stringsFor } from '../../../../src/render/ui-strings.js';
import { plain, stylesAt } from '../../../support/decks.js';
import { expectGolden } from '../../../support/golden.js';
import { runningTextWords, visibleWords, wordsIn } from '../../../support/visible-words.js';

const en = stringsFor('en');
const styles = stylesAt(0);
const FIXTURES = ['marp-gaia', 'marp-directives', 'presenterm-talk', 'patat-intro', 'pandoc-incremental', 'sections-20', 'gfm-everything'] as const;

const source = (name: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/decks/${name}.md`, import.meta.url)), 'utf8');
const deckNamed = (name: string) => deckFromText(source(name), `/lessons/${name}.md`, `${name}.md`);
const printed = (deck: Deck, columns: number, rows: number) => [...printFrames(deck, screenViewport(columns, rows), styles, en)].join('');

/** What the screen shows of a deck at a size: every slide with all its steps, at every scroll page. */
function everythingShown(deck: Deck, columns: number, rows: number): string {
  const viewport = screenViewport(columns, rows);
  return deck.slides
    .flatMap((slide, index) => {
      const step = slide.steps.length - 1;
      const layout = layoutSlide(deck, index, step, viewport, styles);
      const pages: string[] = [];
      for (let scroll = 0; ; scroll += Math.max(1, layout.bodyHeight)) {
        pages.push(renderScreen({ deck, position: { slide: index, step, scroll }, viewport, styles, strings: en }).lines.join('\n'));
        if (scroll >= layout.maxScroll) break;
      }
      return pages;
    })
    .join('\n');
}

describe.each(FIXTURES)('the %s deck', (name) => {
  const deck = deckNamed(name);

  it('prints as it always has at 80x24 and 40x12 (golden)', () => {
    expectGolden(`decks/${name}-80x24.txt`, printed(deck, 80, 24));
    expectGolden(`decks/${name}-40x12.txt`, printed(deck, 40, 12));
  });

  it.each([
    [80, 24],
    [40, 12],
  ])('shows every word of its visible text at %ix%i', (columns, rows) => {
    // The title slide draws its title as big letters of art: those words are shown too.
    const shown = wordsIn(`${plain(everythingShown(deck, columns, rows))}\n${plainInline(deck.slides[0]?.title ?? '', styles)}`);
    const missing = visibleWords(source(name)).filter((word) => !shown.has(word));
    expect(missing).toEqual([]);
  });

  it('prints every word of its visible text and of its Marp header and footer at 80x24', () => {
    const shown = wordsIn(`${plain(printed(deck, 80, 24))}\n${plainInline(deck.slides[0]?.title ?? '', styles)}`);
    const words = [...visibleWords(source(name)), ...runningTextWords(source(name))];
    expect(words.filter((word) => !shown.has(word))).toEqual([]);
  });
});

describe('what each style of deck becomes', () => {
  it('Marp: theme falls back, headingDivider splits, comments are notes, keywords leave the alt', () => {
    const deck = deckNamed('marp-gaia');
    expect(deck.meta).toMatchObject({ unknownTheme: 'gaia', split: { by: 'headings', level: 2, from: 'headingDivider' } });
    // The front matter's footer is on every slide but the one whose `_footer: ''` clears it.
    const footer = 'Workshop · Data Carpentry';
    expect(deck.slides.map((s) => s.footer)).toEqual([footer, footer, undefined, footer, footer]);
    expect(deck.slides.map((s) => s.title)).toEqual(['Plotting with Python', 'Why plot from code', 'The tools', 'A first figure', 'Wrap up']);
    expect(deck.slides.map((s) => s.notes)).toEqual(['Welcome everyone, introduce yourself first.', 'Ask who has used Excel charts before.', '', '', '']);
    const first = renderScreen({ deck, position: { slide: 0, step: 0, scroll: 0 }, viewport: screenViewport(80, 24), styles, strings: en });
    expect(first.lines.at(-1)).toContain('Theme "gaia" not available: default theme shown');
    const tools = plain(
      renderScreen({ deck, position: { slide: 2, step: 0, scroll: 0 }, viewport: screenViewport(80, 24), styles, strings: en }).lines.join('\n'),
    );
    expect(tools).not.toMatch(/bg|left:40%|w:300/);
  });

  it('presenterm: an intro slide with subtitle, author and date, columns, pauses, incremental lists', () => {
    const deck = deckNamed('presenterm-talk');
    expect(deck.slides.map((s) => [s.title, s.steps.length])).toEqual([
      ['Rust in Production', 1],
      ['Why Rust', 2],
      ['Two views', 1],
      ['Questions', 1],
      ['Checklist', 3],
    ]);
    expect(deck.slides[1]?.notes).toBe('Start with the outage story.');
    expect(deck.slides[2]?.steps[0]?.map((b) => b.kind)).toEqual(['columns', 'prose']);
    const intro = plain(printed({ ...deck, slides: deck.slides.slice(0, 1) }, 80, 24));
    expect(intro).toContain('Lessons from two years of services');
    expect(intro).toContain('Dewi Lestari · 2024-05-17');
  });

  it('patat: slideLevel and incrementalLists from front matter, `. . .` pauses', () => {
    const deck = deckNamed('patat-intro');
    expect(deck.slides.map((s) => [s.title, s.steps.length])).toEqual([
      ['An introduction to Haskell', 1],
      ['Basics', 1],
      ['Types', 2],
      ['Functions', 2],
      ['Laziness', 1],
      ['Tooling', 1],
      ['Cabal and Stack', 1],
    ]);
  });

  it('Marp directives: header and footer from front matter, local and spot comments; none are notes or unknown', () => {
    const deck = deckNamed('marp-directives');
    const header = 'Cloud **basics** · week 3';
    const lab = 'Lab: [KVM on Proxmox](https://pve.proxmox.com)';
    expect(deck.slides.map((s) => [s.title, s.header, s.footer])).toEqual([
      ['Virtual machines and containers', undefined, 'Politeknik Negeri Jakarta'],
      ['What a hypervisor does', header, 'Politeknik Negeri Jakarta'],
      ['Containers share the kernel', 'Containers', undefined],
      ['Comparing both', 'Containers', lab],
      ['Homework', undefined, lab],
    ]);
    expect(deck.slides.map((s) => s.notes)).toEqual(['Greet the class and take attendance.', 'Draw the layers on the whiteboard.', '', '', '']);
    expect(deck.warnings?.map((w) => w.kind)).toEqual(['unknown-theme']);
  });

  it('pandoc: ::: incremental and ::: nonincremental around lists, `. . .` pauses, ::: notes', () => {
    const deck = deckNamed('pandoc-incremental');
    expect(deck.slides.map((s) => [s.title, s.steps.length])).toEqual([
      ['Version control with Git', 1],
      ['Why version control', 1],
      ['Keeping history', 3],
      ['All at once', 1],
      ['Working alone', 1],
      ['The daily loop', 3],
      ['Undoing things', 1],
    ]);
    expect(deck.slides[5]?.notes).toBe('Show git status after every step.');
  });

  it('a lesson of 20 sections: a title slide and one slide a section', () => {
    const deck = deckNamed('sections-20');
    expect(deck.slides).toHaveLength(21);
    expect(deck.slides[0]?.title).toBe('Programming with Python');
    expect(deck.slides[20]?.title).toBe('20. Next steps');
    expect(deck.slides[5]?.steps[0]?.map((b) => b.kind)).toEqual(['prose', 'code', 'heading', 'list']);
  });
});
