import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../../src/check/check-deck.js';
import { formatSplits } from '../../../src/check/format.js';
import { runCheck } from '../../../src/check/run-check.js';
import { deckOf, stylesAt } from '../../support/decks.js';

const styles = stylesAt(0);
const findings = (markdown: string) =>
  checkDeck(deckOf(markdown), { sizes: [{ columns: 80, rows: 24 }], styles, exists: () => true, file: 'x.md' }).map((f) => [f.line, f.kind, f.message]);

describe('check reports what it had to guess or drop', () => {
  it('an unknown theme, on its front-matter line', () => {
    expect(findings('---\nmarp: true\ntheme: gaia\n---\n\n# A')).toEqual([
      [3, 'unknown-theme', 'unknown theme "gaia" (built-in: dark, light, high-contrast, mono; or a .yaml/.json theme file): the default theme is shown'],
    ]);
  });

  it('an unresolved reference and HTML it does not show', () => {
    expect(findings('# A\n\nSee [the docs][nowhere].\n\n<iframe src="https://example.com"></iframe>\n\n<style>\nh1 {}\n</style>')).toEqual([
      [3, 'unresolved-reference', 'reference [nowhere] has no definition ([nowhere]: URL): it shows as written'],
      [5, 'dropped-html', 'HTML <iframe> cannot be shown in a terminal: it is left out'],
      [7, 'dropped-html', 'HTML <style> cannot be shown in a terminal: it is left out'],
    ]);
  });

  it('nothing for decks of other tools read as meant', () => {
    expect(
      findings(
        '---\ntheme: light\nheadingDivider: 2\npatat:\n  wrap: true\n---\n\n# A\n\n<!-- _class: lead -->\n<!-- jump_to_middle -->\n<!-- speaker_note: hi -->\n\n[ok][d]\n\n[d]: https://example.com',
      ),
    ).toEqual([]);
  });

  it('which rule split each lesson, before the findings, and only in the text report', () => {
    // Splitting at `---` is what everyone expects, and a short one-slide lesson is no news.
    const lessons = [
      { file: 'a.md', slides: 3, split: { by: 'breaks' } as const },
      { file: 'b.md', slides: 1, split: { by: 'none' } as const, tall: true },
      { file: 'c.md', slides: 1, split: { by: 'none' } as const, tall: false },
    ];
    expect(formatSplits(lessons)).toBe('b.md: 1 slide, one slide: no slide breaks and no headings followed by content\n');
    const decks = [deckOf('# L\n\nintro\n\n## A\n\nx\n\n## B\n\ny')];
    const run = { decks, sizes: [{ columns: 80, rows: 24 }], styles, exists: () => true, fileName: () => 'l.md' };
    expect(runCheck({ ...run, format: 'text' }).output.split('\n')[0]).toBe(
      "l.md: 3 slides, split at #, ## headings: no slide breaks, so at slide level 2 (pandoc's would be 1, but its one # heading is the lesson's title)",
    );
    expect(runCheck({ ...run, format: 'json' }).output).toBe('[]\n');
  });
});
