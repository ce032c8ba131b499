/**
 * What one remote viewer is doing: following the presenter, or browsing on its own with the
 * same pure reducer the presenter uses. A remote presenter (logged in with a presenter key)
 * always browses, and its moves drive the stage. Pure: tests feed it keys.
 */
import { samePosition } from '../deck/navigate.js';
import type { Position } from '../deck/types.js';
import type { Key } from './key-decoder.js';
import { initialPresenterState, reducePresenter, type PresenterContext, type PresenterState } from './presenter.js';

/** Following shows the stage; browsing shows the viewer's own presenter state. */
export type ViewerMode = { kind: 'following' } | { kind: 'browsing'; presenter: PresenterState };

/** Who is on the other end: a viewer can never move the stage, a presenter does. */
export type ViewerRole = 'viewer' | 'presenter';

/** The result of one key. */
export interface ViewerUpdate {
  mode: ViewerMode;
  /** The viewer asked to leave (q, Esc, Ctrl-C). */
  quit?: true;
  /** A presenter moved: the stage should go here. */
  move?: Position;
}

/** The mode a viewer starts in: viewers follow, presenters drive from where the stage is. */
export function initialViewerMode(role: ViewerRole, stage: Position): ViewerMode {
  return role === 'presenter' ? { kind: 'browsing', presenter: initialPresenterState(stage) } : { kind: 'following' };
}

/** Whether a presenter state shows anything beyond the plain slide at `at`. */
function departsFrom(state: PresenterState, at: Position): boolean {
  return !samePosition(state.position, at) || state.mode.kind !== 'slides' || state.digits !== '' || state.message !== undefined;
}

const isChar = (key: Key, char: string) => key.name === 'char' && key.char === char;

/**
 * Applies one key for a viewer. Following: `f` does nothing, quit keys leave, and any key
 * that would move or open something (→ ← ↑ ↓, digits, o, /, ?) switches to browsing from the
 * stage's position and does it. Browsing: everything works as for the presenter, except
 * that `f` follows again and effects beyond the deck (opening other lessons) are ignored.
 * A presenter's moves are returned in `move`; `f` means nothing special to it.
 */
export function reduceViewer(mode: ViewerMode, key: Key, role: ViewerRole, stage: Position, ctx: PresenterContext): ViewerUpdate {
  if (mode.kind === 'following') {
    if (isChar(key, 'f')) return { mode };
    const seed = initialPresenterState(stage);
    const { state, effect } = reducePresenter(seed, key, ctx);
    if (effect?.type === 'quit') return { mode, quit: true };
    return departsFrom(state, stage) ? { mode: { kind: 'browsing', presenter: state } } : { mode };
  }
  const typing = mode.presenter.mode.kind === 'search';
  if (role === 'viewer' && !typing && isChar(key, 'f')) return { mode: { kind: 'following' } };
  const { state, effect } = reducePresenter(mode.presenter, key, ctx);
  if (effect?.type === 'quit') return { mode, quit: true };
  const next: ViewerUpdate = { mode: { kind: 'browsing', presenter: state } };
  if (role === 'presenter' && !samePosition(state.position, mode.presenter.position)) next.move = state.position;
  return next;
}

/** A presenter's state after the stage moved elsewhere (the teacher pressed a key): jump there. */
export function followStage(mode: ViewerMode, stage: Position): ViewerMode {
  if (mode.kind !== 'browsing' || samePosition(mode.presenter.position, stage)) return mode;
  return { kind: 'browsing', presenter: { ...mode.presenter, position: stage } };
}
