import { describe, expect, it } from 'vitest';
import type { Block, Deck, Slide } from '../../../src/deck/types.js';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import { parseDeck } from '../../../src/parse/parse-deck.js';

function deckOf(markdown: string): Deck {
  return deckFromText(markdown, 'test.md', 'test.md');
}

function slideOf(markdown: string, index = 0): Slide {
  const slide = deckOf(markdown).slides[index];
  if (!slide) throw new Error(`no slide ${index}`);
  return slide;
}

/** All blocks of a slide, steps flattened. */
const blocksOf = (slide: Slide): Block[] => slide.steps.flat();
const kinds = (blocks: readonly Block[]) => blocks.map((b) => b.kind);

function as<K extends Block['kind']>(block: Block | undefined, kind: K): Extract<Block, { kind: K }> {
  expect(block?.kind).toBe(kind);
  return block as Extract<Block, { kind: K }>;
}

describe('splitting slides', () => {
  it('starts a new slide at each `---`', () => {
    const deck = deckOf('# One\n\na\n\n---\n\n# Two\n\nb\n\n---\n\n# Three');
    expect(deck.slides.map((s) => s.title)).toEqual(['One', 'Two', 'Three']);
    expect(deck.slides.flatMap(blocksOf).some((b) => b.kind === 'rule')).toBe(false);
  });

  it('also splits at `<!-- end_slide -->`, with or without blank lines around it', () => {
    const deck = deckOf('# A\n\n<!-- end_slide -->\n\n# B\ntext\n<!-- end_slide -->\n# C');
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'B', 'C']);
  });

  it('drops empty slides', () => {
    const deck = deckOf('---\n\n# A\n\n---\n\n---\n\n<!-- a remark -->\n\n---\n\n<!-- pause -->\n\n---\n\n# B\n\n---\n');
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'B']);
  });

  it('keeps a slide that has only a title', () => {
    const slide = slideOf('# Just a title');
    expect(slide.title).toBe('Just a title');
    expect(slide.steps).toEqual([[]]);
  });

  it('records the 1-based line of each slide heading', () => {
    const deck = deckOf('# A\n\ntext\n\n---\n\n\n## B\n\n---\n# C');
    expect(deck.slides.map((s) => s.source.line)).toEqual([1, 8, 11]);
  });

  it('counts lines past link definitions and multi-line blocks', () => {
    const deck = deckOf('[ref]: https://example.com\n\n# A\n\n```\n1\n2\n3\n```\n\n| a |\n|---|\n| 1 |\n\n---\n\n# B');
    expect(deck.slides.map((s) => s.source.line)).toEqual([3, 17]);
  });

  it('gives a slide without a heading the line of its first content', () => {
    const deck = deckOf('# A\n\n---\n\nplain text\n\n<!-- end_slide -->\n\nmore');
    expect(deck.slides.map((s) => s.title)).toEqual(['A', '', '']);
    expect(deck.slides.map((s) => s.source.line)).toEqual([1, 5, 9]);
  });

  it('adds bodyLineOffset to every line', () => {
    const deck = parseDeck({ body: '# A\n\n---\n\n# B', frontMatter: {}, source: 's', name: 'n', bodyLineOffset: 10 });
    expect(deck.slides.map((s) => s.source.line)).toEqual([11, 15]);
  });
});

describe('slide titles', () => {
  it('takes the first heading as the title when it is the first content', () => {
    const slide = slideOf('## **Bold** title\n\ntext\n\n## Second heading\n\n---\n\nnext');
    expect(slide.title).toBe('**Bold** title');
    expect(kinds(blocksOf(slide))).toEqual(['prose', 'heading']);
    expect(as(blocksOf(slide)[1], 'heading')).toMatchObject({ level: 2, text: 'Second heading' });
  });

  it('keeps a heading after other content as a block, and the slide untitled', () => {
    const slide = slideOf('Intro text\n\n# Late heading\n\nmore\n\n---\n');
    expect(slide.title).toBe('');
    expect(kinds(blocksOf(slide))).toEqual(['prose', 'heading', 'prose']);
  });

  it('does not take a heading after a pause as the title', () => {
    const slide = slideOf('<!-- pause -->\n\n# Revealed');
    expect(slide.title).toBe('');
    expect(slide.steps).toHaveLength(2);
    expect(as(slide.steps[1]?.[0], 'heading').text).toBe('Revealed');
  });

  it('still takes the heading as the title after notes and remarks', () => {
    const slide = slideOf('<!-- notes: say hi -->\n<!-- remark -->\n\n# Title\n\nbody');
    expect(slide.title).toBe('Title');
    expect(slide.source.line).toBe(4);
  });
});

