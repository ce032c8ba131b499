import { press } from '../../support/press-keys.js';
import { describe, expect, it } from 'vitest';
import type { Deck, Position } from '../../../src/deck/types.js';
import { searchableTexts } from '../../../src/render/slide-text.js';
import { stringsFor } from '../../../src/render/ui-strings.js';
import { initialPresenterState, noticeOf, type PresenterContext, type PresenterMode, type PresenterState } from '../../../src/session/presenter.js';
import { screenFor } from '../../../src/session/presenter-session.js';
import { renderScreen } from '../../../src/render/screens/slide-screen.js';
import { deckOf, plain, stylesAt } from '../../support/decks.js';

const en = stringsFor('en');
const ESC = '\u001B';
const BACKSPACE = '\u007F';
const CTRL_C = '\u0003';

// Slides 1–5; "kernel" on slides 2, 3 and 5.
const deck = deckOf(
  ['# Intro\n\nhello', '# Kernel\n\nthe kernel', '# Processes\n\nrun on the Kernel', '# Memory\n\npages', '# End\n\nkernel again'].join('\n\n---\n\n'),
);

function contextFor(d: Deck, extra: Partial<PresenterContext> = {}): PresenterContext {
  return { deck: d, limit: () => 0, page: 5, strings: en, searchTexts: () => searchableTexts(d), lessonLinks: () => [], ...extra };
}

const at = (slide: number, step = 0, scroll = 0): Position => ({ slide, step, scroll });

const inMode = (mode: PresenterMode, position = at(1)): PresenterState => ({ ...initialPresenterState(position), mode });

const course = { lessons: ['#1 Kernel', '#2 Processes', '#3 Memory'], current: 1 };

describe('Esc closes every overlay; only the plain slide view quits with it', () => {
  const ctx = contextFor(deck, {
    course,
    lessonLinks: () => [
      { text: 'a', href: './a.md' },
      { text: 'b', href: './b.md' },
    ],
  });
  it.each<[string, PresenterMode]>([
    ['help', { kind: 'help', page: 0 }],
    ['overview', { kind: 'overview', cursor: 3 }],
    ['links', { kind: 'links', cursor: 1 }],
    ['lesson menu', { kind: 'menu', cursor: 2 }],
    ['search', { kind: 'search', query: 'ker' }],
  ])('%s', (_name, mode) => {
    const { state, effect } = press(inMode(mode), ESC, ctx);
    expect(effect).toBeUndefined();
    expect(state.mode).toEqual({ kind: 'slides' });
    expect(state.position).toEqual(at(1));
    expect(press(state, ESC, ctx).effect).toEqual({ type: 'quit' });
  });

  it('Ctrl-C quits from every overlay', () => {
    for (const mode of [
      { kind: 'help', page: 0 },
      { kind: 'overview', cursor: 0 },
      { kind: 'links', cursor: 0 },
      { kind: 'menu', cursor: 0 },
      { kind: 'search', query: '' },
    ] as PresenterMode[]) {
      expect(press(inMode(mode), CTRL_C, ctx).effect, mode.kind).toEqual({ type: 'quit' });
    }
  });

  it('q closes a list (it is typed into a search) instead of quitting', () => {
    for (const mode of [
      { kind: 'overview', cursor: 0 },
      { kind: 'links', cursor: 0 },
      { kind: 'menu', cursor: 0 },
    ] as PresenterMode[]) {
      const { state, effect } = press(inMode(mode), 'q', ctx);
      expect(effect).toBeUndefined();
      expect(state.mode).toEqual({ kind: 'slides' });
    }
    expect(press(inMode({ kind: 'search', query: '' }), 'q', ctx).state.mode).toEqual({ kind: 'search', query: 'q' });
  });

  it('the key that opened a list closes it: o, f, m', () => {
    expect(press(inMode({ kind: 'overview', cursor: 0 }), 'o', ctx).state.mode).toEqual({ kind: 'slides' });
    expect(press(inMode({ kind: 'links', cursor: 0 }), 'f', ctx).state.mode).toEqual({ kind: 'slides' });
    expect(press(inMode({ kind: 'menu', cursor: 0 }), 'm', ctx).state.mode).toEqual({ kind: 'slides' });
  });
});

