import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../../src/cli/args.js';
import { contentBox } from '../../../src/render/layout-box.js';
import { helpPages } from '../../../src/render/screens/help.js';
import { displayWidth } from '../../../src/render/text/text.js';
import { stringsFor } from '../../../src/render/ui-strings.js';
import { decodeKeys, type Key } from '../../../src/session/key-decoder.js';
import {
  LIST_KEYS,
  SEARCH_KEYS,
  SLIDE_KEYS,
  actionFor,
  hintFor,
  keyHelpLines,
  keySections,
  listActionFor,
  searchActionFor,
} from '../../../src/session/keymap.js';
import { plain, stylesAt } from '../../support/decks.js';

const en = stringsFor('en');
const id = stringsFor('id');
const README = fileURLToPath(new URL('../../../README.md', import.meta.url));

/** The key a binding's name stands for, as the decoder produces it. */
function keyOf(name: string): Key {
  const named = ['up', 'down', 'left', 'right', 'pageup', 'pagedown', 'home', 'end', 'enter', 'escape', 'backspace', 'tab', 'ctrl-c', 'ctrl-z'];
  return named.includes(name) ? ({ name } as Key) : { name: 'char', char: name };
}

/** The README's "## Keys" section as titled tables of [keys, does] rows. */
function readmeKeyTables(): { title: string | undefined; rows: [string, string][] }[] {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf('\n## Keys\n');
  expect(start, 'README has a "## Keys" section').toBeGreaterThan(0);
  const end = text.indexOf('\n## ', start + 1);
  const lines = text.slice(start, end < 0 ? undefined : end).split('\n');
  const tables: { title: string | undefined; rows: [string, string][] }[] = [];
  let title: string | undefined;
  let current: { title: string | undefined; rows: [string, string][] } | undefined;
  for (const line of lines) {
    const bold = /^\*\*(.+)\*\*$/.exec(line.trim());
    if (bold) title = bold[1];
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (!current) {
      // The header row starts a table; its separator row follows.
      current = { title, rows: [] };
      tables.push(current);
      title = undefined;
      continue;
    }
    if (cells.every((c) => /^-+$/.test(c))) continue;
    current.rows.push([cells[0] ?? '', cells[1] ?? '']);
  }
  return tables;
}

describe('the one key table', () => {
  it('is what the README\'s "Keys" section says, section by section, row by row', () => {
    const sections = keySections(en);
    const tables = readmeKeyTables();
    expect(tables.map((t) => t.rows)).toEqual(sections.map((s) => s.rows.map(([k, d]) => [k, d])));
    // The sections after the first are titled as in the key table.
    expect(tables.slice(1).map((t) => t.title)).toEqual(sections.slice(1).map((s) => s.title));
  });

  it('is the key section of the usage text', () => {
    for (const line of keyHelpLines(en)) expect(USAGE).toContain(line);
    for (const [keys] of keySections(en).flatMap((s) => s.rows)) expect(USAGE).toContain(keys);
  });

  it("is what the reducer reads: every key of every binding does that binding's action", () => {
    for (const binding of SLIDE_KEYS) {
      for (const name of binding.keys) {
        const action = actionFor(keyOf(name));
        if (binding.action.type === 'digit') expect(action).toEqual({ type: 'digit', digit: name });
        else if (name === 'escape')
          expect(action).toEqual({ type: 'escape' }); // quits, or closes what is open
        else expect(action, name).toEqual(binding.action);
      }
    }
    for (const binding of LIST_KEYS) for (const name of binding.keys) expect(listActionFor(keyOf(name)), name).toEqual(binding.action);
    for (const binding of SEARCH_KEYS) for (const name of binding.keys) expect(searchActionFor(keyOf(name)), name).toEqual(binding.action);
  });

  it('binds each key once per context, and only keys the decoder can produce', () => {
    for (const table of [SLIDE_KEYS, LIST_KEYS, SEARCH_KEYS] as const) {
      const names = table.flatMap((b) => [...b.keys]);
      expect(new Set(names).size, 'no key bound twice').toBe(names.length);
    }
    const decodable = [
      '\u001B[A',
      '\u001B[B',
      '\u001B[C',
      '\u001B[D',
      '\u001B[5~',
      '\u001B[6~',
      '\u001B[H',
      '\u001B[F',
      '\r',
      '\u001B',
      '\u007F',
      '\u0003',
      '\u001A',
    ];
    const produced = new Set(decodable.flatMap((input) => decodeKeys(input).map((k) => k.name)));
    for (const name of [SLIDE_KEYS, LIST_KEYS, SEARCH_KEYS].flat().flatMap((b) => [...b.keys])) {
      if ([...name].length > 1) expect(produced.has(name as Key['name']), name).toBe(true);
      else expect(decodeKeys(name)).toEqual([{ name: 'char', char: name }]);
    }
  });

  it('describes every key in both interface languages', () => {
    for (const strings of [en, id]) {
      for (const section of keySections(strings)) for (const [, does] of section.rows) expect(does.trim()).not.toBe('');
    }
    expect(keySections(id)[0]?.rows.map(([k]) => k)).toEqual(keySections(en)[0]?.rows.map(([k]) => k));
  });

  it('writes hints that are true: each key named in a hint does what the hint says', () => {
    expect(hintFor('list', en)).toBe('↑↓ choose · Enter open · Esc close');
    expect(hintFor('list', en, { closeQuits: true })).toBe('↑↓ choose · Enter open · Esc quit');
    expect(hintFor('list', id)).toBe('↑↓ pilih · Enter buka · Esc tutup');
    expect(listActionFor({ name: 'escape' })).toEqual({ type: 'close' });
    expect(listActionFor({ name: 'enter' })).toEqual({ type: 'pick' });
    expect(listActionFor({ name: 'up' })).toEqual({ type: 'move', by: -1 });
    expect(listActionFor({ name: 'down' })).toEqual({ type: 'move', by: 1 });
    expect(hintFor('search', en)).toBe('Enter find · Esc cancel');
  });
});

describe('help overlay', () => {
  it.each([
    [40, 12],
    [60, 16],
    [80, 24],
    [120, 40],
  ])('shows every key and its whole description at %ix%i, page by page', (columns, rows) => {
    const height = rows - 2; // the Frame is one line short of the screen, and the status bar
    const box = contentBox(columns);
    const pages = helpPages(keySections(en), box, height, stylesAt(0), en).map((p) => p.map(plain));
    for (const page of pages) {
      expect(page.length).toBeLessThanOrEqual(height);
      for (const line of page) expect(displayWidth(line)).toBeLessThanOrEqual(box.width);
    }
    // Descriptions wrap onto following lines: join each page's text and look for every word.
    const text = pages.flat().join(' ').replace(/\s+/g, ' ');
    for (const section of keySections(en)) {
      expect(text).toContain(section.title);
      for (const [keys, does] of section.rows) {
        expect(text).toContain(keys);
        for (const word of does.split(/\s+/)) expect(text).toContain(word);
      }
    }
    // The last page says any key closes it; the others how to see more.
    expect(pages[pages.length - 1]?.at(-1)).toBe(en.helpClose);
    if (pages.length > 1) expect(pages[0]?.at(-1)).toBe(en.helpMore(1, pages.length));
    if (columns >= 120) expect(pages).toHaveLength(1);
  });
});
