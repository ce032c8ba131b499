/**
 * Fuzzing the routes around a lesson (issue 15): link targets, YAML escapes, file names,
 * theme keys, and deep nesting. Bounded in `npm test`; `npm run fuzz` runs many more cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/check/format.js';
import { checkDeck } from '../../src/check/check-deck.js';
import { deckFromText } from '../../src/parse/deck-from-text.js';
import { InputError } from '../../src/deck/input-error.js';
import { sanitizeDecoded } from '../../src/parse/clean-text.js';
import { limitNesting, MAX_INDENT, MAX_NESTING } from '../../src/parse/nesting-limit.js';
import { themeFromData } from '../../src/load/theme-file.js';
import { guardLine, guardText } from '../../src/render/text/sgr/guard.js';
import { makeStyles } from '../../src/theme/styles.js';
import { printFrames } from '../../src/output/print.js';
import { chooseStrings } from '../../src/render/ui-strings.js';
import { darkTheme } from '../../src/theme/theme.js';
import type { Block, Deck } from '../../src/deck/types.js';
import { checkLesson } from './check.js';
import { FUZZ_RUNS, deepLesson, hostileControl, hostileLinkLesson, hostileText, screenSize, yamlEscapeLesson } from './hostile-arbitraries.js';

const limit = (bounded: number) => (FUZZ_RUNS ? 24 * 3_600_000 : bounded);
const runs = (bounded: number) => ({ numRuns: FUZZ_RUNS ?? bounded, ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']) } : {}) });

/** A control character (but LF and TAB) or bidi control anywhere in `text`. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/** SGR that blinks or hides (lectern never writes 5, 6 or 8 as an attribute). */
const BLINK_OR_HIDE = /\u001B\[(?:[0-9;]*;)?(?:5|6|8)(?:;[0-9;]*)?m/;

const styles = makeStyles(darkTheme, 3, { ascii: false });

function parsed(text: string, name = 'fuzz.md'): Deck | undefined {
  try {
    return deckFromText(text, `/tmp/${name}`, name);
  } catch (error) {
    if (error instanceof InputError) {
      expect(CONTROL.test(guardLine(error.message))).toBe(false);
      return undefined;
    }
    throw error;
  }
}

/** Deepest nesting of quotes-as-prose and lists in blocks. */
function depth(blocks: readonly Block[]): number {
  let deepest = 0;
  for (const block of blocks) {
    if (block.kind === 'list') for (const item of block.items) deepest = Math.max(deepest, 1 + depth(item.children));
    if (block.kind === 'columns') for (const column of block.columns) deepest = Math.max(deepest, depth(column));
  }
  return deepest;
}

describe('fuzzing what surrounds a lesson', () => {
  it(
    'link targets: no control or blink/hidden SGR in any Frame, print or check finding',
    () => {
      fc.assert(
        fc.property(hostileLinkLesson, screenSize, (text, size) => {
          checkLesson(text, size);
          const deck = parsed(text);
          if (!deck) return;
          const printed = [...printFrames(deck, { width: size.width, height: size.height }, styles, chooseStrings(undefined, 'en_US.UTF-8'))].join('');
          expect(BLINK_OR_HIDE.test(printed)).toBe(false);
          for (const f of checkDeck(deck, { sizes: [{ columns: 80, rows: 24 }], styles, exists: () => false, file: 'fuzz.md' })) {
            expect(CONTROL.test(formatFinding(f))).toBe(false);
          }
        }),
        runs(60),
      );
    },
    limit(120_000),
  );

  it(
    'front matter: what YAML decodes is clean in the deck and in errors',
    () => {
      fc.assert(
        fc.property(yamlEscapeLesson, (text) => {
          const deck = parsed(text);
          if (!deck) return;
          for (const value of [deck.meta.title, deck.meta.author, deck.meta.theme, deck.meta.lang]) expect(CONTROL.test(value ?? '')).toBe(false);
        }),
        runs(200),
      );
    },
    limit(60_000),
  );

  it(
    'file names and theme keys reach messages only through the guard',
    () => {
      fc.assert(
        fc.property(hostileText, hostileText, (name, key) => {
          const deck = parsed('no heading\n', name);
          if (deck) expect(CONTROL.test(deck.meta.title)).toBe(false);
          const finding = { file: name, line: 1, slide: 1, step: null, size: null, kind: 'broken-link' as const, message: `points to ${name}` };
          expect(CONTROL.test(formatFinding(finding))).toBe(false);
          try {
            themeFromData(sanitizeDecoded({ [key]: '#ffffff' }), name);
          } catch (error) {
            expect(CONTROL.test(guardLine((error as Error).message))).toBe(false);
          }
        }),
        runs(300),
      );
    },
    limit(60_000),
  );

  it(
    'guardText leaves no control in any string',
    () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), hostileControl), { maxLength: 10 }), (parts) => {
          const guarded = guardText(parts.join(''));
          expect(CONTROL.test(guarded)).toBe(false);
          expect(BLINK_OR_HIDE.test(guarded)).toBe(false);
        }),
        runs(500),
      );
    },
    limit(60_000),
  );

  it(
    'deep nesting: parses and renders without overflowing the stack, nested no deeper than the bound',
    () => {
      fc.assert(
        fc.property(deepLesson, (text) => {
          for (const line of limitNesting(text).text.split('\n')) {
            const prefix = /^[\s>*+\-0-9.)]*/.exec(line)?.[0] ?? '';
            expect((prefix.match(/>|[-*+] |\d+[.)] /g) ?? []).length).toBeLessThanOrEqual(MAX_NESTING + 1);
          }
          const deck = parsed(text);
          if (!deck) return;
          for (const slide of deck.slides) for (const step of slide.steps) expect(depth(step)).toBeLessThanOrEqual(MAX_NESTING + MAX_INDENT / 2);
          checkLesson(text, { width: 80, height: 23 });
        }),
        runs(40),
      );
    },
    limit(120_000),
  );
});