describe('lists: overview, links, lesson menu', () => {
  const ctx = contextFor(deck, { course });
  it('↑ ↓ k j ← →, PgUp PgDn, Home End g G move the cursor within the list', () => {
    const o = (cursor: number) => inMode({ kind: 'overview', cursor });
    const cursorAfter = (cursor: number, input: string) => (press(o(cursor), input, ctx).state.mode as { cursor: number }).cursor;
    expect(cursorAfter(2, '\u001B[A')).toBe(1);
    expect(cursorAfter(2, 'k')).toBe(1);
    expect(cursorAfter(2, '\u001B[D')).toBe(1);
    expect(cursorAfter(2, '\u001B[B')).toBe(3);
    expect(cursorAfter(2, 'j')).toBe(3);
    expect(cursorAfter(2, '\u001B[C')).toBe(3);
    expect(cursorAfter(0, 'k')).toBe(0);
    expect(cursorAfter(4, 'j')).toBe(4);
    expect(cursorAfter(0, '\u001B[6~')).toBe(4);
    expect(cursorAfter(4, '\u001B[5~')).toBe(0);
    expect(cursorAfter(3, 'g')).toBe(0);
    expect(cursorAfter(3, '\u001B[H')).toBe(0);
    expect(cursorAfter(0, 'G')).toBe(4);
    expect(cursorAfter(0, '\u001B[F')).toBe(4);
    // Keys without a meaning in a list change nothing.
    expect(press(o(2), 'x', ctx).state.mode).toEqual({ kind: 'overview', cursor: 2 });
  });

  it('Enter in the overview goes to the slide under the cursor', () => {
    const { state } = press(inMode({ kind: 'overview', cursor: 3 }), '\r', ctx);
    expect(state.mode).toEqual({ kind: 'slides' });
    expect(state.position).toEqual(at(3));
  });

  it('Enter on a link opens that lesson', () => {
    const links = contextFor(deck, {
      lessonLinks: () => [
        { text: 'a', href: './a.md' },
        { text: 'b', href: './b.md' },
      ],
    });
    expect(press(inMode({ kind: 'links', cursor: 1 }), '\r', links).effect).toEqual({ type: 'open-lesson', href: './b.md' });
  });

  it('m opens the lesson menu at this lesson; Enter opens another, or just closes on this one', () => {
    const open = press(inMode({ kind: 'slides' }, at(2)), 'm', ctx).state;
    expect(open.mode).toEqual({ kind: 'menu', cursor: 1 });
    expect(press(open, 'j\r', ctx).effect).toEqual({ type: 'course-lesson', index: 2 });
    expect(press(open, '1', ctx).state.mode).toEqual({ kind: 'menu', cursor: 0 });
    const same = press(open, '\r', ctx);
    expect(same.effect).toBeUndefined();
    expect(same.state.mode).toEqual({ kind: 'slides' });
    expect(same.state.position).toEqual(at(2));
  });

  it('m in a lesson that is not part of a course says so', () => {
    const alone = contextFor(deck);
    const { state } = press(inMode({ kind: 'slides' }), 'm', alone);
    expect(state.mode).toEqual({ kind: 'slides' });
    expect(noticeOf(state, alone)).toBe(en.notInCourse);
  });

  it('the lesson menu over a lesson marks the lesson shown and says Esc closes', () => {
    const screen = screenFor(inMode({ kind: 'menu', cursor: 0 }), ctx, { width: 60, height: 15 }, stylesAt(0));
    const text = renderScreen(screen).lines.map(plain).join('\n');
    expect(text).toContain(en.courseTitle);
    expect(text).toMatch(/•\s*2\s+#2 Processes/);
    expect(text).toContain('Esc close');
  });
});

describe('help', () => {
  it('any key closes it, q included', () => {
    const ctx = contextFor(deck, { helpPages: 1 });
    for (const input of ['q', 'x', ' ', '\u001B[B', '\u001B[C', '\r', '?', '/', ESC]) {
      const { state, effect } = press(inMode({ kind: 'help', page: 0 }), input, ctx);
      expect(effect, input).toBeUndefined();
      expect(state.mode, input).toEqual({ kind: 'slides' });
    }
  });

  it('on a screen too small for it, the paging keys page it; any other key, or paging past the end, closes it', () => {
    const ctx = contextFor(deck, { helpPages: 3 });
    let state = press(inMode({ kind: 'slides' }), '?', ctx).state;
    expect(state.mode).toEqual({ kind: 'help', page: 0 });
    state = press(state, ' ', ctx).state;
    expect(state.mode).toEqual({ kind: 'help', page: 1 });
    state = press(state, '\u001B[B', ctx).state;
    expect(state.mode).toEqual({ kind: 'help', page: 2 });
    expect(press(state, '\u001B[A', ctx).state.mode).toEqual({ kind: 'help', page: 1 });
    expect(press(state, ' ', ctx).state.mode).toEqual({ kind: 'slides' });
    expect(press(inMode({ kind: 'help', page: 1 }), 'q', ctx).state.mode).toEqual({ kind: 'slides' });
  });
});

describe('search', () => {
  const ctx = contextFor(deck);

  it('says which match of how many, and when it wrapped around', () => {
    let { state } = press(inMode({ kind: 'slides' }, at(0)), '/kernel\r', ctx);
    expect(state.position.slide).toBe(1);
    expect(noticeOf(state, ctx)).toBe('kernel: 1 of 3');
    state = press(state, 'n', ctx).state;
    expect(state.position.slide).toBe(2);
    expect(noticeOf(state, ctx)).toBe('kernel: 2 of 3');
    state = press(state, 'n', ctx).state;
    expect(state.position.slide).toBe(4);
    expect(noticeOf(state, ctx)).toBe('kernel: 3 of 3');
    state = press(state, 'n', ctx).state;
    expect(state.position.slide).toBe(1);
    expect(noticeOf(state, ctx)).toBe(`kernel: 1 of 3 · ${en.searchWrapped}`);
    // N goes back, wrapping the other way.
    state = press(state, 'N', ctx).state;
    expect(state.position.slide).toBe(4);
    expect(noticeOf(state, ctx)).toBe(`kernel: 3 of 3 · ${en.searchWrapped}`);
  });

  it('marks the matches on the slide (case and accents ignored)', () => {
    const { state } = press(inMode({ kind: 'slides' }, at(0)), '/KERNEL\r', ctx);
    expect(state.lastQuery).toBe('KERNEL');
    const screen = screenFor(state, ctx, { width: 60, height: 15 }, stylesAt(1));
    expect(screen.highlight).toBe('KERNEL');
    const lines = renderScreen(screen).lines;
    const marked = lines.filter((l) => l.includes('\u001B[7m'));
    expect(marked.length).toBeGreaterThanOrEqual(2); // the title and "the kernel"
    for (const line of marked) expect(line).toMatch(/\u001B\[7m[^\u001B]*(\u001B\[[0-9;]*m)*[Kk]ernel|\u001B\[7mKernel|\u001B\[7mkernel/);
  });

  it('Backspace on an empty prompt keeps it open; Esc cancels only the search', () => {
    let { state } = press(inMode({ kind: 'slides' }, at(3)), '/ab', ctx);
    state = press(state, BACKSPACE + BACKSPACE + BACKSPACE + BACKSPACE, ctx).state;
    expect(state.mode).toEqual({ kind: 'search', query: '' });
    const cancelled = press(state, ESC, ctx);
    expect(cancelled.effect).toBeUndefined();
    expect(cancelled.state.mode).toEqual({ kind: 'slides' });
    expect(cancelled.state.position).toEqual(at(3));
  });

  it('a search with no match says so and stays', () => {
    const { state } = press(inMode({ kind: 'slides' }, at(3)), '/zzz\r', ctx);
    expect(state.position).toEqual(at(3));
    expect(noticeOf(state, ctx)).toBe(en.notFound('zzz'));
  });
});

describe('a course is one road', () => {
  it('← on the first slide of a lesson after the first goes to the previous lesson', () => {
    const ctx = contextFor(deck, { course });
    for (const input of ['\u001B[D', 'h', '\u001B[A', 'k', '\u001B[5~']) {
      expect(press(inMode({ kind: 'slides' }, at(0)), input, ctx).effect, input).toEqual({ type: 'previous-lesson' });
    }
    // Not from the first lesson of the course, nor from a later slide.
    expect(press(inMode({ kind: 'slides' }, at(0)), '\u001B[D', contextFor(deck, { course: { ...course, current: 0 } })).effect).toBeUndefined();
    expect(press(inMode({ kind: 'slides' }, at(2)), '\u001B[D', ctx).state.position).toEqual(at(1));
  });

  it('→ at the end of a lesson leads into the next one', () => {
    const ctx = contextFor(deck, { course, nextLessonTitle: '#3 Memory' });
    const end = inMode({ kind: 'slides' }, at(4));
    expect(noticeOf(end, ctx)).toBe(en.nextLesson('#3 Memory'));
    for (const input of ['\u001B[C', 'l', ' ', 'j']) expect(press(end, input, ctx).effect).toEqual({ type: 'next-lesson' });
  });

  it('the last slide of the last lesson says the course is over, and → there says it again', () => {
    const ctx = contextFor(deck, { course: { ...course, current: 2 } });
    const end = inMode({ kind: 'slides' }, at(4));
    expect(noticeOf(end, ctx)).toBe(en.endOfCourse);
    const { state, effect } = press(end, '\u001B[C', ctx);
    expect(effect).toBeUndefined();
    expect(state.position).toEqual(at(4));
    expect(noticeOf(state, ctx)).toBe(en.endOfCourse);
  });

  it('→ at the end of a lesson on its own says it is the end', () => {
    const ctx = contextFor(deck);
    const { state, effect } = press(inMode({ kind: 'slides' }, at(4)), '\u001B[C', ctx);
    expect(effect).toBeUndefined();
    expect(noticeOf(state, ctx)).toBe(en.endOfLesson);
  });
});

describe('a notice over the slide (a failed reload)', () => {
  const ctx = contextFor(deck);
  const reason = en.reloadFailed(en.lessonProblem({ kind: 'front-matter', line: 3 }));

  it('shows its whole text, wrapped, with how to close it, in the interface language', () => {
    const state: PresenterState = { ...initialPresenterState(at(1)), notice: reason };
    const frame = renderScreen(screenFor(state, ctx, { width: 40, height: 11 }, stylesAt(0)));
    const text = frame.lines
      .map((l) => plain(l).trim())
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Reload failed, showing the last good version: the front matter is not valid YAML (line 3)');
    expect(text).toContain(en.noticeClose);
    const id = stringsFor('id');
    expect(id.reloadFailed(id.lessonProblem({ kind: 'front-matter', line: 3 }))).toBe(
      'Gagal memuat ulang, versi terakhir tetap tampil: front matter bukan YAML yang sah (baris 3)',
    );
  });

  it('the next key only closes it; Ctrl-C still quits', () => {
    const state: PresenterState = { ...initialPresenterState(at(1)), notice: reason };
    for (const input of ['\u001B[C', 'q', ESC, 'x']) {
      const { state: next, effect } = press(state, input, ctx);
      expect(effect, input).toBeUndefined();
      expect(next.notice).toBeUndefined();
      expect(next.position).toEqual(at(1));
    }
    expect(press(state, CTRL_C, ctx).effect).toEqual({ type: 'quit' });
  });
});
