import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../src/deck/types.js';
import { hideDivFences } from '../../../src/parse/pandoc-divs.js';
import { deckOf } from '../../support/decks.js';

const slide = (markdown: string): Slide => deckOf(markdown).slides[0]!;
/** Each step's list items, as their texts. */
const itemsByStep = (s: Slide) => s.steps.map((step) => step.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : [`(${b.kind})`])));
const patat = (body: string) => `---\npatat:\n  incrementalLists: true\n---\n\n${body}`;

describe("pandoc's incremental and nonincremental divs", () => {
  it('reveals the items of a list inside ::: incremental one step at a time', () => {
    const s = slide('# T\n\n::: incremental\n- a\n- b\n- c\n:::\n\n- d\n- e');
    expect(itemsByStep(s)).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
  });

  it('takes the {.incremental} attribute form, with an id or other classes too', () => {
    expect(itemsByStep(slide('# T\n\n::: {.incremental #steps}\n1. a\n2. b\n:::'))).toEqual([['a'], ['b']]);
  });

  it('shows a list inside ::: nonincremental at once in a deck whose lists are incremental, and goes back after', () => {
    const s = slide(patat('# T\n\n::: nonincremental\n- a\n- b\n:::\n\n- c\n- d'));
    expect(itemsByStep(s)).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('lets the innermost div decide, and gives back the enclosing one on closing', () => {
    const s = slide('# T\n\n::: incremental\n::: {.nonincremental}\n- a\n- b\n:::\n\n- c\n- d\n:::\n\n- e\n- f');
    expect(itemsByStep(s)).toEqual([['a', 'b'], ['c'], ['d', 'e', 'f']]);
  });

  it('ends with its slide: the next slide starts from the deck default', () => {
    const deck = deckOf('# A\n\n::: incremental\n- a\n- b\n\n# B\n\n- c\n- d\n:::');
    expect(deck.slides.map((s) => s.steps.length)).toEqual([2, 1]);
  });

  it('keeps a list div inside notes out of the notes text', () => {
    const s = slide('# T\n\ntext\n\n::: notes\nSay this.\n\n::: incremental\n- one\n:::\n:::\n');
    expect(s.notes).toBe('Say this.\n\n- one');
    expect(s.steps).toHaveLength(1);
  });

  it('keeps every line in its place and leaves fenced code alone', () => {
    const body = '::: incremental\n- a\n:::\n\n```\n::: incremental\n```\n';
    const hidden = hideDivFences(body);
    expect(hidden.split('\n')).toHaveLength(body.split('\n').length);
    expect(hidden).toBe('<!-- incremental_lists: true -->\n- a\n<!-- incremental_lists: false -->\n\n```\n::: incremental\n```\n');
  });
});
