import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../../src/check/check-deck.js';
import { renderBlock } from '../../../src/render/blocks/render-block.js';
import { deckOf, plain, stylesAt } from '../../support/decks.js';

const styles = stylesAt(0);
const findingsAt = (markdown: string, columns: number, rows = 60) => checkDeck(deckOf(markdown), { sizes: [{ columns, rows }], styles, exists: () => true });

// fit-findings.ts mirrors a few renderer thresholds; these tests render at the edges so the
// two cannot drift apart unnoticed.
describe('fit findings agree with the renderer', () => {
  it('reports a table exactly when the renderer stacks it as cards', () => {
    const table = '| a | b | c | d | e | f | g | h |\n' + '|---'.repeat(8) + '|\n| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |';
    const block = deckOf(`# T\n\n${table}`).slides[0]!.steps[0]![0]!;
    for (let width = 40; width <= 60; width++) {
      const grid = plain(renderBlock(block, width, styles)[0] ?? '').startsWith('┌');
      // A screen `width + 4` wide (40 or more) has a content column `width` wide (2-column margins).
      const reported = findingsAt(`# T\n\n${table}`, width + 4).some((f) => f.kind === 'table-too-wide');
      expect(reported, `width ${width}`).toBe(!grid);
    }
  });

  it('measures art in columns at the width the columns get, side by side or stacked', () => {
    const art = '```art\n' + 'x'.repeat(36) + '\n```';
    const deck = `# T\n\n<!-- columns: 1 1 -->\n\n${art}\n\n<!-- column -->\n\ntext\n\n<!-- /columns -->`;
    // 80 columns: content 76, two columns of 36 side by side: fits.
    expect(findingsAt(deck, 80)).toEqual([]);
    // 78 columns: content 74, columns of 35: the art is cropped.
    expect(findingsAt(deck, 78).map((f) => [f.kind, f.line])).toEqual([['too-wide', 6]]);
    // 60 columns: columns of 26 are too narrow, so they stack at the full 56: fits again.
    expect(findingsAt(deck, 60)).toEqual([]);
    const side = renderBlock(deckOf(deck).slides[0]!.steps[0]![0]!, 74, styles).map(plain);
    expect(side.some((l) => l.includes('x'.repeat(36)))).toBe(false);
  });

  it('breaks code lines at the width the renderer gives code, in list items too', () => {
    expect(findingsAt('# T\n\n```\n' + 'y'.repeat(74) + '\n```', 80)).toEqual([]);
    expect(findingsAt('# T\n\n```\n' + 'y'.repeat(75) + '\n```', 80).map((f) => f.line)).toEqual([4]);
    const inList = '# T\n\n- item\n\n  ```\n  ' + 'z'.repeat(73) + '\n  ```';
    expect(findingsAt(inList, 80).map((f) => [f.kind, f.line])).toEqual([['too-wide', 3]]);
  });

  it('counts lines too many per step, from the first step that overflows', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `- ${i}`).join('\n');
    const findings = findingsAt(`# T\n\nfirst\n\n<!-- pause -->\n\n${lines}`, 80, 12);
    expect(findings).toMatchObject([{ kind: 'too-tall', step: 2, line: 1 }]);
    expect(findings[0]?.message).toMatch(/^\d+ lines too many/);
  });
});
