import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import { inlinePlainText, isLessonLink, lessonLinkPath, slideLinks } from '../../../src/parse/links.js';
import { LESSON_PATH, deckOf } from '../../support/decks.js';

describe('slideLinks', () => {
  it("finds exactly the lesson's link to #4 on its last slide", () => {
    const deck = deckFromText(readFileSync(LESSON_PATH, 'utf8'), LESSON_PATH, '03-pengantar-kvm-vs-lxc.md');
    const last = deck.slides[deck.slides.length - 1];
    expect(last).toBeDefined();
    expect(slideLinks(last!)).toEqual([{ text: '#4 - Mengenal Proxmox VE.md', href: './#4%20-%20Mengenal%20Proxmox%20VE.md' }]);
    // No other slide of the lesson links anywhere.
    expect(deck.slides.slice(0, -1).flatMap(slideLinks)).toEqual([]);
  });

  it('finds links in the title, lists (nested too), tables and columns, in reading order', () => {
    const deck = deckOf(
      [
        '# See [intro](01-intro.md)',
        '',
        '- first [a](a.md)',
        '  - nested **[b](b.md)**',
        '',
        '| x | y |',
        '|---|---|',
        '| [c](c.md) | <https://example.com> |',
        '',
        '<!-- columns: 1 1 -->',
        'left [d](d.md)',
        '<!-- column -->',
        'right [e](./e.md#part)',
        '<!-- /columns -->',
      ].join('\n'),
    );
    const links = slideLinks(deck.slides[0]!);
    expect(links.map((l) => l.href)).toEqual(['01-intro.md', 'a.md', 'b.md', 'c.md', 'https://example.com', 'd.md', './e.md#part']);
  });

  it('finds links in every step of a slide', () => {
    const deck = deckOf('# T\n\n[one](1.md)\n\n<!-- pause -->\n\n[two](2.md)');
    expect(slideLinks(deck.slides[0]!).map((l) => l.text)).toEqual(['one', 'two']);
  });

  it('ignores code, inline code and art', () => {
    const deck = deckOf('# T\n\n```sh\necho [x](x.md)\n```\n\n```art\n[y](y.md)\n```\n\nUse `[z](z.md)` literally.');
    expect(slideLinks(deck.slides[0]!)).toEqual([]);
  });

  it('lists each href once, with the text it first had', () => {
    const deck = deckOf('# T\n\n[first](x.md) and [again](x.md) and [other](y.md)');
    expect(slideLinks(deck.slides[0]!)).toEqual([
      { text: 'first', href: 'x.md' },
      { text: 'other', href: 'y.md' },
    ]);
  });

  it('gives plain link text, without markup', () => {
    const deck = deckOf('# T\n\n[**Bold** `code` &amp; more](z.md)');
    expect(slideLinks(deck.slides[0]!)).toEqual([{ text: 'Bold code & more', href: 'z.md' }]);
  });
});

describe('isLessonLink', () => {
  it.each([
    './#4%20-%20Mengenal%20Proxmox%20VE.md',
    './#4 - Mengenal.md',
    '03-x.md',
    '../other/05-x.md',
    'sub/Lesson.MARKDOWN',
    'x.md#section',
    '%234%20-%20x.md',
  ])('%s is a lesson link', (href) => {
    expect(isLessonLink(href)).toBe(true);
  });

  it.each([
    'https://example.com/x.md',
    'http://example.com/x.md',
    'mailto:someone@example.com',
    'file:///tmp/x.md',
    '#anchor',
    '#4-x.md',
    '',
    './',
    'notes.txt',
    'x.md?plain=1',
    '/abs/x.md',
    '//host/x.md',
  ])('%s is not', (href) => {
    expect(isLessonLink(href)).toBe(false);
  });

  it('keeps a # in the file name when no file name comes before it, drops a real fragment', () => {
    expect(lessonLinkPath('./#4%20-%20Mengenal%20Proxmox%20VE.md')).toBe('./#4 - Mengenal Proxmox VE.md');
    expect(lessonLinkPath('./#4 - Mengenal.md')).toBe('./#4 - Mengenal.md');
    expect(lessonLinkPath('../#5.md#intro')).toBe('../#5.md');
    expect(lessonLinkPath('x.md#a%20b')).toBe('x.md');
    expect(lessonLinkPath('50%.md')).toBe('50%.md');
  });
});

describe('inlinePlainText', () => {
  it('removes markup and keeps emoji', () => {
    expect(inlinePlainText('🧩 *KVM* vs **LXC** <b>now</b>')).toBe('🧩 KVM vs LXC now');
  });

  it('does not let an entity bring a control character back', () => {
    expect(inlinePlainText('a&#27;b &#x9B;c &#x26;#27;')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    const deck = deckOf('# T\n\n[x&#27;[2J](y&#27;.md)');
    expect(JSON.stringify(slideLinks(deck.slides[0]!))).not.toMatch(/\\u001b/i);
  });
});
