/**
 * Every counterexample the fuzzer found, kept as a named case (reduced to what triggers it).
 * Each runs the full Frame check (check.ts) at the size it failed at.
 */
import { describe, expect, it } from 'vitest';
import { renderCode } from '../../src/render/blocks/code.js';
import { expandTabs } from '../../src/render/text/text.js';
import { stylesAt, plain } from '../support/decks.js';
import { checkLesson } from './check.js';

describe('fuzzing regressions', () => {
  it('restarts tab stops on every line of a code block (they ran on from the lines above)', () => {
    expect(expandTabs('ab\n\tx')).toBe('ab\n    x');
    expect(expandTabs('a\tb\tc')).toBe('a   b   c');
    expect(expandTabs('漢\tx')).toBe('漢  x');
    const lines = renderCode('ab\n\tx', '', 40, stylesAt(0)).map(plain);
    expect(lines[1]).toBe('▌     x');
  });

  it('lays out an unclosed fence swallowing a 10,000-column line and 3,000 tabs (took 30 s: tabs were expanded in quadratic time)', () => {
    const text = `# T\n\n---\n\n\`\`\`\`\nstart\n${'a\t'.repeat(3000)}\n${'x'.repeat(10_000)}\n`;
    expect(checkLesson(text, { width: 9, height: 8 }, { level: 0 })).toBeGreaterThan(0);
  });
});
