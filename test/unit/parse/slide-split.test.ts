import { describe, expect, it } from 'vitest';
import { autoSlideLevel, describeSplit } from '../../../src/parse/slide-split.js';
import { deckOf } from '../../support/decks.js';

const titles = (markdown: string) => deckOf(markdown).slides.map((s) => s.title);

describe('slides from headings', () => {
  it("uses pandoc's slide level: the highest heading level followed by content", () => {
    expect(autoSlideLevel([{ heading: 1 }, { heading: 2 }, 'content', { heading: 2 }, 'content'])).toEqual({ level: 2 });
    expect(autoSlideLevel([{ heading: 1 }, 'content', { heading: 1 }, 'content', { heading: 2 }, 'content'])).toEqual({ level: 1 });
    expect(autoSlideLevel(['content', 'content'])).toBeUndefined();
  });

  it("goes one level down when pandoc's level holds only the lesson title", () => {
    expect(autoSlideLevel([{ heading: 1 }, 'content', { heading: 2 }, 'content', { heading: 2 }, 'content'])).toEqual({ level: 2, below: 1 });
  });

  it('splits a lesson with no slide breaks at its sections', () => {
    expect(titles('# Lesson\n\nIntro.\n\n## One\n\na\n\n### Detail\n\nd\n\n## Two\n\nb')).toEqual(['Lesson', 'One', 'Two']);
    const one = deckOf('# Lesson\n\nIntro.\n\n## One\n\na\n\n### Detail\n\nd\n\n## Two\n\nb').slides[1];
    expect(one?.steps.flat().map((b) => b.kind)).toEqual(['prose', 'heading', 'prose']);
  });

  it('keeps splitting only at breaks when the lesson has them', () => {
    expect(titles('# A\n\nx\n\n## Sub\n\ny\n\n---\n\n# B\n\nz')).toEqual(['A', 'B']);
    expect(titles('# A\n\nx\n\n## Sub\n\ny\n\n<!-- end_slide -->\n\n# B')).toEqual(['A', 'B']);
  });

  it('lets front matter set the level, splitting at breaks as well', () => {
    expect(titles('---\nslide_level: 1\n---\n\n# A\n\n## a\n\nx\n\n# B\n\ny\n\n---\n\nafter')).toEqual(['A', 'B', '']);
    expect(titles('---\nheadingDivider: [1, 3]\n---\n\n# A\n\n## a\n\nx\n\n### c\n\ny')).toEqual(['A', 'c']);
    expect(titles('---\npatat:\n  slideLevel: 2\n---\n\n# Part\n\n## A\n\nx\n\n## B\n\ny')).toEqual(['Part', 'A', 'B']);
  });

  it('makes no empty slide for a heading right after a break, nor loses notes written before a heading', () => {
    const deck = deckOf('---\nslide_level: 2\n---\n\n## A\n\nx\n\n---\n\n## B\n\ny');
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'B']);
    expect(deck.warnings).toBeUndefined();
    const noted = deckOf('<!-- notes: say hi -->\n\n## A\n\nx\n\n## B\n\ny');
    expect(noted.slides.map((s) => [s.title, s.notes])).toEqual([
      ['A', 'say hi'],
      ['B', ''],
    ]);
  });

  it('keeps content before the first heading as a slide of its own', () => {
    expect(titles('Some intro text.\n\n## A\n\nx\n\n## B\n\ny')).toEqual(['', 'A', 'B']);
  });

  it('records the rule, and check can say it', () => {
    expect(deckOf('# A\n\n---\n\n# B').meta.split).toEqual({ by: 'breaks' });
    const auto = deckOf('# L\n\ni\n\n## A\n\nx\n\n## B\n\ny').meta.split!;
    expect(auto).toEqual({ by: 'headings', level: 2, from: 'auto', breaks: false, below: 1 });
    expect(describeSplit(auto)).toMatch(/^split at #, ## headings: no slide breaks, so at slide level 2 \(pandoc's would be 1/);
    expect(describeSplit(deckOf('---\nheadingDivider: 2\n---\n# A').meta.split!)).toBe(
      'split at #, ## headings: front matter headingDivider, and at slide breaks',
    );
    expect(deckOf('just text').meta.split).toEqual({ by: 'none' });
  });

  it('ends presenterm slides at each slide title (a setext heading) with options.implicit_slide_ends', () => {
    const talk = '---\noptions:\n  implicit_slide_ends: true\n---\n\nFirst\n=====\n\n## Not a title\n\ntext\n\nSecond\n------\n\nmore';
    expect(titles(talk)).toEqual(['First', 'Second']);
    expect(describeSplit(deckOf(talk).meta.split!)).toBe(
      'split at setext (underlined) headings: front matter options.implicit_slide_ends, and at slide breaks',
    );
  });

  it('counts setext headings (presenterm writes slide titles so)', () => {
    expect(titles('Alpha\n=====\n\ntext\n\nBeta\n=====\n\nmore')).toEqual(['Alpha', 'Beta']);
  });
});
