import { Lexer, Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { warmEmphasisRules } from '../../../src/parse/emphasis-rules-warmup.js';
import { boundedInline } from '../../../src/parse/nesting-limit.js';

describe('warming marked’s emphasis rules', () => {
  it('leaves the global rules where marked expects them, so emphasis still lexes', () => {
    warmEmphasisRules();
    const rules = Lexer.rules.inline.gfm;
    for (const rule of [rules.emStrongLDelim, rules.emStrongRDelimAst, rules.emStrongRDelimUnd]) expect(rule.lastIndex).toBe(0);
    const md = new Marked({ gfm: true }, boundedInline);
    const types = md.Lexer.lexInline('**dua cara** dan _LXC_ *ok*', md.defaults).map((t) => t.type);
    expect(types).toEqual(['strong', 'text', 'em', 'text', 'em']);
  });
});
