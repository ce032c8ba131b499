import { describe, expect, it } from 'vitest';
import { lex } from '../../../src/parse/lexer.js';
import { lexBySlide } from '../../../src/parse/parse-deck.js';
import { generatedDeck } from '../../../scripts/bench/decks.mjs';

/** Slides that tempt a line reader: breaks in code, comments, lists, quotes, setext headings, HTML. */
const TRICKY = [
  '# Code\n\n```yaml\n---\nkey: value\n\n---\n```\n',
  '# Comment\n\n<!--\n\n---\n\n-->\n\nafter\n',
  '# List\n\n- item\n\n  ---\n\n- more\n',
  '# Quote\n\n> quoted\n>\n> ---\n',
  'Setext\n---\n\ntext\n',
  '# Tilde\n\n~~~\n***\n~~~\n',
  '<!-- end_slide -->\n\n# After end_slide\n',
  '# Html\n\n<div>\n\n---\n\n</div>\n',
  '# Stars\n\n* * *\n\n_ _ _\n',
].join('\n---\n\n');

describe('lexBySlide', () => {
  it('gives the tokens of one lex of the whole body, cut at every slide break', () => {
    const body = `${TRICKY}\n---\n\n${generatedDeck(60)}\n---\n\n${TRICKY}`;
    expect([...lexBySlide(body, 1)]).toEqual([...lex(body)]);
  });

  it('lexes whole when an HTML block may run past blank lines', () => {
    const body = `# A\n\n<pre>\n\n---\n\n</pre>\n\n---\n\n# B\n`;
    expect([...lexBySlide(body, 1)]).toEqual([...lex(body)]);
  });
});
