import { describe, expect, it } from 'vitest';
import { lex } from '../../../src/parse/lexer.js';
import { lexChunks } from '../../../src/parse/lex-chunks.js';
import { scanLines } from '../../../src/parse/line-scan.js';
import { generatedDeck, sectionedLesson } from '../../../scripts/bench/decks.mjs';

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
  '# Html then fence\n\n<div>html block</div>\n```\n\n```\n\n---\n\n# still code\n\n```\n',
  '# Stars\n\n* * *\n\n_ _ _\n',
].join('\n---\n\n');

/** Every token of a body lexed stretch by stretch, and how many stretches there were. */
function byStretches(body: string, size: number) {
  const chunks = [...lexChunks(body, scanLines(body)?.cuts ?? [], size, size)];
  return { tokens: chunks.flatMap((c) => c.tokens), stretches: chunks.length, ends: chunks.map((c) => c.end) };
}

describe('lexChunks', () => {
  it.each([
    ['slides with traps between them', `${TRICKY}\n---\n\n${generatedDeck(60)}\n---\n\n${TRICKY}`],
    ['a lesson split by headings', sectionedLesson(80)],
  ])('gives the tokens of one lex of the whole body for %s, cut at every place that holds', (_what, body) => {
    const { tokens, stretches, ends } = byStretches(body, 1);
    expect(tokens).toEqual(lex(body));
    expect(stretches).toBeGreaterThan(50);
    expect(ends[ends.length - 1]).toBe(body.length);
  });

  it('passes over a proposed cut inside code the line reader took for text', () => {
    // The line reader thinks the fence opened in the HTML block and closed at the real opening.
    const body = '# A\n\n<div>x</div>\n```\n\n```\n\n---\n\n# in code\n\n```\n\n---\n\n# B\n\ntext\n';
    const { tokens, ends } = byStretches(body, 1);
    expect(tokens).toEqual(lex(body));
    expect(ends.some((end) => body.slice(end).startsWith('---\n\n# in code'))).toBe(false);
  });

  it('counts flattened lines from the top of the body', () => {
    const deep = `${'>'.repeat(40)} deep\n`;
    const body = `# A\n\ntext\n\n---\n\n# B\n\n${deep}`;
    const chunks = [...lexChunks(body, scanLines(body)!.cuts, 1, 1)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flatMap((c) => c.flattened)).toEqual([8]);
  });
});
