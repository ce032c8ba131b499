import { press } from '../../support/press-keys.js';
import { describe, expect, it } from 'vitest';
import { foldForSearch, findSlide } from '../../../src/deck/search.js';
import type { Deck } from '../../../src/deck/types.js';
import { searchableTexts, slideLabel } from '../../../src/render/slide-text.js';
import { stringsFor } from '../../../src/render/ui-strings.js';
import { initialPresenterState, noticeOf, type LessonLink, type PresenterContext } from '../../../src/session/presenter.js';
import { renderScreen } from '../../../src/render/screens/slide-screen.js';
import { screenFor } from '../../../src/session/presenter-session.js';
import { deckFromFile, deckOf, LESSON_PATH, stylesAt } from '../../support/decks.js';

const en = stringsFor('en');
const lesson = deckFromFile(LESSON_PATH);

function contextFor(deck: Deck, extra: Partial<PresenterContext> = {}): PresenterContext {
  return { deck, limit: () => 0, page: 10, strings: en, searchTexts: () => searchableTexts(deck), lessonLinks: () => [], ...extra };
}

const start = initialPresenterState({ slide: 0, step: 0, scroll: 0 });

describe('search', () => {
  it('folds case and accents', () => {
    expect(foldForSearch('Café  KVM')).toBe('cafe kvm');
    expect(findSlide(['a', 'b cafe', 'c'], 'CAFÉ', 0)).toBe(1);
    expect(findSlide(['x', 'y'], 'z', 0)).toBeUndefined();
    expect(findSlide(['hit', 'miss'], 'hit', 0)).toBe(0); // wraps around to the current slide last
  });

  it('/ types a query, Enter jumps to the next slide with it, n repeats', () => {
    const ctx = contextFor(lesson);
    let { state } = press(start, '/', ctx);
    expect(noticeOf(state, ctx)).toBe('Search: ');
    state = press(state, 'kernel\r', ctx).state;
    expect(state.position.slide).toBe(2); // "Setiap VM punya kernel-nya sendiri."
    state = press(state, 'n', ctx).state;
    expect(state.position.slide).toBe(3);
    state = press(state, 'n', ctx).state;
    expect(state.position.slide).toBe(4); // the table: "Kernel"
  });

  it('finds text in tables and ignores accents and case', () => {
    const deck = deckOf('# A\n\nnothing\n\n---\n\n# B\n\n| x | y |\n|---|---|\n| Café | Ñandú |');
    const ctx = contextFor(deck);
    expect(press(start, '/nandu\r', ctx).state.position.slide).toBe(1);
  });

  it('says so when nothing matches, and stays', () => {
    const ctx = contextFor(lesson);
    const { state } = press(start, '/zzzz\r', ctx);
    expect(state.position.slide).toBe(0);
    expect(noticeOf(state, ctx)).toBe('Not found: zzzz');
    // The message goes away with the next key.
    expect(noticeOf(press(state, 'x', ctx).state, ctx)).toBeUndefined();
  });

  it('edits with Backspace and cancels with Esc; letters in a query are not commands', () => {
    const ctx = contextFor(lesson);
    let { state } = press(start, '/qGo', ctx);
    expect(state.mode).toEqual({ kind: 'search', query: 'qGo' });
    state = press(state, '\u007F', ctx).state;
    expect(state.mode).toEqual({ kind: 'search', query: 'qG' });
    const update = press(state, '\u001B', ctx);
    expect(update.effect).toBeUndefined();
    expect(update.state.mode.kind).toBe('slides');
    expect(update.state.position.slide).toBe(0);
  });
});

describe('overview', () => {
  it('o lists slides with the current one selected; arrows move; Enter jumps', () => {
    const ctx = contextFor(lesson);
    let { state } = press({ ...start, position: { slide: 2, step: 0, scroll: 0 } }, 'o', ctx);
    expect(state.mode).toEqual({ kind: 'overview', cursor: 2 });
    state = press(state, '\u001B[B\u001B[Bj', ctx).state;
    expect(state.mode).toEqual({ kind: 'overview', cursor: 5 });
    state = press(state, '\u001B[Bj', ctx).state; // clamped at the last slide
    expect(state.mode).toEqual({ kind: 'overview', cursor: 6 });
    state = press(state, '\r', ctx).state;
    expect(state.mode.kind).toBe('slides');
    expect(state.position.slide).toBe(6);
  });

  it('closes with Esc or o without moving', () => {
    const ctx = contextFor(lesson);
    for (const close of ['\u001B', 'o']) {
      const { state } = press(start, `o\u001B[B${close}`, ctx);
      expect(state.mode.kind).toBe('slides');
      expect(state.position.slide).toBe(0);
    }
  });

  it('labels every slide, the untitled one by its first words', () => {
    expect(lesson.slides.map(slideLabel)).toEqual([
      '🧩 #3 - Pengantar KVM vs LXC',
      '🏰 Analogi Sederhana: Rumah vs Kamar',
      '🧠 Apa Itu KVM?',
      '📦 Apa Itu LXC?',
      '⚖ Perbandingan Cepat',
      '💡 Kapan Pakai KVM, Kapan LXC?',
      '🎯 Siap lanjut ke pengenalan Proxmox itu sendiri?',
    ]);
  });
});

