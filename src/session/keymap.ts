import type { Command } from '../deck/commands.js';
import type { KeyHelpId, UiStrings } from '../render/ui-strings.js';
import type { Key } from './key-decoder.js';

/** What a key means to the presenter, before state (help open, digits typed) is considered. */
export type Action =
  | { type: 'command'; command: Command }
  /** Scroll by a page, or move on when at the end: PgDn, space. */
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'digit'; digit: string }
  | { type: 'enter' }
  | { type: 'backspace' }
  | { type: 'help' }
  | { type: 'escape' }
  | { type: 'quit' }
  | { type: 'overview' }
  | { type: 'menu' }
  | { type: 'search' }
  | { type: 'search-next'; direction: 1 | -1 }
  | { type: 'follow' }
  /** A key with no binding: it only closes an overlay. */
  | { type: 'other' };

/** Where a key is pressed: the plain slide view, a pick-one list, the search prompt. */
export type KeyContext = 'slides' | 'list' | 'search';

/** What a key does in a list (overview, links, lesson menu). */
export type ListAction =
  | { type: 'move'; by: number }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'edge'; to: 'first' | 'last' }
  | { type: 'pick' }
  | { type: 'close' }
  | { type: 'quit' };

/** What a key does at the search prompt (other printable keys are typed). */
export type SearchAction = { type: 'run' } | { type: 'delete' } | { type: 'cancel' } | { type: 'quit' };

/**
 * One line of the key table: the keys (as key-decoder names them: `right`, `pagedown`, or the
 * character itself), how they are written for people, and what they do in their context.
 */
export interface Binding<A> {
  keys: readonly string[];
  /** How the keys are written in help, hints, usage and README: `→ l`. */
  label: string;
  /** The shorter spelling in a one-line hint (`↑↓`), when it has one. */
  hint?: string;
  /** Its description, in every interface language (ui-strings.ts). */
  does: KeyHelpId;
  action: A;
}

const command = (c: Command): Action => ({ type: 'command', command: c });

/**
 * THE key table: the presenter (and every viewer) reads keys through it, and the help overlay,
 * the status-bar and list hints, the usage text and the README's "Keys" section are written
 * from it (a test compares the README with it). Add a key here and everything follows.
 */
export const SLIDE_KEYS: readonly Binding<Action>[] = [
  { keys: ['right', 'l'], label: '→ l', does: 'next', action: command({ type: 'next' }) },
  { keys: ['down', 'j'], label: '↓ j', does: 'scrollDown', action: command({ type: 'scroll', lines: 1 }) },
  { keys: [' ', 'pagedown'], label: 'Space PgDn', does: 'pageDown', action: { type: 'page', direction: 1 } },
  { keys: ['left', 'h'], label: '← h', does: 'previous', action: command({ type: 'prev' }) },
  { keys: ['up', 'k'], label: '↑ k', does: 'scrollUp', action: command({ type: 'scroll', lines: -1 }) },
  { keys: ['pageup'], label: 'PgUp', does: 'pageUp', action: { type: 'page', direction: -1 } },
  { keys: ['home', 'g'], label: 'Home g', does: 'first', action: command({ type: 'first' }) },
  { keys: ['end', 'G'], label: 'End G', does: 'last', action: command({ type: 'last' }) },
  { keys: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], label: '0-9 Enter', does: 'goTo', action: { type: 'digit', digit: '' } },
  { keys: ['o'], label: 'o', does: 'overview', action: { type: 'overview' } },
  { keys: ['m'], label: 'm', does: 'menu', action: { type: 'menu' } },
  { keys: ['/'], label: '/', does: 'search', action: { type: 'search' } },
  { keys: ['n'], label: 'n N', does: 'searchNext', action: { type: 'search-next', direction: 1 } },
  { keys: ['N'], label: 'n N', does: 'searchNext', action: { type: 'search-next', direction: -1 } },
  { keys: ['f'], label: 'f', hint: 'f', does: 'follow', action: { type: 'follow' } },
  { keys: ['?'], label: '?', does: 'help', action: { type: 'help' } },
  { keys: ['ctrl-z'], label: 'Ctrl-Z', does: 'suspend', action: { type: 'other' } },
  { keys: ['q', 'escape', 'ctrl-c'], label: 'q Esc Ctrl-C', does: 'quit', action: { type: 'quit' } },
];

/** Keys of the overview, a slide's links and the lesson menu. */
export const LIST_KEYS: readonly Binding<ListAction>[] = [
  { keys: ['up', 'k', 'left'], label: '↑ ↓ k j', hint: '↑↓', does: 'choose', action: { type: 'move', by: -1 } },
  { keys: ['down', 'j', 'right'], label: '↑ ↓ k j', hint: '↑↓', does: 'choose', action: { type: 'move', by: 1 } },
  { keys: ['pageup'], label: 'PgUp PgDn', does: 'choosePage', action: { type: 'page', direction: -1 } },
  { keys: ['pagedown'], label: 'PgUp PgDn', does: 'choosePage', action: { type: 'page', direction: 1 } },
  { keys: ['home', 'g'], label: 'Home g End G', does: 'chooseEdge', action: { type: 'edge', to: 'first' } },
  { keys: ['end', 'G'], label: 'Home g End G', does: 'chooseEdge', action: { type: 'edge', to: 'last' } },
  { keys: ['enter'], label: 'Enter', hint: 'Enter', does: 'open', action: { type: 'pick' } },
  { keys: ['escape', 'q'], label: 'Esc q', hint: 'Esc', does: 'close', action: { type: 'close' } },
  { keys: ['ctrl-c'], label: 'Ctrl-C', does: 'quitNow', action: { type: 'quit' } },
];

