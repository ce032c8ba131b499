import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../src/deck/types.js';
import { columnWidths, renderTable } from '../../../../src/render/blocks/table.js';
import { displayWidth } from '../../../../src/render/text/text.js';
import { deckFromFile, deckOf, LESSON_PATH, plain, stylesAt } from '../../../support/decks.js';

type Table = Extract<Block, { kind: 'table' }>;

function lessonTable(): Table {
  const block = deckFromFile(LESSON_PATH).slides[4]?.steps[0]?.find((b) => b.kind === 'table');
  if (block?.kind !== 'table') throw new Error('the lesson has no table on slide 5');
  return block;
}

function tableOf(markdown: string): Table {
  const block = deckOf(markdown).slides[0]?.steps[0]?.[0];
  if (block?.kind !== 'table') throw new Error('not a table');
  return block;
}

const widthsOf = (lines: string[]) => new Set(lines.map((l) => displayWidth(l)));

describe('renderTable', () => {
  it.each([200, 80, 60, 40, 30])('draws the lesson table with every row the same width within %i columns', (width) => {
    const lines = renderTable(lessonTable(), width, stylesAt(0));
    const widths = widthsOf(lines);
    expect(widths.size).toBe(1);
    expect([...widths][0]).toBeLessThanOrEqual(width);
    expect(lines.join('\n')).toContain('Hanya');
  });

  it('keeps borders aligned when cells hold emoji that terminals measure differently', () => {
    const table = tableOf('| Alat | Catatan |\n|---|---|\n| ⚖️ timbang | 🛠 alat |\n| 🧙♂️ penyihir | 🧩 teka-teki |\n| plain | text |');
    for (const width of [80, 40, 24]) {
      const lines = renderTable(table, width, stylesAt(0));
      expect(widthsOf(lines).size).toBe(1);
      // Right border in the same column everywhere.
      const ends = lines.map((l) => displayWidth(l));
      expect(Math.max(...ends)).toBeLessThanOrEqual(width);
    }
  });

  it('draws box borders with a header separator at 80 columns, on one line per row', () => {
    const lines = renderTable(lessonTable(), 80, stylesAt(0)).map(plain);
    expect(lines[0]).toMatch(/^┌─+┬─+┬─+┐$/);
    expect(lines[1]).toMatch(/^│ Fitur +│ KVM +│ LXC +│$/);
    expect(lines[2]).toMatch(/^├─+┼─+┼─+┤$/);
    expect(lines[lines.length - 1]).toMatch(/^└─+┴─+┴─+┘$/);
    expect(lines).toHaveLength(5 + 4); // 5 rows, header, 3 rules
  });

  it('wraps cells at 40 columns and separates the wrapped rows', () => {
    const lines = renderTable(lessonTable(), 40, stylesAt(0)).map(plain);
    expect(lines.length).toBeGreaterThan(9);
    expect(lines.filter((l) => l.startsWith('├')).length).toBeGreaterThan(1);
    expect(lines.join('\n')).toContain('Windows');
  });

  it('paints the header and each column in its own theme color', () => {
    const styles = stylesAt(3);
    const lines = renderTable(lessonTable(), 80, styles);
    const row = lines[3] ?? '';
    const kvm = styles.tableColumn(1)('Bisa');
    const lxc = styles.tableColumn(2)('Hanya');
    expect(kvm).not.toBe(styles.tableColumn(2)('Bisa'));
    expect(row).toContain(kvm.slice(0, kvm.indexOf('Bisa')) + 'Bisa');
    expect(row).toContain(lxc.slice(0, lxc.indexOf('Hanya')) + 'Hanya');
    expect(lines[1]).toContain(styles.tableHeader('KVM'));
  });

  it('stacks rows as cards when even three columns per cell do not fit', () => {
    const lines = renderTable(lessonTable(), 16, stylesAt(0)).map(plain);
    expect(lines.every((l) => displayWidth(l) <= 16)).toBe(true);
    expect(lines.join('\n')).toContain('LXC: Hanya');
    expect(lines.join('\n')).toContain('KVM: Bisa');
  });

  it('renders inline Markdown in cells and honours column alignment', () => {
    const lines = renderTable(tableOf('| a | b |\n|:--|--:|\n| **x** | 1 |\n| y | 22 |'), 40, stylesAt(0)).map(plain);
    expect(lines[3]).toBe('│ x │  1 │');
    expect(lines[4]).toBe('│ y │ 22 │');
  });

  it('fills missing cells so ragged rows still close their borders', () => {
    const lines = renderTable({ kind: 'table', header: ['a', 'b', 'c'], align: [], rows: [['1'], ['1', '2', '3']] }, 40, stylesAt(0));
    expect(widthsOf(lines).size).toBe(1);
  });
});

describe('columnWidths', () => {
  it('uses natural widths when they fit', () => {
    expect(
      columnWidths(
        [
          ['ab', 'c'],
          ['a', 'cde'],
        ],
        10,
      ),
    ).toEqual([2, 3]);
  });

  it('never exceeds the available width and gives every column at least its fair minimum', () => {
    const table = [['a'.repeat(50), 'b'.repeat(50), 'c d e']];
    const widths = columnWidths(table, 30);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(3);
  });
});
