import { navigate, samePosition, type ScrollLimit } from '../deck/navigate.js';
import { findSlide } from '../deck/search.js';
import type { Deck, Position } from '../deck/types.js';
import type { UiStrings } from '../render/ui-strings.js';
import type { Key } from './key-decoder.js';
import { actionFor, type Action } from './keymap.js';

/** What the presenter shows besides the slide: nothing, help, a list to pick from, a prompt. */
export type PresenterMode =
  | { kind: 'slides' }
  | { kind: 'help' }
  | { kind: 'overview'; cursor: number }
  | { kind: 'links'; cursor: number }
  | { kind: 'search'; query: string }
  /** Offering to continue where the reader stopped last time. */
  | { kind: 'resume'; position: Position };

/** Everything the presenter view remembers between keys. */
export interface PresenterState {
  position: Position;
  mode: PresenterMode;
  /** Digits typed so far for "number + Enter". */
  digits: string;
  /** The last search, for `n`. */
  lastQuery?: string;
  /** A one-off message for the status bar (cleared by the next key). */
  message?: string;
}

/** A link to another lesson, as found on a slide. */
export interface LessonLink {
  text: string;
  href: string;
}

/** What the presenter asks its owner to do: things beyond this deck. */
export type PresenterEffect = { type: 'quit' } | { type: 'open-lesson'; href: string } | { type: 'next-lesson' };

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

/** The status-bar notice for a state: a prompt being typed, else a message or a hint. */
export function noticeOf(state: PresenterState, ctx: PresenterContext): string | undefined {
  const { strings } = ctx;
  if (state.mode.kind === 'search') return strings.searchPrompt(state.mode.query);
  if (state.mode.kind === 'resume') return strings.resumePrompt(state.mode.position.slide + 1, ctx.deck.slides.length);
  if (state.digits !== '') return strings.goTo(state.digits);
  if (state.message !== undefined) return state.message;
  if (ctx.nextLessonTitle !== undefined && atDeckEnd(ctx.deck, state.position)) return strings.nextLesson(ctx.nextLessonTitle);
  return undefined;
}

/**
 * Applies one key. Pure: the Ink view, tests and remote viewers share it. Effects that
 * reach beyond the deck (quit, open another lesson) are returned for the owner to carry out.
 */
export function reducePresenter(state: PresenterState, key: Key, ctx: PresenterContext): PresenterUpdate {
  // A message lasts until the next key.
  const { message: _shown, ...calm } = state;
  switch (state.mode.kind) {
    case 'search':
      return searchKey(calm, state.mode.query, key, ctx);
    case 'overview':
    case 'links':
      return listKey(calm, state.mode, key, ctx);
    case 'help':
      return actionFor(key).type === 'quit' ? { state, effect: { type: 'quit' } } : { state: { ...calm, mode: { kind: 'slides' } } };
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

function slidesKey(state: PresenterState, action: Action, ctx: PresenterContext): PresenterUpdate {
  const base: PresenterState = { ...state, digits: '' };
  const move = (position: Position): PresenterUpdate => ({ state: { ...base, position } });
  switch (action.type) {
    case 'quit':
      return { state, effect: { type: 'quit' } };
    case 'help':
      return { state: { ...base, mode: { kind: 'help' } } };
    case 'overview':
      return { state: { ...base, mode: { kind: 'overview', cursor: state.position.slide } } };
    case 'search':
      return { state: { ...base, mode: { kind: 'search', query: '' } } };
    case 'search-next':
      return state.lastQuery === undefined ? { state: base } : runSearch(base, state.lastQuery, ctx);
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
      const forward = command.type === 'next' || (command.type === 'scroll' && command.lines > 0);
      // Moving on from the very end of a lesson leads into the next lesson of the course.
      if (forward && samePosition(position, state.position) && atDeckEnd(ctx.deck, position) && ctx.nextLessonTitle !== undefined) {
        return { state: base, effect: { type: 'next-lesson' } };
      }
      return move(position);
    }
    case 'other':
      return { state: base };
  }
}

function runSearch(state: PresenterState, query: string, ctx: PresenterContext): PresenterUpdate {
  const found = findSlide(ctx.searchTexts(), query, state.position.slide);
  const next: PresenterState = { ...state, mode: { kind: 'slides' }, lastQuery: query };
  if (found === undefined) return { state: { ...next, message: ctx.strings.notFound(query) } };
  return { state: { ...next, position: navigate(ctx.deck, state.position, { type: 'goto', slide: found + 1 }, ctx.limit) } };
}

function searchKey(state: PresenterState, query: string, key: Key, ctx: PresenterContext): PresenterUpdate {
  const typing = (q: string): PresenterUpdate => ({ state: { ...state, mode: { kind: 'search', query: q } } });
  switch (key.name) {
    case 'char':
      return typing((query + key.char).slice(0, 80));
    case 'backspace':
      return query === '' ? { state: { ...state, mode: { kind: 'slides' } } } : typing([...query].slice(0, -1).join(''));
    case 'enter':
      return query.trim() === '' ? { state: { ...state, mode: { kind: 'slides' } } } : runSearch(state, query, ctx);
    case 'escape':
      return { state: { ...state, mode: { kind: 'slides' } } };
    case 'ctrl-c':
      return { state, effect: { type: 'quit' } };
    default:
      return { state };
  }
}

function listKey(
  state: PresenterState,
  mode: Extract<PresenterMode, { kind: 'overview' | 'links' }>,
  key: Key,
  ctx: PresenterContext,
): PresenterUpdate {
  const count = mode.kind === 'overview' ? ctx.deck.slides.length : ctx.lessonLinks(state.position.slide).length;
  const close = { ...state, mode: { kind: 'slides' } as const };
  const to = (cursor: number): PresenterUpdate => ({
    state: { ...state, mode: { kind: mode.kind, cursor: Math.min(Math.max(cursor, 0), Math.max(0, count - 1)) } },
  });
  const action = actionFor(key);
  if (action.type === 'quit') return { state, effect: { type: 'quit' } };
  if (key.name === 'escape' || (key.name === 'char' && (key.char === 'o' || key.char === 'f'))) return { state: close };
  if (key.name === 'enter') {
    if (mode.kind === 'links') {
      const link = ctx.lessonLinks(state.position.slide)[mode.cursor];
      return link ? { state: close, effect: { type: 'open-lesson', href: link.href } } : { state: close };
    }
    return { state: { ...close, position: navigate(ctx.deck, state.position, { type: 'goto', slide: mode.cursor + 1 }, ctx.limit) } };
  }
  switch (key.name) {
    case 'up':
    case 'left':
      return to(mode.cursor - 1);
    case 'down':
    case 'right':
      return to(mode.cursor + 1);
    case 'pageup':
      return to(mode.cursor - Math.max(1, ctx.page));
    case 'pagedown':
      return to(mode.cursor + Math.max(1, ctx.page));
    case 'home':
      return to(0);
    case 'end':
      return to(count - 1);
    case 'char':
      if (key.char === 'k') return to(mode.cursor - 1);
      if (key.char === 'j') return to(mode.cursor + 1);
      if (key.char === 'g') return to(0);
      if (key.char === 'G') return to(count - 1);
      return { state };
    default:
      return { state };
  }
}
