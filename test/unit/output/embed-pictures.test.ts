import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPictures } from '../../../src/load/images/picture-store.js';
import { exportOutputs } from '../../../src/output/export.js';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import { screenViewport } from '../../../src/render/frame.js';
import { chooseStrings } from '../../../src/render/ui-strings.js';
import { makeStyles } from '../../../src/theme/styles.js';
import { darkTheme } from '../../../src/theme/theme.js';
import { gridPng } from '../../support/pictures.js';

const dir = mkdtempSync(join(tmpdir(), 'lectern-embed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pictures in exports', async () => {
  const png = gridPng(64, 32);
  writeFileSync(join(dir, 'grid.png'), png);
  const deck = deckFromText('# T\n\n---\n\n## Grid\n\n![a grid <of> "colours"](grid.png)\n', join(dir, 'l.md'), 'l.md');
  await loadPictures(deck);
  const request = (format: 'html' | 'svg' | 'txt' | 'ansi') => ({
    format,
    viewport: screenViewport(80, 24),
    slides: [2],
    output: undefined,
    generator: 'test',
  });
  const text = (format: 'html' | 'svg' | 'txt' | 'ansi', level: 0 | 3) =>
    exportOutputs({ title: 'T', lessons: [{ deck, styles: makeStyles(darkTheme, level), strings: chooseStrings('en', undefined) }] }, request(format), false)
      .flatMap((o) => [...o.chunks])
      .join('');
  const uri = `data:image/png;base64,${png.toString('base64')}`;

  it('HTML embeds the file itself as a data: URI on the cell grid, alt text escaped', () => {
    const html = text('html', 3);
    expect(html).toContain(`src="${uri}"`);
    expect(html).toContain('alt="a grid &#60;of&#62; &#34;colours&#34;"');
    // Row 3, column 8 of the Frame (the page's <pre> has 1ch of padding and 8px above).
    expect(html).toMatch(
      /<img class="pic" src="data:image\/png;base64,[^"]+" alt="[^"]*" style="left:9ch;top:calc\(8px \+ 3\.6em\);width:64ch;height:19\.2em">/,
    );
    expect(html).not.toContain('▀');
  });

  it('SVG embeds it as an <image> over the cells', () => {
    const svg = text('svg', 3);
    expect(svg).toContain(`href="${uri}"`);
    expect(svg).toMatch(/<image x="[\d.]+" y="[\d.]+" width="537.6" height="272" /);
  });

  it('txt shows the alt text, ansi the half blocks', () => {
    expect(text('txt', 0)).toContain('[image: a grid <of> "colours"]');
    expect(text('ansi', 3)).toMatch(/\u001B\[48;2;255;0;0m {16}/);
  });
});