describe('steps', () => {
  it('splits at `<!-- pause -->`; each step holds only its new blocks', () => {
    const slide = slideOf('# T\n\nfirst\n\n<!-- pause -->\n\nsecond\n\n<!-- pause -->\n\nthird');
    expect(slide.steps.map((s) => s.map((b) => as(b, 'prose').text))).toEqual([['first'], ['second'], ['third']]);
  });

  it('ignores a trailing pause (and several)', () => {
    expect(slideOf('# T\n\na\n\n<!-- pause -->\n').steps).toHaveLength(1);
    expect(slideOf('# T\n\na\n\n<!-- pause -->\n\n<!-- pause -->\n\n---\n\n# U').steps).toHaveLength(1);
  });

  it('keeps a pause directly after the title as an empty first step', () => {
    const slide = slideOf('# T\n\n<!-- pause -->\n\nlater');
    expect(slide.steps).toHaveLength(2);
    expect(slide.steps[0]).toEqual([]);
  });
});

describe('speaker notes', () => {
  it('collects `<!-- notes: … -->` and never shows it', () => {
    const slide = slideOf('# T\n\n<!-- notes: Ask who uses Proxmox. -->\n\nvisible');
    expect(slide.notes).toBe('Ask who uses Proxmox.');
    expect(blocksOf(slide).map((b) => as(b, 'prose').text)).toEqual(['visible']);
  });

  it('collects a `<!-- notes -->` … `<!-- /notes -->` block and never shows it', () => {
    const slide = slideOf('# T\n\nbefore\n\n<!-- notes -->\nRemember **this**.\n- point\n<!-- /notes -->\n\nafter');
    expect(slide.notes).toContain('Remember **this**.');
    expect(slide.notes).toContain('- point');
    expect(blocksOf(slide).map((b) => as(b, 'prose').text)).toEqual(['before', 'after']);
  });

  it('keeps notes per slide, and a `---` inside a notes block is not a slide break', () => {
    const deck = deckOf('# A\n\n<!-- notes -->\nnote A\n\n---\n\nstill A\n<!-- /notes -->\n\n---\n\n# B\n\n<!-- notes: note B -->');
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'B']);
    expect(deck.slides[0]?.notes).toContain('still A');
    expect(deck.slides[1]?.notes).toBe('note B');
    expect(blocksOf(deck.slides[0]!)).toEqual([]);
  });

  it('separates note paragraphs by exactly one blank line', () => {
    const slide = slideOf('# T\n\n<!-- notes -->\nfirst\n\nsecond\n<!-- /notes -->\n\n<!-- notes: third -->');
    expect(slide.notes).toBe('first\n\nsecond\n\nthird');
  });
});

describe('columns', () => {
  it('turns a columns region into one columns block', () => {
    const slide = slideOf('# T\n\n<!-- columns: 2 1 -->\n\nleft\n\n- item\n\n<!-- column -->\n\nright\n\n<!-- /columns -->\n\nafter');
    const blocks = blocksOf(slide);
    expect(kinds(blocks)).toEqual(['columns', 'prose']);
    const columns = as(blocks[0], 'columns');
    expect(columns.widths).toEqual([2, 1]);
    expect(columns.columns.map(kinds)).toEqual([['prose', 'list'], ['prose']]);
    expect(as(columns.columns[1]?.[0], 'prose').text).toBe('right');
  });

  it('defaults widths to 1 for columns beyond those given', () => {
    const columns = as(blocksOf(slideOf('# T\n\n<!-- columns -->\n\na\n\n<!-- column -->\n\nb\n\n<!-- column -->\n\nc\n\n<!-- /columns -->'))[0], 'columns');
    expect(columns.widths).toEqual([1, 1, 1]);
    expect(columns.columns).toHaveLength(3);
  });

  it('closes an open columns region at the end of the slide', () => {
    const deck = deckOf('# T\n\n<!-- columns: 1 1 -->\n\na\n\n<!-- column -->\n\nb\n\n---\n\n# U');
    expect(kinds(blocksOf(deck.slides[0]!))).toEqual(['columns']);
    expect(deck.slides[1]?.title).toBe('U');
  });
});

describe('art', () => {
  it('merges consecutive art fences into one block, variants in order', () => {
    const slide = slideOf('# T\n\n```art\nwide  art\n```\n\n```art\nnarrow\n```\n```ART\nn\n```\n\ntext\n\n```art\nalone\n```');
    const blocks = blocksOf(slide);
    expect(kinds(blocks)).toEqual(['art', 'prose', 'art']);
    expect(as(blocks[0], 'art').variants).toEqual(['wide  art', 'narrow', 'n']);
    expect(as(blocks[2], 'art').variants).toEqual(['alone']);
  });

  it('keeps art verbatim: leading spaces, trailing spaces and Markdown characters', () => {
    const art = '   /\\\n  /  \\  \n **x** | _y_';
    expect(as(blocksOf(slideOf('# T\n\n```art\n' + art + '\n```'))[0], 'art').variants).toEqual([art]);
  });

  it('does not merge art across a pause', () => {
    const slide = slideOf('# T\n\n```art\na\n```\n\n<!-- pause -->\n\n```art\nb\n```');
    expect(slide.steps.map((s) => s.map((b) => as(b, 'art').variants))).toEqual([[['a']], [['b']]]);
  });

  it('other fences are code with a lower-case language', () => {
    const code = as(blocksOf(slideOf('# T\n\n```Bash title="x"\npct list\n```'))[0], 'code');
    expect(code).toMatchObject({ lang: 'bash', text: 'pct list' });
  });
});

