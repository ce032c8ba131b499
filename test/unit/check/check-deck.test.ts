import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../../src/check/check-deck.js';
import { formatJson, formatReport } from '../../../src/check/format.js';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import { loadPictures, pictureEntry } from '../../../src/load/images/picture-store.js';
import { makeStyles } from '../../../src/theme/styles.js';
import { darkTheme } from '../../../src/theme/theme.js';
import { BUNDLED_DECK_PATH, deckFromFile, deckOf, stylesAt } from '../../support/decks.js';
import { expectGolden } from '../../support/golden.js';

const PROBLEMS = fileURLToPath(new URL('./fixtures/problems.md', import.meta.url));
const problems = deckFromText(readFileSync(PROBLEMS, 'utf8'), PROBLEMS, 'problems.md');
const styles = stylesAt(0);
const at80 = { columns: 80, rows: 24 };
const at40 = { columns: 40, rows: 12 };

/** Checks with the real file system for links, naming the file as the golden files show it. */
const check = (sizes = [at80]) => checkDeck(problems, { sizes, styles, exists: existsSync, file: 'problems.md' });

describe('checkDeck on a deck full of problems', () => {
  it('reports every kind of problem, with file:line, slide and step (golden)', () => {
    const findings = check([at80, at40]);
    expectGolden('check-problems.txt', formatReport(findings, [at80, at40], 1, problems.slides.length));
  });

  it('gives editors and CI the same findings as JSON (golden)', () => {
    const json = formatJson(check());
    expect(JSON.parse(json)).toEqual(check());
    expectGolden('check-problems.json', json);
  });

  it('finds each kind at least once at 80x24', () => {
    const kinds = new Set(check().map((f) => f.kind));
    expect([...kinds].sort()).toEqual(
      ['broken-link', 'empty-slide', 'stray-notes', 'table-too-wide', 'too-tall', 'too-wide', 'unclosed-notes', 'unknown-directive'].sort(),
    );
  });

  it('leaves ordinary comments, web links, anchors and existing files alone', () => {
    const messages = check()
      .map((f) => f.message)
      .join('\n');
    expect(messages).not.toContain('TODO');
    expect(messages).not.toContain('ordinary comment');
    expect(messages).not.toContain('example.com');
    expect(messages).not.toContain('#top');
    expect(messages).not.toContain('problems.md');
  });
});

describe('checkDeck on good decks', () => {
  it('passes the bundled deck, its picture loaded, at 40x12, 80x24, 120x40 and 200x50', async () => {
    const deck = deckFromFile(BUNDLED_DECK_PATH);
    await loadPictures(deck);
    // The picture is decoded, so check measures the cells it gets on every screen.
    const pictures = deck.slides.flatMap((s) => s.steps.flat()).filter((b) => b.kind === 'image');
    expect(pictures.map((p) => pictureEntry(p)?.status)).toEqual(['ready']);
    const sizes = [at40, at80, { columns: 120, rows: 40 }, { columns: 200, rows: 50 }];
    expect(checkDeck(deck, { sizes, styles, exists: existsSync })).toEqual([]);
    expect(checkDeck(deck, { sizes, styles: makeStyles(darkTheme, 0, { ascii: true }), exists: existsSync })).toEqual([]);
  });

  it('passes a small deck at every size it fits', () => {
    const deck = deckOf('# Title\n\nHello\n\n---\n\n## Two\n\n- a\n- b\n\n<!-- pause -->\n\nc');
    expect(checkDeck(deck, { sizes: [at80, at40, { columns: 200, rows: 60 }], styles, exists: () => false })).toEqual([]);
  });

  it('says the problem only at the sizes where it is one', () => {
    const deck = deckOf('# T\n\n```\n' + 'x'.repeat(60) + '\n```');
    const findings = checkDeck(deck, { sizes: [at80, at40], styles, exists: () => true });
    expect(findings.map((f) => [f.size, f.line, f.kind])).toEqual([['40x12', 4, 'too-wide']]);
  });
});
