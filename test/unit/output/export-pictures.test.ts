/**
 * The hook for image blocks: a picture reported over a Frame's cells is drawn embedded in
 * the page and the SVG, and nothing that would be fetched is ever drawn.
 */
import { describe, expect, it } from 'vitest';
import { slideFrames } from '../../../src/output/export-frames.js';
import { framesToHtml } from '../../../src/output/export-html.js';
import { frameToSvg } from '../../../src/output/export-svg.js';
import { paletteFor } from '../../../src/output/palette.js';
import { screenViewport } from '../../../src/render/frame.js';
import { chooseStrings } from '../../../src/render/ui-strings.js';
import { deckOf, stylesAt } from '../../support/decks.js';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const strings = chooseStrings('en', undefined);
const styles = stylesAt(3);
const palette = paletteFor(styles.theme);

function slideWith(dataUri: string) {
  const deck = deckOf('# Picture\n\ntext');
  const [slide] = slideFrames(deck, [1], screenViewport(40, 12), styles, strings);
  return { ...slide!, pictures: [{ row: 3, column: 2, rows: 4, columns: 10, dataUri, alt: 'a <cat>' }] };
}
const page = (slide: ReturnType<typeof slideWith>) =>
  framesToHtml([{ title: 't', idPrefix: 'slide', slides: [slide], slideCount: 1 }], {
    title: 't',
    palette,
    generator: 'test',
    notes: false,
    screenRows: 11,
    words: { lessons: 'Lessons', notes: 'Notes', previous: 'Previous', next: 'Next', pauses: 'Pauses' },
  });

describe('pictures over a Frame', () => {
  it('are embedded in the page and the SVG as data: URIs, over their cells', () => {
    const html = page(slideWith(PNG));
    expect(html).toContain(`<img class="pic" src="${PNG}" alt="a &#60;cat&#62;" style="left:3ch;top:calc(8px + 3.6em);width:10ch;height:4.8em">`);
    const svg = frameToSvg(slideWith(PNG), palette);
    expect(svg).toMatch(new RegExp(`<image x="[\\d.]+" y="[\\d.]+" width="84" height="68" href="${PNG.replace(/[+/]/g, '\\$&')}"`));
  });

  it('are never drawn from anywhere else', () => {
    for (const uri of ['https://example.com/cat.png', 'file:///etc/passwd', 'data:text/html;base64,PGI+', 'data:image/png;base64,"onerror="x']) {
      expect(page(slideWith(uri))).not.toContain('<img');
      expect(frameToSvg(slideWith(uri), palette)).not.toContain('<image');
    }
  });
});
