import { describe, expect, it } from 'vitest';
import type { Block, Slide } from '../../../src/deck/types.js';
import { marpImage } from '../../../src/parse/marp-image.js';
import { htmlText, unshownElements } from '../../../src/parse/html-text.js';
import { deckOf } from '../../support/decks.js';

const slide = (markdown: string, i = 0): Slide => deckOf(markdown).slides[i]!;
const blocks = (markdown: string): Block[] => slide(markdown).steps.flat();

describe('Markdown as GitHub renders it', () => {
  it('resolves reference links with their definitions, wherever they are', () => {
    const [p] = blocks('# T\n\nSee [the docs][docs], [Docs][] and [docs], not `[docs][]`.\n\n[DOCS]: <https://example.com/a b>\n');
    expect(p).toEqual({
      kind: 'prose',
      text: 'See [the docs](<https://example.com/a%20b>), [Docs](<https://example.com/a%20b>) and [docs](<https://example.com/a%20b>), not `[docs][]`.',
    });
  });

  it('keeps a definition title and reference images, and resolves inside lists, tables and titles', () => {
    const s = slide('# [Home][h]\n\n- item [x][h]\n\n| a |\n|---|\n| ![pic][h] |\n\n[h]: ./home.md "Home page"');
    expect(s.title).toBe('[Home](<./home.md> "Home page")');
    expect(s.steps[0]).toMatchObject([
      { kind: 'list', items: [{ text: 'item [x](<./home.md> "Home page")' }] },
      { kind: 'table', rows: [['![pic](<./home.md> "Home page")']] },
    ]);
  });

  it('warns of a full reference with no definition', () => {
    expect(deckOf('# T\n\n[a][missing] and [plain brackets]').warnings).toEqual([
      { kind: 'unresolved-reference', line: 3, slide: 0, step: 0, text: 'missing' },
    ]);
  });

  it('keeps a blockquote whole: paragraphs, lists, code and nested quotes', () => {
    const [q] = blocks('# T\n\n> one\n>\n> two\n> - a\n> - b\n>\n> > deeper\n>\n> ```\n> code\n> ```');
    expect(q).toMatchObject({
      kind: 'quote',
      blocks: [
        { kind: 'prose', text: 'one' },
        { kind: 'prose', text: 'two' },
        { kind: 'list', attached: true },
        { kind: 'quote', blocks: [{ kind: 'prose', text: 'deeper' }] },
        { kind: 'code', text: 'code' },
      ],
    });
  });

  it('draws a dozen quote levels at most, the deeper text in the last (a hostile >>>> nests a thousand)', () => {
    let depth = 0;
    for (let b: Block | undefined = blocks(`# T\n\n${'>'.repeat(1200)} deep`)[0]; b?.kind === 'quote'; b = b.blocks[0]) depth++;
    expect(depth).toBe(13);
    const printed = deckOf(`# T\n\n${'>'.repeat(1200)} deep`).slides[0]!.steps[0]![0];
    expect(JSON.stringify(printed)).toContain('"text":"deep"');
  });

  it('reads GitHub alerts', () => {
    expect(blocks('# T\n\n> [!WARNING]\n> Mind the gap.')[0]).toEqual({ kind: 'quote', alert: 'warning', blocks: [{ kind: 'prose', text: 'Mind the gap.' }] });
    expect(blocks('# T\n\n> [!tip]\n> Lower case works')[0]).toMatchObject({ kind: 'quote', alert: 'tip', blocks: [{ text: 'Lower case works' }] });
    // As on GitHub, the marker must be alone on the quote's first line.
    expect(blocks('# T\n\n> [!TIP] Same line')[0]).not.toHaveProperty('alert');
    expect(blocks('# T\n\n> [!NOPE]\n> text')[0]).not.toHaveProperty('alert');
  });

  it('numbers footnotes and shows their text on the slide that cites them', () => {
    const deck = deckOf('# A\n\nClaim[^src].\n\n---\n\n# B\n\nOther[^2] and again[^src].\n\n[^src]: Smith, 2020.\n[^2]: By hand.');
    expect(deck.slides[0]!.steps[0]).toEqual([
      { kind: 'prose', text: 'Claim\\[1\\].' },
      { kind: 'prose', text: '\\[1\\] Smith, 2020.' },
    ]);
    expect(deck.slides[1]!.steps[0]).toEqual([
      { kind: 'prose', text: 'Other\\[2\\] and again\\[1\\].' },
      { kind: 'prose', text: '\\[1\\] Smith, 2020.' },
      { kind: 'prose', text: '\\[2\\] By hand.', attached: true },
    ]);
  });

  it('shows the text of HTML: line ends kept, style and script hidden, tags gone', () => {
    expect(htmlText('<details>\n<summary>More</summary>\nHidden <b>answer</b>.\n</details>')).toBe('More<br>Hidden answer.');
    expect(htmlText('<style>\nh1 { color: red }\n</style>')).toBe('');
    expect(htmlText('<table><tr><td>a</td><td>b</td></tr></table>')).toBe('a b');
    expect(unshownElements('<style>x</style><iframe src=x></iframe><!-- <video> --><img src=a>')).toEqual(['style', 'iframe']);
    expect(blocks('# T\n\n<style>\np { margin: 0 }\n</style>\n\ntext')).toEqual([{ kind: 'prose', text: 'text' }]);
    expect(deckOf('# T\n\n<style>\np { margin: 0 }\n</style>').warnings).toMatchObject([{ kind: 'dropped-html', text: '<style>' }]);
  });

  it('hides definition-list and pandoc div markers and shows their content', () => {
    expect(blocks('# T\n\nTerm\n: Its meaning.')).toEqual([
      { kind: 'prose', text: '**Term**' },
      { kind: 'prose', text: 'Its meaning.', attached: true },
    ]);
    expect(blocks('# T\n\n::: {.callout-note}\nInside.\n:::\n\n::: columns\nMore.\n:::')).toEqual([
      { kind: 'prose', text: 'Inside.' },
      { kind: 'prose', text: 'More.' },
    ]);
    const s = slide('# T\n\ntext\n\n::: notes\nSay this.\n:::\n');
    expect([s.notes, s.steps.flat().length]).toEqual(['Say this.', 1]);
  });

  it('reads Marp image keywords apart from the alt text', () => {
    expect(marpImage('bg left:40% w:300')).toEqual({ alt: '', background: true, width: '300', side: { at: 'left', size: '40%' } });
    expect(marpImage('width:480px A line rising')).toEqual({ alt: 'A line rising', background: false, width: '480px' });
    expect(marpImage('bg contain opacity:.5 sepia')).toEqual({ alt: '', background: true });
    expect(marpImage('h:10em A left turn')).toEqual({ alt: 'A left turn', background: false, height: '10em' });
  });
});