/** Keys of the search prompt; any other printable key is typed into it. */
export const SEARCH_KEYS: readonly Binding<SearchAction>[] = [
  { keys: ['enter'], label: 'Enter', hint: 'Enter', does: 'runSearch', action: { type: 'run' } },
  { keys: ['backspace'], label: 'Backspace', does: 'deleteChar', action: { type: 'delete' } },
  { keys: ['escape'], label: 'Esc', hint: 'Esc', does: 'cancel', action: { type: 'cancel' } },
  { keys: ['ctrl-c'], label: 'Ctrl-C', does: 'quitNow', action: { type: 'quit' } },
];

/** The name a binding's `keys` use for a decoded key. */
function keyName(key: Key): string {
  return key.name === 'char' ? key.char : key.name;
}

function find<A>(table: readonly Binding<A>[], key: Key): Binding<A> | undefined {
  const name = keyName(key);
  return table.find((b) => b.keys.includes(name));
}

/** What a key does on the plain slide view; keys without a binding are `other`. */
export function actionFor(key: Key): Action {
  const binding = find(SLIDE_KEYS, key);
  if (!binding) return key.name === 'enter' ? { type: 'enter' } : key.name === 'backspace' ? { type: 'backspace' } : { type: 'other' };
  const action = binding.action;
  if (action.type === 'digit') return { type: 'digit', digit: keyName(key) };
  // Esc is "quit" only on the plain slide view; the reducer decides (typed digits, overlays).
  if (key.name === 'escape') return { type: 'escape' };
  return action;
}

/** What a key does in a list; undefined for a key that does nothing there. */
export function listActionFor(key: Key): ListAction | undefined {
  return find(LIST_KEYS, key)?.action;
}

/** What a key does at the search prompt; undefined for a key that is typed (or ignored). */
export function searchActionFor(key: Key): SearchAction | undefined {
  return find(SEARCH_KEYS, key)?.action;
}

/** One row of a key table for people: the keys and what they do. */
export type KeyRow = readonly [keys: string, does: string];

/** A titled table of keys, as help, usage and the README show it. */
export interface KeySection {
  title: string;
  rows: readonly KeyRow[];
}

function rowsOf<A>(table: readonly Binding<A>[], strings: UiStrings, describe = (id: KeyHelpId) => strings.keyHelp[id]): KeyRow[] {
  const rows: KeyRow[] = [];
  for (const b of table) if (!rows.some(([label]) => label === b.label)) rows.push([b.label, describe(b.does)]);
  return rows;
}

/** What the reader may do besides the slides, which changes a few lines of the table. */
export interface KeyTableOptions {
  /** A remote viewer: `f` follows the presenter again, Ctrl-Z is the viewer's own terminal's. */
  viewer?: boolean;
}

/** Every key, in sections: the slides, the lists, the search prompt. */
export function keySections(strings: UiStrings, options: KeyTableOptions = {}): KeySection[] {
  const slides = SLIDE_KEYS.filter((b) => !(options.viewer && b.does === 'suspend'));
  const describe = (id: KeyHelpId) => (options.viewer && id === 'follow' ? strings.keyHelp.followPresenter : strings.keyHelp[id]);
  return [
    { title: strings.keySectionSlides, rows: rowsOf(slides, strings, describe) },
    { title: strings.keySectionLists, rows: rowsOf(LIST_KEYS, strings) },
    { title: strings.keySectionSearch, rows: rowsOf(SEARCH_KEYS, strings) },
  ];
}

/**
 * The one-line hint for a context: its bindings that have a short spelling, e.g.
 * `↑↓ choose · Enter open · Esc close`. `closeQuits` for a list with nothing under it (a
 * course's lesson menu at start), where Esc quits instead.
 */
export function hintFor(context: 'list' | 'search', strings: UiStrings, options: { closeQuits?: boolean } = {}): string {
  const table: readonly Binding<unknown>[] = context === 'list' ? LIST_KEYS : SEARCH_KEYS;
  const parts: string[] = [];
  for (const b of table) {
    if (b.hint === undefined) continue;
    const does = options.closeQuits && b.does === 'close' ? strings.hintWords.quit : (strings.hintWords[b.does] ?? strings.keyHelp[b.does]);
    const part = `${b.hint} ${does}`;
    if (!parts.includes(part)) parts.push(part);
  }
  return parts.join(' · ');
}

/** The status-bar hint on a slide that links to another lesson (`f: follow`). */
export function followHint(strings: UiStrings): string {
  const binding = SLIDE_KEYS.find((b) => b.does === 'follow');
  return `${binding?.hint ?? 'f'}: ${strings.hintWords.follow}`;
}

/**
 * The key table as plain text lines (for `lectern --help`): each section's title, then its
 * rows with the keys in a column.
 */
export function keyHelpLines(strings: UiStrings, indent = '  '): string[] {
  const sections = keySections(strings);
  const width = sections.flatMap((s) => s.rows.map(([keys]) => [...keys].length)).reduce((most, n) => Math.max(most, n), -Infinity);
  return sections.flatMap((section) => [`${section.title}:`, ...section.rows.map(([keys, does]) => `${indent}${keys.padEnd(width)}  ${does}`)]);
}
