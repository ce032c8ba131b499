import { describe, expect, it } from 'vitest';
import { keySections } from '../../../src/session/keymap.js';
import { renderBlock } from '../../../src/render/blocks/render-block.js';
import { renderScreen } from '../../../src/render/screens/slide-screen.js';
import { chooseStrings, stringsFor } from '../../../src/render/ui-strings.js';
import { displayWidth } from '../../../src/render/text/text.js';
import { deckOf, plain, stylesAt } from '../../support/decks.js';

describe('interface language', () => {
  it('follows front matter lang first, then LANG, then English', () => {
    expect(chooseStrings('id', 'en_US.UTF-8').lang).toBe('id');
    expect(chooseStrings('en', 'id_ID.UTF-8').lang).toBe('en');
    expect(chooseStrings(undefined, 'id_ID.UTF-8').lang).toBe('id');
    expect(chooseStrings(undefined, 'C.UTF-8').lang).toBe('en');
    expect(chooseStrings(undefined, undefined).lang).toBe('en');
    expect(stringsFor('id-ID').lang).toBe('id');
  });

  it('speaks Indonesian in the status bar and help of an Indonesian deck', () => {
    const deck = deckOf('---\nlang: id\n---\n# Satu\n\n' + Array.from({ length: 40 }, (_, i) => `- baris ${i}`).join('\n'));
    const id = stringsFor(deck.meta.lang);
    const viewport = { width: 80, height: 23 };
    const frame = renderScreen({ deck, position: { slide: 0, step: 0, scroll: 0 }, viewport, styles: stylesAt(0), strings: id });
    expect(frame.lines[22]).toContain('↓ baris 1–');
    const help = renderScreen({
      deck,
      position: { slide: 0, step: 0, scroll: 0 },
      viewport,
      styles: stylesAt(0),
      strings: id,
      overlay: { kind: 'help', sections: keySections(id), page: 0 },
    });
    expect(help.lines.join('\n')).toContain('Tombol');
    expect(help.lines.join('\n')).toContain('keluar');
  });

  it('has every string in both languages', () => {
    const en = stringsFor('en');
    const id = stringsFor('id');
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(id.keyHelp).sort()).toEqual(Object.keys(en.keyHelp).sort());
    expect(Object.keys(id.hintWords).sort()).toEqual(Object.keys(en.hintWords).sort());
  });
});

describe('columns', () => {
  const deck = deckOf(
    '# C\n\n<!-- columns: 2 1 -->\n\nleft text that is long enough to wrap in a column\n\n<!-- column -->\n\n- right\n- list\n\n<!-- /columns -->\n',
  );
  const block = deck.slides[0]?.steps[0]?.[0];

  it('parses into one columns block with the given widths', () => {
    expect(block?.kind).toBe('columns');
    if (block?.kind !== 'columns') return;
    expect(block.widths).toEqual([2, 1]);
    expect(block.columns).toHaveLength(2);
  });

  it('lays columns side by side in proportion when wide enough', () => {
    if (block?.kind !== 'columns') throw new Error('no columns');
    const lines = renderBlock(block, 100, stylesAt(0)).map(plain);
    expect(lines[0]).toMatch(/^left text .*\s{3,}• right$/);
    expect(lines.every((l) => displayWidth(l) <= 100)).toBe(true);
    // The left column is about two thirds of the width: the bullet starts past column 60.
    expect(lines[0]?.indexOf('• right')).toBeGreaterThan(60);
  });

  it('stacks them, left first, when a column would be too narrow', () => {
    if (block?.kind !== 'columns') throw new Error('no columns');
    const lines = renderBlock(block, 40, stylesAt(0)).map(plain);
    const text = lines.join('\n');
    expect(text.indexOf('left text')).toBeLessThan(text.indexOf('• right'));
    expect(lines.some((l) => l.includes('left') && l.includes('right'))).toBe(false);
    expect(lines.every((l) => displayWidth(l) <= 40)).toBe(true);
  });
});

describe('columns whose content fits', () => {
  const deck = deckOf(
    '# C\n\n<!-- columns: 1 1 -->\n\n**KVM**\n\n- VM penuh\n- kernel sendiri\n\n<!-- column -->\n\n**LXC**\n\n- container\n- kernel bersama\n\n<!-- /columns -->\n',
  );
  const block = deck.slides[0]?.steps[0]?.[0];

  it.each([56, 40, 36])('stay side by side at %i columns when their lines fit', (width) => {
    if (block?.kind !== 'columns') throw new Error('no columns');
    const lines = renderBlock(block, width, stylesAt(0)).map(plain);
    expect(lines[0]).toMatch(/^KVM\s{3,}LXC$/);
    expect(lines.some((l) => l.includes('kernel sendiri') && l.includes('kernel bersama'))).toBe(true);
    expect(lines.every((l) => displayWidth(l) <= width)).toBe(true);
  });

  it('stack when even their unwrapped lines do not fit side by side', () => {
    if (block?.kind !== 'columns') throw new Error('no columns');
    const lines = renderBlock(block, 24, stylesAt(0)).map(plain);
    expect(lines.some((l) => l.includes('KVM') && l.includes('LXC'))).toBe(false);
    expect(lines.every((l) => displayWidth(l) <= 24)).toBe(true);
  });
});
