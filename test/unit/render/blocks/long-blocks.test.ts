import { describe, expect, it } from 'vitest';
import { deckFromText } from '../../../../src/parse/deck-from-text.js';
import { renderBlocksWithHeaders } from '../../../../src/render/blocks/render-block.js';
import { makeStyles } from '../../../../src/theme/styles.js';
import { darkTheme } from '../../../../src/theme/theme.js';

describe('very long blocks', () => {
  it('renders a table of 150,000 rows: no block is appended by spreading its lines onto the stack', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `| ${i} | x |`).join('\n');
    const deck = deckFromText(`# T\n\n| n | v |\n|---|---|\n${rows}\n`, 'long.md', 'long.md');
    const styles = makeStyles(darkTheme, 0, { ascii: false });
    const { lines } = renderBlocksWithHeaders(deck.slides[0]!.steps.flat(), 80, styles);
    expect(lines.length).toBeGreaterThan(150_000);
    expect(lines.at(-2)).toContain('149999');
  });
});
