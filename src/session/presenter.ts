import { navigate, samePosition, type ScrollLimit } from '../deck/navigate.js';
import { foldForSearch } from '../deck/search.js';
import type { Deck, Position } from '../deck/types.js';
import type { UiStrings } from '../render/ui-strings.js';
import type { Key } from './key-decoder.js';
import { actionFor, listActionFor, searchActionFor, type Action } from './keymap.js';

/** What the presenter shows besides the slide: nothing, help, a list to pick from, a prompt. */
export type PresenterMode =
  | { kind: 'slides' }
  /** The help overlay at one of its pages (a small screen pages through it). */
  | { kind: 'help'; page: number }
  | { kind: 'overview'; cursor: number }
  | { kind: 'links'; cursor: number }
  /** The course's lesson menu, over the lesson. */
  | { kind: 'menu'; cursor: number }
  | { kind: 'search'; query: string }
  /** Offering to continue where the reader stopped last time. */
  | { kind: 'resume'; position: Position };

/** Everything the presenter view remembers between keys. */
export interface PresenterState {
  position: Position;
  mode: PresenterMode;
  /** Digits typed so far for "number + Enter". */
  digits: string;
  /** The last search, for `n` and `N`, and for highlighting its matches on the slides. */
  lastQuery?: string;
  /** A one-off message for the status bar (cleared by the next key). */
  message?: string;
  /** A longer message shown whole over the slide; the next key only closes it. */
  notice?: string;
}

/** A link to another lesson, as found on a slide. */
export interface LessonLink {
  text: string;
  href: string;
}

/** What the presenter asks its owner to do: things beyond this deck. */
export type PresenterEffect =
  | { type: 'quit' }
  | { type: 'open-lesson'; href: string }
  | { type: 'next-lesson' }
  /** ← on the first slide: the previous lesson, at its last slide. */
  | { type: 'previous-lesson' }
  /** A lesson picked in the lesson menu (its index in the course). */
  | { type: 'course-lesson'; index: number };

/** The course around the lesson shown, for the lesson menu and moving between lessons. */
export interface CourseContext {
  /** Lesson titles in course order. */
  lessons: readonly string[];
  /** This lesson's index among them (-1 when it is not one of them). */
  current: number;
}

/** What the reducer needs to know about the deck, the screen and the course. */
export interface PresenterContext {
  deck: Deck;
  limit: ScrollLimit;
  /** Lines one PgDn/space scrolls (and one page of a list). */
  page: number;
  strings: UiStrings;
  /** Folded text of every slide, for search (computed on first use). */
  searchTexts: () => readonly string[];
  /** Links to other lessons on a slide. */
  lessonLinks: (slide: number) => readonly LessonLink[];
  /** Title of the lesson after this one, when the deck is part of a course. */
  nextLessonTitle?: string;
  /** The course, when the lesson is part of one with other lessons. */
  course?: CourseContext;
  /** Pages the help takes on this screen (1 when it fits). */
  helpPages?: number;
  /** A remote viewer's session: its help says `f` follows the presenter. */
  viewer?: boolean;
}

/** The result of one key. */
export interface PresenterUpdate {
  state: PresenterState;
  effect?: PresenterEffect;
}

/** Initial state at a position, optionally offering to resume at another one. */
export function initialPresenterState(position: Position, resume?: Position): PresenterState {
  const mode: PresenterMode = resume ? { kind: 'resume', position: resume } : { kind: 'slides' };
  return { position, mode, digits: '' };
}

/** Whether the position is the last step of the last slide. */
export function atDeckEnd(deck: Deck, position: Position): boolean {
  const last = deck.slides.length - 1;
  return position.slide === last && position.step >= (deck.slides[last]?.steps.length ?? 1) - 1;
}

/** Whether this lesson is the last of a course of several. */
function lastOfCourse(ctx: PresenterContext): boolean {
  const course = ctx.course;
  return course !== undefined && course.lessons.length > 1 && course.current === course.lessons.length - 1;
}

/** The status-bar notice for a state: a prompt being typed, else a message or a hint. */
export function noticeOf(state: PresenterState, ctx: PresenterContext): string | undefined {
  const { strings } = ctx;
  if (state.mode.kind === 'search') return strings.searchPrompt(state.mode.query);
  if (state.mode.kind === 'resume') return strings.resumePrompt(state.mode.position.slide + 1, ctx.deck.slides.length);
  if (state.digits !== '') return strings.goTo(state.digits);
  if (state.message !== undefined) return state.message;
  if (state.mode.kind === 'slides' && atDeckEnd(ctx.deck, state.position)) {
    if (ctx.nextLessonTitle !== undefined) return strings.nextLesson(ctx.nextLessonTitle);
    if (lastOfCourse(ctx)) return strings.endOfCourse;
  }
  return undefined;
}

/**
 * Applies one key. Pure: the Ink view, tests and remote viewers share it. Effects that
 * reach beyond the deck (quit, open another lesson) are returned for the owner to carry out.
 * Every overlay closes with Esc; only the plain slide view quits with it.
 */
