import { describe, expect, it } from 'vitest';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import { splitFrontMatter } from '../../../src/parse/front-matter.js';
import { InputError } from '../../../src/deck/input-error.js';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('splitFrontMatter', () => {
  it('splits a YAML mapping off the body', () => {
    const split = splitFrontMatter('---\ntitle: KVM vs LXC\nauthor: Ana\nlang: id\n---\n\n# Hello', 'l.md');
    expect(split.data).toEqual({ title: 'KVM vs LXC', author: 'Ana', lang: 'id' });
    expect(split.body).toBe('\n# Hello');
    expect(split.bodyLineOffset).toBe(5);
  });

  it('accepts `...` as the closing fence and trailing spaces on fences', () => {
    const split = splitFrontMatter('---  \ntheme: dark\n...\nbody', 'l.md');
    expect(split.data).toEqual({ theme: 'dark' });
    expect(split.body).toBe('body');
    expect(split.bodyLineOffset).toBe(3);
  });

  it('returns the text unchanged when there is no front matter', () => {
    const split = splitFrontMatter('# Title\n\ntext', 'l.md');
    expect(split).toEqual({ data: {}, body: '# Title\n\ntext', bodyLineOffset: 0 });
  });

  it('does not take a leading `---` thematic break and a slide for front matter', () => {
    const text = '---\n\n# First\n\nSome text.\n\n---\n\n# Second';
    const split = splitFrontMatter(text, 'l.md');
    expect(split.data).toEqual({});
    expect(split.body).toBe(text);
    expect(split.bodyLineOffset).toBe(0);
    const deck = deckFromText(text, 'l.md', 'l.md');
    expect(deck.slides.map((s) => s.title)).toEqual(['First', 'Second']);
  });

  it('treats an unclosed leading `---` as a thematic break', () => {
    const split = splitFrontMatter('---\ntitle: x\n\n# A', 'l.md');
    expect(split.data).toEqual({});
    expect(split.bodyLineOffset).toBe(0);
  });

  it('throws an InputError naming the file for invalid YAML', () => {
    const error = thrown(() => splitFrontMatter('---\ntitle: [oops\n---\nbody', 'broken.md'));
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message.startsWith('broken.md: invalid front matter')).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('throws an InputError for front matter that is not a mapping', () => {
    const error = thrown(() => splitFrontMatter('---\n[\ntitle: x\n]\n---\nbody', 'list.md'));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('list.md: invalid front matter: expected "key: value" lines');
  });

  it('gives deckFromText the invalid front matter error too', () => {
    const error = thrown(() => deckFromText('---\ntitle: "unclosed\n---\n# A', '/x/deck.md', 'deck.md'));
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^deck\.md: invalid front matter/);
  });
});

describe('front matter through deckFromText', () => {
  it('fills deck meta and counts body lines from the top of the file', () => {
    const deck = deckFromText('---\ntitle: Kursus\nlang: id\ntheme: light\n---\n\n# Satu\n\n---\n\n# Dua', 'src.md', 'src.md');
    expect(deck.meta).toEqual({ title: 'Kursus', lang: 'id', theme: 'light', themeLine: 4, source: 'src.md', split: { by: 'breaks' } });
    expect(deck.slides.map((s) => s.source.line)).toEqual([7, 11]);
  });

  it('strips a BOM and CRLF line ends before looking for front matter', () => {
    const deck = deckFromText('\uFEFF---\r\ntitle: T\r\n---\r\n# A\r\n', 'x.md', 'x.md');
    expect(deck.meta.title).toBe('T');
    expect(deck.slides[0]?.title).toBe('A');
    expect(deck.slides[0]?.source.line).toBe(4);
  });

  it('falls back to the first slide title, then the name', () => {
    expect(deckFromText('# From heading\n\ntext', 's', 'n.md').meta.title).toBe('From heading');
    expect(deckFromText('just text', 's', 'n.md').meta.title).toBe('n.md');
    expect(deckFromText('---\ntitle: "  "\n---\n# H', 's', 'n.md').meta.title).toBe('H');
  });
});