describe('lesson links and the next lesson', () => {
  const one: LessonLink[] = [{ text: '#4', href: './04.md' }];
  const two: LessonLink[] = [...one, { text: '#5', href: './05.md' }];

  it('f follows the only lesson link of a slide', () => {
    const ctx = contextFor(lesson, { lessonLinks: () => one });
    expect(press(start, 'f', ctx).effect).toEqual({ type: 'open-lesson', href: './04.md' });
  });

  it('f lists several links to choose from', () => {
    const ctx = contextFor(lesson, { lessonLinks: () => two });
    const { state } = press(start, 'f', ctx);
    expect(state.mode).toEqual({ kind: 'links', cursor: 0 });
    expect(press(state, '\u001B[B\r', ctx).effect).toEqual({ type: 'open-lesson', href: './05.md' });
  });

  it('says in the status bar that a slide links to another lesson', () => {
    const ctx = contextFor(lesson, { lessonLinks: (slide) => (slide === 6 ? one : []) });
    const at = (slide: number) => ({ ...start, position: { slide, step: 0, scroll: 0 } });
    const bar = (slide: number) => renderScreen(screenFor(at(slide), ctx, { width: 80, height: 23 }, stylesAt(0))).lines[22] ?? '';
    expect(bar(6)).toContain('f: follow');
    expect(bar(5)).not.toContain('f: follow');
  });

  it('f does nothing on a slide without lesson links', () => {
    const update = press(start, 'f', contextFor(lesson));
    expect(update.effect).toBeUndefined();
    expect(update.state.mode.kind).toBe('slides');
  });

  it('→ at the end of a lesson leads into the next one of the course, and says so first', () => {
    const ctx = contextFor(lesson, { nextLessonTitle: 'Mengenal Proxmox VE' });
    const { state } = press(start, 'G', ctx);
    expect(noticeOf(state, ctx)).toContain('Mengenal Proxmox VE');
    expect(press(state, '\u001B[C', ctx).effect).toEqual({ type: 'next-lesson' });
    // Without a next lesson, → at the end stays put.
    const alone = contextFor(lesson);
    expect(press(press(start, 'G', alone).state, '\u001B[C', alone).effect).toBeUndefined();
  });
});

describe('resume offer', () => {
  const offered = initialPresenterState({ slide: 0, step: 0, scroll: 0 }, { slide: 4, step: 0, scroll: 0 });

  it('asks in the status bar and Enter continues there', () => {
    const ctx = contextFor(lesson);
    expect(noticeOf(offered, ctx)).toBe('Continue at slide 5/7? Enter: yes · Esc: from the start');
    const { state } = press(offered, '\r', ctx);
    expect(state.position.slide).toBe(4);
    expect(state.mode.kind).toBe('slides');
  });

  it('Esc starts from the beginning; another key declines and acts', () => {
    const ctx = contextFor(lesson);
    expect(press(offered, '\u001B', ctx).state.position.slide).toBe(0);
    const { state } = press(offered, '\u001B[C', ctx);
    expect(state.mode.kind).toBe('slides');
    expect(state.position.slide).toBe(1);
  });
});

describe('incremental lists', () => {
  it('reveals one item per step, then moves to the next slide', () => {
    const deck = deckOf('---\nincremental_lists: true\n---\n# A\n\nIntro\n\n- one\n- two\n- three\n\n---\n\n# B');
    expect(deck.slides[0]?.steps).toHaveLength(4);
    const ctx = contextFor(deck);
    let state = start;
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push(`${state.position.slide}.${state.position.step}`);
      state = press(state, '\u001B[C', ctx).state;
    }
    expect(seen).toEqual(['0.0', '0.1', '0.2', '0.3']);
    expect(state.position).toEqual({ slide: 1, step: 0, scroll: 0 });
  });

  it('can be switched on for one list with a directive', () => {
    const deck = deckOf('# A\n\n- shown\n- together\n\n<!-- incremental_lists: true -->\n\n1. one\n2. two');
    const steps = deck.slides[0]?.steps ?? [];
    expect(steps).toHaveLength(3);
    const numbers = steps.flat().flatMap((b) => (b.kind === 'list' && b.ordered ? [b.start] : []));
    expect(numbers).toEqual([1, 2]);
  });
});