describe('attached blocks', () => {
  it('marks a list written directly under a paragraph as attached', () => {
    const blocks = blocksOf(slideOf('# T\n\nUse it when:\n- a\n- b'));
    expect(kinds(blocks)).toEqual(['prose', 'list']);
    expect(blocks[0]?.attached).toBeUndefined();
    expect(blocks[1]?.attached).toBe(true);
  });

  it('does not mark a list separated by a blank line', () => {
    const blocks = blocksOf(slideOf('# T\n\nUse it when:\n\n- a\n- b'));
    expect(blocks[1]?.attached).toBeUndefined();
  });

  it('does not attach a block after a heading separated by a blank line, nor the first block after a directive', () => {
    const blocks = blocksOf(slideOf('# T\n\nintro\n\n## Sub\n\ntext\n<!-- remark -->\nafter\n\n---\n'));
    expect(kinds(blocks)).toEqual(['prose', 'heading', 'prose', 'prose']);
    expect(blocks.map((b) => b.attached)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('HTML', () => {
  it('ignores ordinary HTML comments', () => {
    const slide = slideOf('# T\n\n<!-- TODO: rewrite this -->\n\ntext\n\n<!--\nmulti-line\nremark\n-->');
    expect(blocksOf(slide).map((b) => as(b, 'prose').text)).toEqual(['text']);
    expect(slide.notes).toBe('');
  });

  it('shows the text of raw HTML blocks, never their tags', () => {
    const blocks = blocksOf(slideOf('# T\n\n<div align="center">\nHello <b>there</b>\n</div>\n\n<br>\n\n<!-- x --> visible'));
    expect(blocks.map((b) => as(b, 'prose').text)).toEqual(['Hello there', 'visible']);
    expect(JSON.stringify(blocks)).not.toMatch(/<\/?(div|b|br)\b/);
  });
});

describe('lists', () => {
  it('reads task-list checkboxes', () => {
    const list = as(blocksOf(slideOf('# T\n\n- [x] done\n- [ ] todo\n- plain'))[0], 'list');
    expect(list.items.map((i) => [i.text, i.checked])).toEqual([
      ['done', true],
      ['todo', false],
      ['plain', undefined],
    ]);
    expect('checked' in (list.items[2] ?? {})).toBe(false);
  });

  it('nests sub-lists as children', () => {
    const list = as(blocksOf(slideOf('# T\n\n- parent\n  - child one\n  - child two\n- sibling'))[0], 'list');
    expect(list.items.map((i) => i.text)).toEqual(['parent', 'sibling']);
    const child = as(list.items[0]?.children[0], 'list');
    expect(child.items.map((i) => i.text)).toEqual(['child one', 'child two']);
    expect(list.items[1]?.children).toEqual([]);
  });

  it('keeps the start of an ordered list', () => {
    const blocks = blocksOf(slideOf('# T\n\n3. three\n4. four\n\ntext\n\n1. one\n\n- bullet'));
    expect(as(blocks[0], 'list')).toMatchObject({ ordered: true, start: 3 });
    expect(as(blocks[2], 'list')).toMatchObject({ ordered: true, start: 1 });
    expect(as(blocks[3], 'list')).toMatchObject({ ordered: false, start: 1 });
  });
});

describe('other blocks', () => {
  it('reads a blockquote as a quote of its blocks', () => {
    expect(blocksOf(slideOf('# T\n\n> a quote'))[0]).toEqual({ kind: 'quote', blocks: [{ kind: 'prose', text: 'a quote' }] });
  });

  it('reads table alignment', () => {
    const table = as(blocksOf(slideOf('# T\n\n| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |'))[0], 'table');
    expect(table.align).toEqual(['left', 'center', 'right']);
    expect(table.rows).toEqual([['1', '2', '3']]);
  });

  it('splits at every thematic break spelling, `***` included', () => {
    const deck = deckOf('# A\n\n***\n\n# B');
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'B']);
  });
});

describe('deck meta', () => {
  it('uses front matter fields, trimmed, and keeps numbers as text', () => {
    const deck = parseDeck({ body: '# H', frontMatter: { title: ' T ', author: 'A', lang: 'id', theme: 3 }, source: '-', name: 'stdin', bodyLineOffset: 0 });
    expect(deck.meta).toEqual({ title: 'T', author: 'A', lang: 'id', unknownTheme: '3', source: '-', split: { by: 'none' } });
  });

  it('ignores front matter values that are not text', () => {
    const deck = parseDeck({ body: '# H', frontMatter: { title: ['x'], author: { a: 1 } }, source: 's', name: 'n', bodyLineOffset: 0 });
    expect(deck.meta).toEqual({ title: 'H', source: 's', split: { by: 'none' } });
  });
});
