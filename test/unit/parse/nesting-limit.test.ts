import { describe, expect, it } from 'vitest';
import { MAX_INDENT, MAX_INLINE_NESTING, MAX_NESTING, limitNesting } from '../../../src/parse/nesting-limit.js';
import { plainInline, renderProse } from '../../../src/render/blocks/prose.js';
import { makeStyles } from '../../../src/theme/styles.js';
import { darkTheme } from '../../../src/theme/theme.js';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import { lexWithDefinitions } from '../../../src/parse/lexer.js';
import type { Tokens } from 'marked';
import type { Block } from '../../../src/deck/types.js';

/** Deepest list nesting in blocks (a list's items' children count one level more). */
function listDepth(blocks: readonly Block[]): number {
  let deepest = 0;
  for (const block of blocks) {
    if (block.kind === 'list') for (const item of block.items) deepest = Math.max(deepest, 1 + listDepth(item.children));
    if (block.kind === 'columns') for (const column of block.columns) deepest = Math.max(deepest, listDepth(column));
  }
  return deepest;
}

describe('limitNesting', () => {
  it('returns the same text when nothing is too deep', () => {
    const text = '# A\n\n> quote\n> > nested\n\n- a\n  - b\n    - c\n\n1. one\n2. two\n';
    const limited = limitNesting(text);
    expect(limited.text).toBe(text);
    expect(limited.flattened).toEqual([]);
  });

  it('keeps MAX_NESTING quote markers of a 10,000-deep quote and the text', () => {
    const limited = limitNesting(`${'>'.repeat(10_000)} deep\n`);
    expect(limited.text).toBe(`${'>'.repeat(MAX_NESTING)} deep\n`);
    expect(limited.flattened).toEqual([0]);
  });

  it('cuts the indentation of a 10,000-deep list to MAX_INDENT columns, keeping every item and line', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n');
    const limited = limitNesting(text);
    const lines = limited.text.split('\n');
    expect(lines).toHaveLength(10_000);
    expect(lines.every((line, i) => line.trimStart() === `- item ${i}`)).toBe(true);
    expect(Math.max(...lines.map((l) => l.length - l.trimStart().length))).toBe(MAX_INDENT);
    expect(limited.flattened[0]).toBe(MAX_INDENT / 2 + 1);
  });

  it('drops markers past the limit on one line of alternating lists and quotes', () => {
    const limited = limitNesting(`${'- > '.repeat(5000)}x`);
    expect(limited.text.endsWith(' x')).toBe(true);
    expect((limited.text.match(/[->]/g) ?? []).length).toBe(MAX_NESTING);
  });

  it('bounds lines inside what looks like a fence too: only marked knows whether it is one', () => {
    const text = `\`\`\`\n${'>'.repeat(40)}\n\`\`\`\n`;
    expect(limitNesting(text).text).toBe(`\`\`\`\n${'>'.repeat(MAX_NESTING)} \n\`\`\`\n`);
  });
});

describe('lexing a deep lesson', () => {
  const deep = `${'>'.repeat(5000)} deep`;

  it.each([
    ['an HTML comment', `<!--\n\`\`\`\n-->\n${deep}\n`],
    ['an HTML block', `<div>\n\`\`\`\n\n${deep}\n`],
    ['a list item that ends', `- a\n  \`\`\`\n${deep}\n`],
    ['a block quote that ends', `> \`\`\`\n${deep}\n`],
    ['an indented fence of a list item', `1. a\n\n   ~~~\n${deep}\n`],
  ])('bounds nesting after a fence opened inside %s', (_, text) => {
    const lexed = lexWithDefinitions(`# A\n\n${text}`);
    expect(lexed.flattened).toHaveLength(1);
    expect(JSON.stringify(lexed.tokens).split('"blockquote"').length - 1).toBeLessThanOrEqual(MAX_NESTING);
  });

  it('keeps top-level code as written, fenced or indented, and reports only the prose it flattened', () => {
    const art = '>'.repeat(40);
    const indent = ' '.repeat(4 + MAX_INDENT + 10);
    const text = `# A\n\n\`\`\`\n${art}\n\`\`\`\n\n${deep}\n\n    code\n${indent}far\n\n~~~\n${art}`;
    const lexed = lexWithDefinitions(text);
    const code = lexed.tokens.filter((t) => t.type === 'code').map((t) => (t as Tokens.Code).text);
    expect(code).toEqual([art, `code\n${indent.slice(4)}far`, art]);
    expect(lexed.flattened).toEqual([text.split('\n').indexOf(deep)]);
  });
});

describe('deep nesting in a lesson', () => {
  it('parses 10,000-deep quotes and lists without overflowing the stack, and says where it flattened', () => {
    const quotes = `${'>'.repeat(10_000)} deep quote\n`;
    const list = Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n');
    const deck = deckFromText(`# Quotes\n\n${quotes}\n---\n\n# List\n\n${list}\n`, 'deep.md', 'deep.md');
    expect(deck.slides).toHaveLength(2);
    expect(listDepth(deck.slides[1]!.steps.flat())).toBeLessThanOrEqual(MAX_INDENT / 2 + 1);
    const warnings = (deck.warnings ?? []).filter((w) => w.kind === 'deep-nesting');
    expect(warnings.map((w) => w.slide)).toEqual([0, 1]);
    expect(warnings[0]!.line).toBe(3);
  });
});

describe('deep inline nesting', () => {
  const styles = makeStyles(darkTheme, 0, { ascii: false });
  const n = 5000;

  it.each([
    ['one run of asterisks', `${'*'.repeat(n)}x${'*'.repeat(n)}`],
    ['one run of underscores', `${'_'.repeat(n)}x${'_'.repeat(n)}`],
    ['strong words inside one another', `${'**a '.repeat(n)}x${' a**'.repeat(n)}`],
    ['struck words inside one another', `${'~~a '.repeat(n)}x${' a~~'.repeat(n)}`],
    ['link text inside link text', `${'[a '.repeat(n)}x${'](u)'.repeat(n)}`],
  ])('renders %s, keeping the word and the levels past the bound as text', (_, markdown) => {
    const plain = plainInline(markdown, styles);
    expect(plain).toContain('x');
    const deck = deckFromText(`# A\n\n${markdown}\n`, 'deep.md', 'deep.md');
    expect(deck.slides).toHaveLength(1);
    expect(renderProse(markdown, 80, styles).length).toBeGreaterThan(0);
  });

  it('keeps emphasis nested less deeply than the bound', () => {
    const nested = `${'*a '.repeat(MAX_INLINE_NESTING - 1)}x${' a*'.repeat(MAX_INLINE_NESTING - 1)}`;
    expect(plainInline(nested, styles)).not.toContain('*');
  });

  it('bounds quotes nested in a footnote definition', () => {
    const deck = deckFromText(`# A\n\nSee[^1].\n\n[^1]: ${'>'.repeat(n)} deep\n`, 'deep.md', 'deep.md');
    expect((deck.warnings ?? []).some((w) => w.kind === 'deep-nesting')).toBe(true);
  });
});
