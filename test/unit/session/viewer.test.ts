import { describe, expect, test } from 'vitest';
import type { Position } from '../../../src/deck/types.js';
import { scrollLimitFor } from '../../../src/render/screens/slide-screen.js';
import { searchableTexts } from '../../../src/render/slide-text.js';
import { stringsFor } from '../../../src/render/ui-strings.js';
import { followStage, initialViewerMode, reduceViewer, type ViewerMode } from '../../../src/session/viewer.js';
import { decodeKeys } from '../../../src/session/key-decoder.js';
import type { PresenterContext } from '../../../src/session/presenter.js';
import { deckOf, stylesAt } from '../../support/decks.js';

const deck = deckOf('# One\n\ntext\n\n---\n\n# Two\n\n---\n\n# Three\n\n---\n\n# Four [x](./other.md)\n');
const ctx: PresenterContext = {
  deck,
  limit: scrollLimitFor(deck, { width: 80, height: 23 }, stylesAt(0)),
  page: 20,
  strings: stringsFor('en'),
  searchTexts: () => searchableTexts(deck),
  lessonLinks: () => [],
};
const at = (slide: number): Position => ({ slide, step: 0, scroll: 0 });

function press(mode: ViewerMode, keys: string, stage = at(1), role: 'viewer' | 'presenter' = 'viewer') {
  let update = { mode } as ReturnType<typeof reduceViewer>;
  for (const key of decodeKeys(keys)) {
    update = reduceViewer(update.mode, key, role, stage, ctx);
    if (update.quit) break;
  }
  return update;
}

describe('viewer mode', () => {
  test('viewers start following, presenters start driving from the stage', () => {
    expect(initialViewerMode('viewer', at(2))).toEqual({ kind: 'following' });
    const presenter = initialViewerMode('presenter', at(2));
    expect(presenter.kind === 'browsing' && presenter.presenter.position).toEqual(at(2));
  });

  test('→ and ← switch a follower to browsing from where the presenter is', () => {
    const right = press({ kind: 'following' }, '\u001B[C');
    expect(right.mode.kind === 'browsing' && right.mode.presenter.position).toEqual(at(2));
    const left = press({ kind: 'following' }, '\u001B[D');
    expect(left.mode.kind === 'browsing' && left.mode.presenter.position).toEqual(at(0));
    expect(right.move).toBeUndefined();
  });

  test('f follows again; following, f does nothing', () => {
    const browsing = press({ kind: 'following' }, '\u001B[C').mode;
    expect(press(browsing, 'f').mode).toEqual({ kind: 'following' });
    expect(press({ kind: 'following' }, 'f').mode).toEqual({ kind: 'following' });
  });

  test('keys that change nothing keep a follower following', () => {
    expect(press({ kind: 'following' }, 'xyz\t').mode).toEqual({ kind: 'following' });
    // Unknown and broken sequences are dropped by the decoder.
    expect(press({ kind: 'following' }, '\u001B[1;5X\u001B[99999999999~\u001B]0;evil\u0007').mode).toEqual({ kind: 'following' });
  });

  test('q, Esc and Ctrl-C leave, following or browsing', () => {
    for (const key of ['q', '\u001B', '\u0003']) {
      expect(press({ kind: 'following' }, key).quit).toBe(true);
      expect(press(press({ kind: 'following' }, '\u001B[C').mode, key).quit).toBe(true);
    }
  });

  test('a viewer never moves the stage, a presenter does', () => {
    const viewer = press({ kind: 'following' }, '\u001B[C\u001B[C');
    expect(viewer.move).toBeUndefined();
    const presenter = press(initialViewerMode('presenter', at(1)), '\u001B[C', at(1), 'presenter');
    expect(presenter.move).toEqual(at(2));
  });

  test('f is typed into a search, not taken as follow', () => {
    const searching = press({ kind: 'following' }, '/').mode;
    expect(searching.kind).toBe('browsing');
    const typed = press(searching, 'f');
    expect(typed.mode.kind === 'browsing' && typed.mode.presenter.mode).toEqual({ kind: 'search', query: 'f' });
  });

  test('a presenter jumps along when the stage moves; a follower is unaffected', () => {
    const presenter = initialViewerMode('presenter', at(0));
    const moved = followStage(presenter, at(3));
    expect(moved.kind === 'browsing' && moved.presenter.position).toEqual(at(3));
    expect(followStage({ kind: 'following' }, at(3))).toEqual({ kind: 'following' });
  });
});
