import { describe, expect, it } from 'vitest';
import { deckOptions } from '../../../src/parse/deck-options.js';
import { deckOf } from '../../support/decks.js';

describe('front matter of other tools', () => {
  it('never refuses a theme: a name lectern lacks is kept aside, a built-in or theme file is used', () => {
    expect(deckOptions({ theme: 'gaia' })).toMatchObject({ unknownTheme: 'gaia' });
    expect(deckOptions({ theme: 'gaia' }).theme).toBeUndefined();
    expect(deckOptions({ theme: 'default' }).unknownTheme).toBe('default');
    expect(deckOptions({ theme: { name: 'catppuccin-mocha' } }).unknownTheme).toBe('catppuccin-mocha');
    expect(deckOptions({ theme: 'light' })).toMatchObject({ theme: 'light' });
    expect(deckOptions({ theme: 'brand.yaml' })).toMatchObject({ theme: 'brand.yaml' });
  });

  it('opens a Marp deck with theme, headingDivider and its other keys', () => {
    const deck = deckOf(
      '---\nmarp: true\ntheme: default\npaginate: true\nsize: 4:3\nclass: lead\nstyle: "section { }"\nheadingDivider: 2\n---\n\n# A\n\nx\n\n## B\n\ny\n',
    );
    expect(deck.meta.unknownTheme).toBe('default');
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'B']);
  });

  it('reads presenterm title, sub_title, authors and a YAML date', () => {
    const options = deckOptions({ title: 'Talk', sub_title: 'Sub', authors: ['Ana', 'Budi'], date: new Date('2024-05-17T00:00:00Z'), options: { x: 1 } });
    expect(options).toMatchObject({ title: 'Talk', subtitle: 'Sub', author: 'Ana, Budi', date: '2024-05-17' });
  });

  it('reads the slide level from slide_level, Marp headingDivider (a level or a list) and patat slideLevel', () => {
    expect(deckOptions({ slide_level: 3 }).slideLevel).toEqual({ levels: [1, 2, 3], from: 'slide_level' });
    expect(deckOptions({ headingDivider: 2 }).slideLevel).toEqual({ levels: [1, 2], from: 'headingDivider' });
    expect(deckOptions({ headingDivider: [3, 1] }).slideLevel).toEqual({ levels: [1, 3], from: 'headingDivider' });
    expect(deckOptions({ patat: { slideLevel: 1, incrementalLists: true } })).toMatchObject({
      slideLevel: { levels: [1], from: 'patat.slideLevel' },
      incremental: true,
    });
    expect(deckOptions({ headingDivider: 'yes', slide_level: 9 }).slideLevel).toBeUndefined();
    expect(deckOptions({ options: { incremental_lists: true } }).incremental).toBe(true);
  });

  it('ignores values of the wrong shape without a word', () => {
    expect(() => deckOptions({ title: { a: 1 }, author: [1, { x: 2 }], date: null, patat: 'x', theme: ['a'] })).not.toThrow();
    expect(deckOptions({ author: [1, { x: 2 }] }).author).toBe('1');
  });

  it('reports an unknown theme as a warning on the theme line', () => {
    const deck = deckOf('---\ntitle: T\ntheme: gaia\n---\n\n# A');
    expect(deck.warnings).toContainEqual({ kind: 'unknown-theme', line: 3, text: 'gaia' });
  });

  it('gives presenterm front matter its intro slide, and a Marp deck none', () => {
    const talk = deckOf('---\ntitle: Talk\nauthor: Ana\n---\n\nFirst\n===\n\ntext\n\n<!-- end_slide -->\n\nSecond\n===\n');
    expect(talk.slides.map((s) => s.title)).toEqual(['Talk', 'First', 'Second']);
    expect(talk.meta).toMatchObject({ title: 'Talk', author: 'Ana' });
    const marp = deckOf('---\nmarp: true\ntitle: Talk\nauthor: Ana\n---\n\n# First\n');
    expect(marp.slides.map((s) => s.title)).toEqual(['First']);
  });
});