export function reducePresenter(state: PresenterState, key: Key, ctx: PresenterContext): PresenterUpdate {
  // A message lasts until the next key.
  const { message: _shown, notice, ...calm } = state;
  // A notice over the slide: the next key closes it and does nothing else (Ctrl-C still quits).
  if (notice !== undefined) return key.name === 'ctrl-c' ? { state, effect: { type: 'quit' } } : { state: calm };
  switch (state.mode.kind) {
    case 'search':
      return searchKey(calm, state.mode.query, key, ctx);
    case 'overview':
    case 'links':
    case 'menu':
      return listKey(calm, state.mode, key, ctx);
    case 'help':
      return helpKey(calm, state.mode.page, key, ctx);
    case 'resume': {
      const resumeAt = state.mode.position;
      const slides = { ...calm, mode: { kind: 'slides' } as const };
      if (key.name === 'enter' || (key.name === 'char' && (key.char === 'y' || key.char === 'Y'))) {
        return { state: { ...slides, position: resumeAt } };
      }
      // Any other key declines the offer and then does what it always does.
      return key.name === 'escape' ? { state: slides } : slidesKey(slides, actionFor(key), ctx);
    }
    case 'slides':
      return slidesKey(calm, actionFor(key), ctx);
  }
}

/**
 * Help: any key closes it, q included (it says so). Only on a screen too small for it do the
 * keys that page a slide page the help instead, until its last page.
 */
function helpKey(state: PresenterState, page: number, key: Key, ctx: PresenterContext): PresenterUpdate {
  if (key.name === 'ctrl-c') return { state, effect: { type: 'quit' } };
  const pages = Math.max(1, ctx.helpPages ?? 1);
  const action = actionFor(key);
  const forward =
    action.type === 'page'
      ? action.direction > 0
      : action.type === 'command' && (action.command.type === 'next' || (action.command.type === 'scroll' && action.command.lines > 0));
  const back =
    action.type === 'page'
      ? action.direction < 0
      : action.type === 'command' && (action.command.type === 'prev' || (action.command.type === 'scroll' && action.command.lines < 0));
  if (forward && page + 1 < pages) return { state: { ...state, mode: { kind: 'help', page: page + 1 } } };
  if (back && page > 0) return { state: { ...state, mode: { kind: 'help', page: page - 1 } } };
  return { state: { ...state, mode: { kind: 'slides' } } };
}

function slidesKey(state: PresenterState, action: Action, ctx: PresenterContext): PresenterUpdate {
  const base: PresenterState = { ...state, digits: '' };
  const move = (position: Position): PresenterUpdate => ({ state: { ...base, position } });
  switch (action.type) {
    case 'quit':
      return { state, effect: { type: 'quit' } };
    case 'help':
      return { state: { ...base, mode: { kind: 'help', page: 0 } } };
    case 'overview':
      return { state: { ...base, mode: { kind: 'overview', cursor: state.position.slide } } };
    case 'menu': {
      const course = ctx.course;
      if (!course || course.lessons.length < 2) return { state: { ...base, message: ctx.strings.notInCourse } };
      return { state: { ...base, mode: { kind: 'menu', cursor: Math.max(0, course.current) } } };
    }
    case 'search':
      return { state: { ...base, mode: { kind: 'search', query: '' } } };
    case 'search-next':
      return state.lastQuery === undefined ? { state: base } : runSearch(base, state.lastQuery, ctx, action.direction);
    case 'follow': {
      const links = ctx.lessonLinks(state.position.slide);
      const only = links.length === 1 ? links[0] : undefined;
      if (only) return { state: base, effect: { type: 'open-lesson', href: only.href } };
      return links.length > 1 ? { state: { ...base, mode: { kind: 'links', cursor: 0 } } } : { state: base };
    }
    case 'escape':
      return state.digits !== '' ? { state: base } : { state, effect: { type: 'quit' } };
    case 'digit':
      return { state: { ...base, digits: (state.digits + action.digit).slice(-4) } };
    case 'backspace':
      return { state: { ...base, digits: state.digits.slice(0, -1) } };
    case 'enter': {
      if (state.digits === '') return { state: base };
      const wanted = Number(state.digits);
      const count = ctx.deck.slides.length;
      if (wanted < 1 || wanted > count) return { state: { ...base, message: ctx.strings.noSlide(wanted, count) } };
      return move(navigate(ctx.deck, state.position, { type: 'goto', slide: wanted }, ctx.limit));
    }
    case 'page':
    case 'command': {
      const command = action.type === 'page' ? { type: 'scroll' as const, lines: Math.max(1, ctx.page) * action.direction } : action.command;
      const position = navigate(ctx.deck, state.position, command, ctx.limit);
      if (!samePosition(position, state.position)) return move(position);
      // Nowhere to go in this lesson: a course goes on into the next or previous lesson.
      const forward = command.type === 'next' || (command.type === 'scroll' && command.lines > 0);
      const backward = command.type === 'prev' || (command.type === 'scroll' && command.lines < 0);
      if (forward && atDeckEnd(ctx.deck, position)) {
        if (ctx.nextLessonTitle !== undefined) return { state: base, effect: { type: 'next-lesson' } };
        return { state: { ...base, message: lastOfCourse(ctx) ? ctx.strings.endOfCourse : ctx.strings.endOfLesson } };
      }
      if (backward && position.slide === 0 && position.step === 0 && ctx.course && ctx.course.current > 0) {
        return { state: base, effect: { type: 'previous-lesson' } };
      }
      return move(position);
    }
    case 'other':
      return { state: base };
  }
}

