import { describe, expect, it } from 'vitest';
import { plainInline, renderInline, renderProse } from '../../../../src/render/blocks/prose.js';
import { renderList } from '../../../../src/render/blocks/list.js';
import { renderCode } from '../../../../src/render/blocks/code.js';
import { renderBlock } from '../../../../src/render/blocks/render-block.js';
import { displayWidth } from '../../../../src/render/text/text.js';
import { deckOf, plain, stylesAt } from '../../../support/decks.js';

describe('inline prose', () => {
  it('renders bold, italic, code and strikethrough with styles, not Markdown marks', () => {
    const styles = stylesAt(3);
    const out = renderInline('a **bold** *it* `x:y` ~~no~~', styles);
    expect(plain(out)).toBe('a bold it x:y no');
    expect(out).toContain(styles.strong('bold'));
    expect(out).toContain(styles.em('it'));
    expect(out).toContain('\u001B[9m');
  });

  it('shows a web link as its text with the target, a lesson link as its text and a follow marker', () => {
    const out = plainInline('Lanjut ke [#4 - Mengenal Proxmox VE.md](./#4%20-%20Mengenal%20Proxmox%20VE.md)', stylesAt(0));
    // No path: `f` follows it. The marker sticks to the text (a no-break space) when it wraps.
    expect(out).toBe('Lanjut ke #4 - Mengenal Proxmox VE.md\u00A0→');
    expect(plainInline('[](./02-next.md)', stylesAt(0))).toBe('./02-next.md\u00A0→');
    expect(plainInline('[docs](https://pve.example/docs)', stylesAt(0))).toBe('docs (https://pve.example/docs)');
    expect(plainInline('see http://pve:8006 now', stylesAt(0))).toBe('see http://pve:8006 now');
    expect(plainInline('[http://a.b](http://a.b)', stylesAt(0))).toBe('http://a.b');
  });

  it('never emits OSC 8 hyperlinks or other non-color escapes', () => {
    const out = renderInline('[x](http://example.com) <b>tag</b> &amp; &lt;', stylesAt(3));
    expect(out).not.toMatch(/\u001B\]/);
    expect(plain(out)).toBe('x (http://example.com) tag & <');
  });

  it('joins soft line breaks and keeps hard ones', () => {
    expect(plainInline('one\ntwo', stylesAt(0))).toBe('one two');
    expect(renderProse('one  \ntwo', 40, stylesAt(0)).map(plain)).toEqual(['one', 'two']);
  });

  it('wraps by display width, counting emoji as two columns', () => {
    const lines = renderProse('🧩🧩🧩🧩🧩 abc', 10, stylesAt(0)).map(plain);
    expect(lines.every((l) => displayWidth(l) <= 10)).toBe(true);
    expect(lines).toEqual(['🧩🧩🧩🧩🧩', 'abc']);
  });

  it('re-opens a style on the next line when wrapping splits it', () => {
    const styles = stylesAt(3);
    const lines = renderProse('**bold words that wrap around**', 10, styles);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.startsWith('\u001B[')).toBe(true);
  });
});

describe('lists', () => {
  it('hangs wrapped text under the item text and nests sub-lists', () => {
    const block = deckOf('- first item is long enough to wrap\n  - nested\n- **second**').slides[0]?.steps[0]?.[0];
    if (block?.kind !== 'list') throw new Error('no list');
    const lines = renderList(block, 20, stylesAt(0), (b, w, d) => renderBlock(b, w, stylesAt(0), d)).map(plain);
    expect(lines).toEqual(['• first item is long', '  enough to wrap', '  ◦ nested', '• second']);
  });

  it('numbers ordered lists from their start, right-aligned', () => {
    const block = deckOf('9. nine\n10. ten').slides[0]?.steps[0]?.[0];
    if (block?.kind !== 'list') throw new Error('no list');
    const lines = renderList(block, 40, stylesAt(0), () => []).map(plain);
    expect(lines).toEqual([' 9. nine', '10. ten']);
  });
});

describe('code blocks', () => {
  it('keeps indentation, highlights known languages and breaks long lines', () => {
    const styles = stylesAt(3);
    const lines = renderCode('if true; then\n    echo "hi"\nfi', 'bash', 40, styles);
    expect(lines.map(plain)).toEqual(['▌ if true; then', '▌     echo "hi"', '▌ fi']);
    expect(lines[0]).toContain(styles.accent('if'));
    const long = renderCode('x'.repeat(50), 'text', 20, stylesAt(0)).map(plain);
    expect(long.every((l) => displayWidth(l) <= 20)).toBe(true);
    expect(long.join('').replace(/▌ /g, '')).toBe('x'.repeat(50));
  });
});

describe('truncateStyled', () => {
  it('cuts before a wide character that straddles the edge, and always ends', async () => {
    const { truncateStyled } = await import('../../../../src/render/text/text.js');
    expect(truncateStyled('Next: 🏰 Analogi', 8)).toBe('Next: …');
    expect(truncateStyled('🏰🏰🏰', 4)).toBe('🏰…');
    expect(truncateStyled('🏰🏰🏰', 2)).toBe('…');
    const styled = truncateStyled(stylesAt(3).title('ab🏰cd'), 4);
    expect(plain(styled)).toBe('ab…');
  });
});
