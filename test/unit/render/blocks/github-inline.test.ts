import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../src/deck/types.js';
import { plainInline, renderProse } from '../../../../src/render/blocks/prose.js';
import { renderBlock, renderBlocks } from '../../../../src/render/blocks/render-block.js';
import { columnWidths } from '../../../../src/render/blocks/table.js';
import { wrapStyled } from '../../../../src/render/text/text.js';
import { plain, stylesAt } from '../../../support/decks.js';

const styles = stylesAt(0);
const lines = (block: Block, width = 40) => renderBlock(block, width, styles).map(plain);

describe('inline HTML and entities as GitHub shows them', () => {
  it('breaks the line at <br>, in any spelling', () => {
    expect(renderProse('One<br>Two<br/>Three<BR />Four', 40, styles).map(plain)).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('decodes named and numeric entities, but not inside code, and never into control characters', () => {
    expect(plainInline('caf&eacute; &copy; &rarr; &nbsp;x &#x41; AT&amp;T `&copy;`', styles)).toBe('café © → \u00A0x A AT&T &copy;');
    expect(plainInline('bell&#7;&#x1b;[31mred', styles)).toBe('bell[31mred');
    // Decoded once, as a browser does; a code span shows what was written.
    expect(plainInline('AT&amp;lt;T &amp;copy; `&lt;b&gt;` "q" it\'s <x', styles)).toBe('AT&lt;T &copy; &lt;b&gt; "q" it\'s <x');
  });

  it('keeps the text of <kbd>, <sup> and <sub>', () => {
    expect(plainInline('<kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, r<sup>2</sup>', styles)).toBe('Ctrl+C, H2O, r2');
  });

  it('shows the alt text of a Marp image without its keywords, and no text for a bare background', () => {
    expect(plainInline('![w:300 A chart](c.png)', styles)).toBe('[A chart]');
    expect(plainInline('![bg left:40%](c.png)', styles)).toBe('');
    expect(plainInline('![](c.png)', styles)).toBe('[image]');
  });
});

describe('quotes', () => {
  it('draws each paragraph, list, code block and nested quote beside the bar', () => {
    const quote: Block = {
      kind: 'quote',
      blocks: [
        { kind: 'prose', text: 'one' },
        { kind: 'list', ordered: false, start: 1, items: [{ text: 'a', children: [] }] },
        { kind: 'quote', blocks: [{ kind: 'prose', text: 'deeper' }] },
        { kind: 'code', lang: '', text: 'x = 1' },
      ],
    };
    expect(lines(quote)).toEqual(['│ one', '│', '│ • a', '│', '│ │ deeper', '│', '│ ▌ x = 1']);
  });

  it('leads an alert with its label', () => {
    expect(lines({ kind: 'quote', alert: 'important', blocks: [{ kind: 'prose', text: 'Read this.' }] })).toEqual(['│ Important', '│ Read this.']);
  });

  it('wraps inside the bar', () => {
    const out = lines({ kind: 'quote', blocks: [{ kind: 'prose', text: 'word '.repeat(12).trim() }] }, 20);
    expect(out.every((l) => l.startsWith('│ ') && l.length <= 20)).toBe(true);
  });
});

describe('blank lines asked for', () => {
  it('are the whole gap between the blocks around them', () => {
    const out = renderBlocks(
      [
        { kind: 'prose', text: 'a' },
        { kind: 'space', lines: 2, attached: true },
        { kind: 'prose', text: 'b' },
      ],
      20,
      styles,
    ).map(plain);
    expect(out).toEqual(['a', '', '', 'b']);
  });
});

describe('wrapping words', () => {
  it('breaks a word only when it is longer than a whole line, starting it on a line of its own', () => {
    expect(wrapStyled('with Matplotlib and more', 8)).toEqual(['with', 'Matplotl', 'ib and', 'more']);
    expect(wrapStyled('use Matplotlib', 10)).toEqual(['use', 'Matplotlib']);
  });

  it('gives table columns their longest word before sharing out the rest', () => {
    // "visualisation" (13) needs more than a fair share; the prose column still fits its words.
    const widths = columnWidths(
      [
        ['Library', 'Purpose'],
        ['Matplotlib', 'visualisation of data with a long description'],
      ],
      30,
    );
    expect(widths[0]).toBeGreaterThanOrEqual(10);
    expect(widths[1]).toBeGreaterThanOrEqual(13);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30);
  });
});
