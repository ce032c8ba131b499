import { describe, expect, it } from 'vitest';
import { followHint } from '../../../../src/session/keymap.js';
import { screenViewport } from '../../../../src/render/frame.js';
import { pageCount, renderScreen } from '../../../../src/render/screens/slide-screen.js';
import { chooseStrings } from '../../../../src/render/ui-strings.js';
import { deckOf, plain, stylesAt } from '../../../support/decks.js';

const strings = chooseStrings('en', undefined);
const styles = stylesAt(0);
const items = Array.from({ length: 30 }, (_, i) => `- item ${i + 1}`).join('\n');
const deck = deckOf(`# Title\n\nintro\n\n---\n\n# Tall\n\n${items}\n\nSee [next](./02-next.md).\n\n<!-- pause -->\n\nlast words`);
const viewport = screenViewport(40, 12);

describe('a slide taller than the screen', () => {
  it('pages: each page a Frame of the screen, each line once, page n/N in the status bar', () => {
    const pages = pageCount(deck, 1, 1, viewport, styles);
    // 40x12: 10 content rows, the title and a blank line fixed above 8 rows of body.
    expect(pages).toBe(5);
    const frames = Array.from({ length: pages }, (_, page) =>
      renderScreen({ deck, position: { slide: 1, step: 1, scroll: 0 }, viewport, styles, strings, page }),
    );
    for (const frame of frames) expect(frame.lines).toHaveLength(viewport.height);
    const text = frames.map((f) => plain(f.lines.join('\n')));
    text.forEach((t, i) => {
      expect(t).toContain('Tall');
      expect(t.split('\n').at(-1)).toMatch(new RegExp(`page ${i + 1}/5`));
      expect(t).not.toContain('↓ more');
    });
    const items = text.join('\n').match(/item \d+/g) ?? [];
    expect(items).toEqual(Array.from({ length: 30 }, (_, i) => `item ${i + 1}`));
    expect(text.at(-1)).toContain('last words');
  });

  it('is one Frame as tall as it needs for an export, without keyboard hints or step counter', () => {
    const whole = renderScreen({ deck, position: { slide: 1, step: 1, scroll: 0 }, viewport, styles, strings, whole: true });
    const text = plain(whole.lines.join('\n'));
    expect(whole.height).toBe(whole.lines.length);
    expect(whole.height).toBeGreaterThan(33);
    for (const line of whole.lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(text).toContain('item 30');
    expect(text).toContain('last words');
    const status = whole.lines.at(-1) ?? '';
    expect(status).toContain('2/2');
    expect(status).not.toMatch(/f: follow|more|step/);
    // On the screen, the same slide says what the keyboard can do.
    const screen = plain(
      renderScreen({
        deck,
        position: { slide: 1, step: 1, scroll: 0 },
        viewport: screenViewport(80, 12),
        styles,
        strings,
        followHint: followHint(strings),
      }).lines.at(-1) ?? '',
    );
    expect(screen).toMatch(/↓ lines 1–\d+\/\d+/);
    expect(screen).toMatch(/f: follow/);
  });

  it('keeps a slide that fits as it was: one page, the screen height', () => {
    expect(pageCount(deck, 0, 0, viewport, styles)).toBe(1);
    const whole = renderScreen({ deck, position: { slide: 0, step: 0, scroll: 0 }, viewport, styles, strings, whole: true });
    expect(whole.height).toBe(viewport.height);
  });
});
