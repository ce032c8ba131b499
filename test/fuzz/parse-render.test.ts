/**
 * Property-based fuzzing of parse + render (fast-check). A bounded number of cases runs in
 * `npm test`; `npm run fuzz` (scripts/fuzz-long.mjs) runs many more. Every counterexample
 * found is kept in regressions.test.ts.
 */
import fc from 'fast-check';
import { Marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { lex } from '../../src/parse/lexer.js';
import { limitNesting, restoreCode } from '../../src/parse/nesting-limit.js';
import { FUZZ_RUNS, anyLesson, generatedLesson, screenSize } from './arbitraries.js';
import { checkLesson } from './check.js';

/** No time limit for a long run (npm run fuzz). */
const limit = (bounded: number) => (FUZZ_RUNS ? 24 * 3_600_000 : bounded);
const runs = (bounded: number) => ({ numRuns: FUZZ_RUNS ?? bounded, ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']) } : {}) });

describe('fuzzing parse and render', () => {
  it(
    'keeps every Frame promise for hostile lessons at any size from 1x1 to 400x200',
    () => {
      fc.assert(
        fc.property(anyLesson, screenSize, fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>, fc.boolean(), (text, size, level, ascii) => {
          checkLesson(text, size, { level, ascii: ascii && level < 3 });
        }),
        runs(120),
      );
    },
    limit(120_000),
  );

  it(
    "lexes with marked's block pass exactly the block tokens marked's full lexer gives",
    () => {
      const full = new Marked({ gfm: true });
      fc.assert(
        fc.property(generatedLesson, (text) => {
          // lex() bounds nesting first and gives top-level code its lines back (parse/nesting-limit.ts);
          // the full lexer gets the same text.
          const original = text.replace(/\r\n|\r/g, '\n');
          const limited = limitNesting(original);
          const lexed = restoreCode(original, limited, full.lexer(limited.text))?.text ?? limited.text;
          expect(blockShape(lex(text))).toEqual(blockShape(full.lexer(lexed)));
        }),
        runs(100),
      );
    },
    limit(60_000),
  );
});

/** Token trees without inline children (which the block pass leaves empty) and link maps. */
function blockShape(tokens: readonly Token[]): unknown {
  const INLINE_PARENTS = new Set(['paragraph', 'text', 'heading']);
  const strip = (value: unknown, parentType?: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => strip(v, parentType));
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    const type = (value as { type?: string }).type;
    for (const [key, v] of Object.entries(value)) {
      // Inline tokens of paragraphs, headings and table cells; a loose task item's checkbox
      // is the only inline token the block pass itself adds, so keep those.
      if (key === 'tokens' && (INLINE_PARENTS.has(type ?? '') || type === undefined)) {
        out[key] = (v as Token[]).filter((t) => t.type === 'checkbox');
        continue;
      }
      out[key] = strip(v, type);
    }
    return out;
  };
  return strip([...tokens]);
}
