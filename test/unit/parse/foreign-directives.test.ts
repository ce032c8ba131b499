import { describe, expect, it } from 'vitest';
import type { Block, Slide } from '../../../src/deck/types.js';
import { parseDirective } from '../../../src/parse/directives.js';
import { screenViewport } from '../../../src/render/frame.js';
import { renderScreen } from '../../../src/render/screens/slide-screen.js';
import { stringsFor } from '../../../src/render/ui-strings.js';
import { deckOf, stylesAt } from '../../support/decks.js';

const slide = (markdown: string, i = 0): Slide => deckOf(markdown).slides[i]!;
const kinds = (blocks: readonly Block[]) => blocks.map((b) => b.kind);

describe("other tools' directives", () => {
  it('reads presenterm, lookatme and reveal.js comments', () => {
    expect(parseDirective('<!-- speaker_note: Tell the story -->')).toEqual({ name: 'notes', text: 'Tell the story' });
    expect(parseDirective('<!-- column_layout: [2, 1] -->')).toEqual({ name: 'columns', widths: [2, 1], indexed: true });
    expect(parseDirective('<!-- column: 1 -->')).toEqual({ name: 'column', index: 1 });
    expect(parseDirective('<!-- reset_layout -->')).toEqual({ name: '/columns' });
    expect(parseDirective('<!-- new_line -->')).toEqual({ name: 'space', lines: 1 });
    expect(parseDirective('<!-- new_lines: 3 -->')).toEqual({ name: 'space', lines: 3 });
    expect(parseDirective('<!-- stop -->')).toEqual({ name: 'pause' });
    expect(parseDirective('<!-- jump_to_middle -->')).toEqual({ name: 'middle' });
    for (const ignored of [
      '<!-- font_size: 2 -->',
      '<!-- alignment: center -->',
      '<!-- _class: lead -->',
      '<!-- paginate: false -->',
      '<!-- _backgroundColor: #123 -->',
      '<!-- .slide: data-background="red" -->',
    ]) {
      expect(parseDirective(ignored), ignored).toEqual({ name: 'ignored' });
    }
    expect(parseDirective('<!-- column_layout: [a, 1] -->')).toBeNull();
    expect(parseDirective('<!-- new_lines: many -->')).toBeNull();
  });

  it('lays out presenterm columns by index, whatever order they are filled in', () => {
    const s = slide('# T\n\n<!-- column_layout: [2, 1] -->\n\n<!-- column: 1 -->\n\nright\n\n<!-- column: 0 -->\n\nleft\n\n<!-- reset_layout -->\n\nafter');
    const [columns, after] = s.steps[0]!;
    expect(columns).toMatchObject({ kind: 'columns', widths: [2, 1], columns: [[{ text: 'left' }], [{ text: 'right' }]] });
    expect(after).toMatchObject({ kind: 'prose', text: 'after' });
  });

  it('takes speaker_note as notes, stop and a paragraph of dots as pauses', () => {
    const s = slide('# T\n\n<!-- speaker_note: quietly -->\n\none\n\n<!-- stop -->\n\ntwo\n\n. . .\n\nthree');
    expect(s.notes).toBe('quietly');
    expect(s.steps.map(kinds)).toEqual([['prose'], ['prose'], ['prose']]);
  });

  it('gives new_lines the blank lines asked for', () => {
    expect(slide('# T\n\na\n\n<!-- new_lines: 2 -->\n\nb').steps[0]).toMatchObject([
      { kind: 'prose' },
      { kind: 'space', lines: 2, attached: true },
      { kind: 'prose' },
    ]);
  });

  it('makes Marp comments speaker notes in a marp deck, and leaves its directives out', () => {
    const s = slide('---\nmarp: true\n---\n\n<!-- _class: lead -->\n\n# T\n\n<!-- Say hello first. -->\n\ntext\n\n<!--\nA second\nnote\n-->');
    expect(s.title).toBe('T');
    expect(s.notes).toBe('Say hello first.\n\nA second\nnote');
    expect(slide('# T\n\n<!-- a plain remark -->\n\ntext').notes).toBe('');
  });

  it('centers a slide after jump_to_middle, its title too', () => {
    const deck = deckOf('# A\n\nx\n\n<!-- end_slide -->\n\n<!-- jump_to_middle -->\n\nQuestions\n=========\n\nThank you.');
    expect(deck.slides.map((s) => s.middle)).toEqual([undefined, true]);
    const frame = renderScreen({
      deck,
      position: { slide: 1, step: 0, scroll: 0 },
      viewport: screenViewport(40, 13),
      styles: stylesAt(0),
      strings: stringsFor('en'),
    });
    const rows = frame.lines.map((l) => l.replace(/\u001B\[[0-9;]*m/g, ''));
    expect(rows.findIndex((l) => l.includes('Questions'))).toBe(4);
    expect(rows.findIndex((l) => l.includes('Thank you.'))).toBe(6);
  });

  it('leaves out a slide marked skip_slide', () => {
    const deck = deckOf('# A\n\n<!-- end_slide -->\n\n# Draft\n\n<!-- skip_slide -->\n<!-- notes: unused -->\n\n<!-- end_slide -->\n\n# C');
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'C']);
    expect(deck.warnings).toBeUndefined();
  });

  it('stops check calling them unknown', () => {
    const deck = deckOf('# T\n\n<!-- jump_to_middle -->\n<!-- font_size: 2 -->\n<!-- _paginate: false -->\n\ntext\n\n<!-- jumpto_middle -->');
    expect(deck.warnings?.map((w) => w.text)).toEqual(['<!-- jumpto_middle -->']);
  });
});
