import { describe, expect, it } from 'vitest';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import type { Block } from '../../../src/deck/types.js';

const blocksOf = (md: string): Block[] => deckFromText(`## S\n\n${md}\n`, '/tmp/l.md', 'l.md').slides[0]?.steps.flat() ?? [];

describe('image blocks', () => {
  it('makes a block of a Markdown picture on its own line, with its alt text', () => {
    expect(blocksOf('![A diagram](img/x.png)')).toEqual([{ kind: 'image', src: 'img/x.png', alt: 'A diagram' }]);
  });

  it('splits a paragraph at a picture standing on its own line, keeps one inside a sentence as prose', () => {
    expect(blocksOf('Look:\n![shot](a.png)\nDone.').map((b) => b.kind)).toEqual(['prose', 'image', 'prose']);
    expect(blocksOf('Click ![icon](i.png) then go.').map((b) => b.kind)).toEqual(['prose']);
  });

  it('reads <img> tags: src, alt, width and height, entities decoded; text around them stays', () => {
    expect(blocksOf('<img src="img/a&amp;b.png" alt=\'A &quot;b&quot;\' width="300" height=200>')).toEqual([
      { kind: 'image', src: 'img/a&b.png', alt: 'A "b"', width: '300', height: '200' },
    ]);
    const mixed = blocksOf('<p align="center">Caption <img src="c.png" alt="c"></p>');
    expect(mixed.map((b) => b.kind)).toEqual(['prose', 'image']);
  });

  it('takes a linked picture as a picture, and ignores an <img> without src', () => {
    expect(blocksOf('[![logo](l.png)](https://example.com)')).toEqual([{ kind: 'image', src: 'l.png', alt: 'logo' }]);
    expect(blocksOf('<img alt="nothing">').some((b) => b.kind === 'image')).toBe(false);
  });

  it('keeps control characters out of alt text and addresses', () => {
    const [block] = blocksOf('<img src="a&#27;[2J.png" alt="x&#27;]0;pwned&#7;">');
    expect(block).toMatchObject({ kind: 'image' });
    expect(JSON.stringify(block)).not.toMatch(/\\u001b|\\u0007/i);
  });
});
