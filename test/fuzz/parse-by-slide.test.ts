/**
 * Parsing a lesson a stretch of slides at a time (parseDeckSteps, lex-chunks.ts) gives the
 * deck one lex of the whole gives: the same slides, blocks, source lines and warnings, for
 * every lesson the other fuzz tests make, cut at every place the line reader proposes.
 */
import fc from 'fast-check';
import type { Block, Deck } from '../../src/deck/types.js';
import { describe, expect, it } from 'vitest';
import { blockLine } from '../../src/parse/block-lines.js';
import { lessonParts } from '../../src/parse/deck-from-text.js';
import { parseDeck, parseDeckSteps, type DeckInput } from '../../src/parse/parse-deck.js';
import { InputError } from '../../src/deck/input-error.js';
import { FUZZ_RUNS, anyLesson } from './arbitraries.js';
import { deepLesson, hostileLinkLesson } from './hostile-arbitraries.js';

const limit = (bounded: number) => (FUZZ_RUNS ? 24 * 3_600_000 : bounded);
const runs = (bounded: number) => ({ numRuns: FUZZ_RUNS ?? bounded, ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']) } : {}) });

/** The parser's input for a lesson; undefined when its front matter is refused. */
function inputOf(text: string): DeckInput | undefined {
  try {
    const { data, body, bodyLineOffset } = lessonParts(text, 'fuzz.md');
    return { body, frontMatter: data, source: 'fuzz.md', name: 'fuzz.md', bodyLineOffset };
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** Drains parseDeckSteps with tiny stretches: a cut tried at every proposed place. */
function bySlide(input: DeckInput, chunk: number): Deck {
  const run = parseDeckSteps(input, { chunk, first: chunk });
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/** Every block's source line, in order (lines are kept beside the model, not in it). */
function lines(deck: Deck): (number | undefined)[] {
  const all = (blocks: readonly Block[]): (number | undefined)[] =>
    blocks.flatMap((b) => [blockLine(b), ...(b.kind === 'columns' ? b.columns.flatMap(all) : [])]);
  return deck.slides.flatMap((s) => s.steps.flatMap(all));
}

function expectSameDeck(text: string, chunk: number): void {
  const input = inputOf(text);
  if (!input) return;
  const whole = parseDeck({ ...input });
  const sliced = bySlide({ ...input }, chunk);
  expect(sliced).toEqual(whole);
  expect(lines(sliced)).toEqual(lines(whole));
}

describe('parsing slide by slide', () => {
  it(
    'gives the deck of the whole-body parse for any lesson, cut anywhere the line reader proposes',
    () => {
      fc.assert(fc.property(fc.oneof(anyLesson, hostileLinkLesson, deepLesson), fc.integer({ min: 1, max: 400 }), expectSameDeck), runs(150));
    },
    limit(120_000),
  );

  // Places a line reader takes for a cut where marked starts no block.
  it.each([
    ['a fence opened right after an HTML block', '<div>html block</div>\n```\n\n```\n\n---\n\nstill code\n\n# H\n\ntext'],
    ['an empty footnote definition that takes the next block', 'cite[^a]\n\n[^a]:\n\n---\n\n# After\n'],
    ['an unclosed fence', '# A\n\n```\n\n---\n\n# B\n\n---\n\ntext'],
    ['definitions and notes after the slides that use them', '# A\n\nsee [x][y] and[^n]\n\n---\n\n# B\n\n[y]: https://example.org\n\n[^n]: the note\n'],
    ['a heading-split lesson whose level only the end decides', '# T\n\n## A\n\n### a\n\ntext\n\n## B\n\n### b\n\ntext\n\n# Last\n\nwords\n'],
    ['a lesson with a break only where the line reader sees none', '# A\n\ntext\n***\n\n# B\n\nmore\n'],
  ])('gives the whole-body deck for %s', (_what, text) => {
    for (const chunk of [1, 5, 20]) expectSameDeck(text, chunk);
  });
});
