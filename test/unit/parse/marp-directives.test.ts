import { describe, expect, it } from 'vitest';
import { parseDirective } from '../../../src/parse/directives.js';
import { screenViewport } from '../../../src/render/frame.js';
import { renderScreen } from '../../../src/render/screens/slide-screen.js';
import { stringsFor } from '../../../src/render/ui-strings.js';
import { expectGolden } from '../../support/golden.js';
import { deckOf, plain, stylesAt } from '../../support/decks.js';
import { makeStyles } from '../../../src/theme/styles.js';
import { darkTheme } from '../../../src/theme/theme.js';
import type { Deck } from '../../../src/deck/types.js';

const en = stringsFor('en');
const styles = stylesAt(0);
const marp = (body: string, fm = '') => deckOf(`---\nmarp: true\n${fm}---\n\n${body}`);
const running = (deck: Deck) => deck.slides.map((s) => [s.header, s.footer]);
const screen = (deck: Deck, slide: number, columns = 80, rows = 24, ascii = false) =>
  renderScreen({
    deck,
    position: { slide, step: 0, scroll: 0 },
    viewport: screenViewport(columns, rows),
    styles: ascii ? makeStyles(darkTheme, 0, { ascii: true }) : styles,
    strings: en,
  }).lines.map(plain);

describe("Marp's header and footer directives", () => {
  it('reads the local, spot and several-lines forms; paginate is known and does nothing', () => {
    expect(parseDirective('<!-- header: Week **3** -->')).toEqual({ name: 'marp', settings: { local: { header: 'Week **3**' }, spot: {} } });
    expect(parseDirective('<!-- _footer: "" -->')).toEqual({ name: 'marp', settings: { local: {}, spot: { footer: '' } } });
    expect(parseDirective('<!--\nheader: x\n_footer: y\npaginate: true\n_class: lead\n-->')).toEqual({
      name: 'marp',
      settings: { local: { header: 'x' }, spot: { footer: 'y' } },
    });
    // Marp's loose YAML: an unquoted value is the text as written, colons and all.
    expect(parseDirective('<!-- footer: Time: 10:00 -->')).toMatchObject({ settings: { local: { footer: 'Time: 10:00' } } });
    expect(parseDirective('<!-- _paginate: false -->')).toEqual({ name: 'ignored' });
    expect(parseDirective('<!-- paginate: true -->')).toEqual({ name: 'ignored' });
  });

  it('cleans a quoted value after YAML decodes its escapes', () => {
    const directive = parseDirective('<!-- footer: "\\e]0;owned\\a\\e[31mred\\x9b" -->');
    expect(directive).toEqual({ name: 'marp', settings: { local: { footer: ']0;owned[31mred' }, spot: {} } });
  });

  it('holds a local setting from its slide on, a spot one for its slide only, wherever in the slide it is written', () => {
    const deck = marp(
      '# One\n\n---\n\n# Two\n\ntext\n\n<!-- footer: From two -->\n\n---\n\n<!-- _header: Only three -->\n\n# Three\n\n---\n\n# Four\n\n<!-- _footer: "" -->\n\n---\n\n# Five\n\n<!-- header: "" -->\n<!-- footer: -->',
      "header: Course\nfooter: 'Week 3'\n",
    );
    expect(running(deck)).toEqual([
      ['Course', 'Week 3'],
      ['Course', 'From two'],
      ['Only three', 'From two'],
      ['Course', undefined],
      [undefined, undefined],
    ]);
    expect(deck.warnings).toBeUndefined();
  });

  it('applies the front matter to every slide and its spot form to the first one; headingDivider slides too', () => {
    const deck = marp('# A\n\nx\n\n## B\n\ny\n\n## C\n\n<!-- _header: C only -->\n\nz', 'headingDivider: 2\n_footer: First\nheader: H\n');
    expect(running(deck)).toEqual([
      ['H', 'First'],
      ['H', undefined],
      ['C only', undefined],
    ]);
  });

  it('never takes them for speaker notes in a marp deck, nor for unknown directives', () => {
    const deck = marp('# T\n\n<!-- footer: F -->\n<!-- _paginate: false -->\n<!--\nheader: H\n_class: lead\n-->\n<!-- Say hi. -->\n\ntext');
    expect(deck.slides[0]).toMatchObject({ notes: 'Say hi.', header: 'H', footer: 'F' });
    expect(deck.warnings).toBeUndefined();
  });

  it('works in a deck that does not say marp: true as well', () => {
    expect(running(deckOf('# T\n\n<!-- header: H -->\n\ntext'))).toEqual([['H', undefined]]);
  });

  it('resolves reference links in them like any lesson text', () => {
    const deck = marp('# T\n\n<!-- footer: See [the docs][d] -->\n\ntext\n\n[d]: https://example.com/docs');
    expect(deck.slides[0]?.footer).toBe('See [the docs](<https://example.com/docs>)');
  });

  it('draws the header above the title and the footer, as plain text, in place of the title in the status bar', () => {
    const deck = marp('# First\n\n---\n\n# Second\n\ntext', "header: 'Cloud **basics**'\nfooter: '*Politeknik* [site](https://x.id)'\n");
    const lines = screen(deck, 1);
    expect(lines[0]).toBe('  Cloud basics');
    expect(lines[2]).toBe('  Second');
    expect(lines.at(-1)).toMatch(/^ Politeknik site \(https:\/\/x\.id\) +2\/2/);
    // The title slide has its header too, above the centered title.
    expect(screen(deck, 0)[0]).toBe('  Cloud basics');
  });

  it('shows the lesson title in the status bar where the footer is cleared', () => {
    const deck = marp('# First\n\n---\n\n# Second\n\n<!-- _footer: "" -->', 'footer: Running\n');
    expect(screen(deck, 0).at(-1)).toMatch(/^ Running /);
    expect(screen(deck, 1).at(-1)).toMatch(/^ First /);
  });

  it('rewrites them for ASCII mode like the rest of the slide', () => {
    const deck = marp('# A\n\n---\n\n# B', "header: 'Café — “quoted”'\nfooter: 'Week → 3'\n");
    const lines = screen(deck, 1, 80, 24, true);
    expect(lines[0]).toBe('  Cafe -- "quoted"');
    expect(lines.at(-1)).toMatch(/^ Week -> 3 /);
  });

  it('draws header and footer slides at 80x24 and 40x12 (golden)', () => {
    const deck = marp(
      '# Containers\n\n---\n\n<!-- header: "Week 3 · **Virtualisation** on a long running header line" -->\n<!-- footer: Politeknik Negeri Jakarta -->\n\n## Namespaces\n\n- pid\n- net\n- mnt\n\n---\n\n<!-- _header: "" -->\n\n## No header here\n\nText only.',
    );
    const frames = (columns: number, rows: number) => deck.slides.map((_, i) => screen(deck, i, columns, rows).join('\n')).join('\n\f\n');
    expectGolden('marp-running-80x24.txt', frames(80, 24));
    expectGolden('marp-running-40x12.txt', frames(40, 12));
  });
});