/**
 * The slides whose text holds the query, in order. Search forgives case and accents
 * (foldForSearch), the same folding the highlight on the slide uses.
 */
export function matchingSlides(ctx: PresenterContext, query: string): number[] {
  const needle = foldForSearch(query).trim();
  if (needle === '') return [];
  const hits: number[] = [];
  ctx.searchTexts().forEach((text, index) => {
    if (text.includes(needle)) hits.push(index);
  });
  return hits;
}

/**
 * Goes to the next (or previous) slide that matches, says which of how many it is, and
 * whether it went round the end of the deck to get there.
 */
function runSearch(state: PresenterState, query: string, ctx: PresenterContext, direction: 1 | -1 = 1): PresenterUpdate {
  const hits = matchingSlides(ctx, query);
  const next: PresenterState = { ...state, mode: { kind: 'slides' }, lastQuery: query };
  if (hits.length === 0) return { state: { ...next, message: ctx.strings.notFound(query) } };
  const here = state.position.slide;
  const ahead = direction > 0 ? hits.find((s) => s > here) : [...hits].reverse().find((s) => s < here);
  const found = ahead ?? (direction > 0 ? hits[0]! : hits[hits.length - 1]!);
  const wrapped = ahead === undefined;
  const count = ctx.strings.searchMatch(hits.indexOf(found) + 1, hits.length, query);
  const message = wrapped ? `${count} · ${ctx.strings.searchWrapped}` : count;
  const position = found === here ? state.position : navigate(ctx.deck, state.position, { type: 'goto', slide: found + 1 }, ctx.limit);
  return { state: { ...next, position, message } };
}

function searchKey(state: PresenterState, query: string, key: Key, ctx: PresenterContext): PresenterUpdate {
  const typing = (q: string): PresenterUpdate => ({ state: { ...state, mode: { kind: 'search', query: q } } });
  const action = searchActionFor(key);
  switch (action?.type) {
    case 'quit':
      return { state, effect: { type: 'quit' } };
    case 'cancel':
      return { state: { ...state, mode: { kind: 'slides' } } };
    // On an empty prompt there is nothing to delete: it stays open (Esc closes it).
    case 'delete':
      return typing([...query].slice(0, -1).join(''));
    case 'run':
      return query.trim() === '' ? { state: { ...state, mode: { kind: 'slides' } } } : runSearch(state, query, ctx);
    case undefined:
      return key.name === 'char' ? typing((query + key.char).slice(0, 80)) : { state };
  }
}

function listKey(
  state: PresenterState,
  mode: Extract<PresenterMode, { kind: 'overview' | 'links' | 'menu' }>,
  key: Key,
  ctx: PresenterContext,
): PresenterUpdate {
  const items =
    mode.kind === 'overview'
      ? ctx.deck.slides.length
      : mode.kind === 'links'
        ? ctx.lessonLinks(state.position.slide).length
        : (ctx.course?.lessons.length ?? 0);
  const close = { ...state, mode: { kind: 'slides' } as const };
  const to = (cursor: number): PresenterUpdate => ({
    state: { ...state, mode: { kind: mode.kind, cursor: Math.min(Math.max(cursor, 0), Math.max(0, items - 1)) } },
  });
  // The key that opened a list closes it again (o, f, m).
  const opener = mode.kind === 'overview' ? 'o' : mode.kind === 'links' ? 'f' : 'm';
  if (key.name === 'char' && key.char === opener) return { state: close };
  // In the lesson menu, a digit picks that lesson, as in the menu a course opens with.
  if (mode.kind === 'menu' && key.name === 'char' && /^[1-9]$/.test(key.char) && Number(key.char) <= items) {
    return to(Number(key.char) - 1);
  }
  const action = listActionFor(key);
  switch (action?.type) {
    case 'quit':
      return { state, effect: { type: 'quit' } };
    case 'close':
      return { state: close };
    case 'move':
      return to(mode.cursor + action.by);
    case 'page':
      return to(mode.cursor + Math.max(1, ctx.page) * action.direction);
    case 'edge':
      return to(action.to === 'first' ? 0 : items - 1);
    case 'pick': {
      if (mode.kind === 'links') {
        const link = ctx.lessonLinks(state.position.slide)[mode.cursor];
        return link ? { state: close, effect: { type: 'open-lesson', href: link.href } } : { state: close };
      }
      if (mode.kind === 'menu') {
        if (mode.cursor === ctx.course?.current) return { state: close };
        return { state: close, effect: { type: 'course-lesson', index: mode.cursor } };
      }
      return { state: { ...close, position: navigate(ctx.deck, state.position, { type: 'goto', slide: mode.cursor + 1 }, ctx.limit) } };
    }
    case undefined:
      return { state };
  }
}
