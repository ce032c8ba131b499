import { describe, expect, it } from 'vitest';
import { blockLine } from '../../../src/parse/block-lines.js';
import { editDistance, suspectDirective } from '../../../src/parse/directives.js';
import { deckOf } from '../../support/decks.js';

describe('suspectDirective', () => {
  it('spots misspelt directives and names the one meant', () => {
    expect(suspectDirective('<!-- paus -->')).toEqual({ reason: 'typo', name: 'paus', suggestion: 'pause' });
    expect(suspectDirective('<!-- end-slide -->')).toMatchObject({ suggestion: 'end_slide' });
    expect(suspectDirective('<!-- endslide -->')).toMatchObject({ suggestion: 'end_slide' });
    expect(suspectDirective('<!-- /note -->')).toMatchObject({ suggestion: '/notes' });
    expect(suspectDirective('<!-- note: say hello -->')).toMatchObject({ suggestion: 'notes' });
    expect(suspectDirective('<!-- incremental_list: true -->')).toMatchObject({ suggestion: 'incremental_lists' });
  });

  it("spots our directives with arguments they cannot use, and other presenters' directives", () => {
    expect(suspectDirective('<!-- columns: wide narrow -->')).toEqual({ reason: 'invalid', name: 'columns' });
    expect(suspectDirective('<!-- pause: 2 -->')).toEqual({ reason: 'invalid', name: 'pause' });
    expect(suspectDirective('<!-- jump_to_middle -->')).toEqual({ reason: 'unknown', name: 'jump_to_middle' });
    expect(suspectDirective('<!-- alignment: center -->')).toEqual({ reason: 'unknown', name: 'alignment' });
  });

  it("leaves authors' own remarks alone", () => {
    for (const remark of [
      '<!-- explain this slide slowly -->',
      '<!-- TODO: add a picture -->',
      '<!-- FIXME -->',
      '<!-- more -->',
      '<!-- markdownlint-disable MD033 -->',
      '<!-- prettier-ignore -->',
      '<div>not a comment</div>',
    ]) {
      expect(suspectDirective(remark), remark).toBeNull();
    }
  });

  it('measures edit distance', () => {
    expect(editDistance('paus', 'pause')).toBe(1);
    expect(editDistance('end-slide', 'end_slide')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('parser warnings (Deck.warnings)', () => {
  it('has none for a clean deck', () => {
    expect(deckOf('# A\n\n<!-- a remark -->\n\ntext\n\n---\n\n# B\n\n<!-- notes: hi -->').warnings).toBeUndefined();
  });

  it('records a suspect directive with its line, slide and step', () => {
    const deck = deckOf('# A\n\nx\n\n---\n\n# B\n\n<!-- pause -->\n\ny\n\n<!-- paus -->\n\nz');
    expect(deck.warnings).toEqual([{ kind: 'unknown-directive', line: 13, slide: 1, step: 1, text: '<!-- paus -->', suggestion: 'pause' }]);
  });

  it('records an empty slide between two breaks, but not a leading or trailing break', () => {
    expect(deckOf('---\n\n# A\n\n---\n').warnings).toBeUndefined();
    expect(deckOf('# A\n\n---\n\n---\n\n# B').warnings).toEqual([{ kind: 'empty-slide', line: 3, text: '' }]);
    expect(deckOf('# A\n\n<!-- end_slide -->\n\n<!-- pause -->\n\n---\n\n# B').warnings).toMatchObject([{ kind: 'empty-slide', line: 3 }]);
  });

  it('records notes whose slide is empty, wherever it is', () => {
    expect(deckOf('# A\n\n---\n\n<!-- notes: lost -->\n').warnings).toEqual([{ kind: 'stray-notes', line: 5, text: 'lost' }]);
    expect(deckOf('# A\n\n---\n\n<!-- notes -->\nalso\nlost\n<!-- /notes -->\n\n---\n\n# B').warnings).toEqual([
      { kind: 'stray-notes', line: 5, text: 'also lost' },
    ]);
  });

  it('records a notes block that swallows slide breaks', () => {
    const deck = deckOf('# A\n\n<!-- notes -->\nsay this\n\n---\n\n# B\n');
    expect(deck.slides.map((s) => s.title)).toEqual(['A']);
    expect(deck.warnings).toEqual([{ kind: 'unclosed-notes', line: 3, slide: 0, text: '<!-- notes -->' }]);
    // Notes that simply run to the end of the last slide lose nothing.
    expect(deckOf('# A\n\n<!-- notes -->\nsay this\n').warnings).toBeUndefined();
  });

  it('remembers where each block starts, inside fences and columns too', () => {
    const deck = deckOf(
      '# A\n\ntext\n\n```bash\nls\n```\n\n<!-- columns: 1 1 -->\n\n```art\nx\n```\n\n```art\ny\n```\n\n<!-- column -->\n\n- item\n\n<!-- /columns -->',
    );
    const [prose, code, columns] = deck.slides[0]!.steps[0]!;
    expect([prose, code, columns].map((b) => b && blockLine(b))).toEqual([3, 6, 9]);
    if (columns?.kind !== 'columns') throw new Error('expected columns');
    expect(columns.columns.map((c) => c.map(blockLine))).toEqual([[12], [21]]);
  });
});
