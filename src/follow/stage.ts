/**
 * The stage: what the presenter shows right now (deck, position, interface language), the
 * one piece of state every viewer follows. The teacher's terminal and a remote presenter
 * move it; viewers only read it.
 */
import { clampPosition, samePosition, startPosition } from '../deck/navigate.js';
import type { Deck, Position } from '../deck/types.js';
import type { UiStrings } from '../render/ui-strings.js';

/** One state of the stage. A new `generation` means a new deck (another lesson, a reload). */
export interface StageSnapshot {
  deck: Deck;
  generation: number;
  position: Position;
  strings: UiStrings;
}

/** Told of every change, with the mover (so a remote presenter can tell its own moves apart). */
export type StageListener = (snapshot: StageSnapshot, mover: unknown) => void;

// The presenter's scroll offset is kept as it is: each viewer's renderer clamps it to what
// its own screen can scroll.
const anyScroll = () => Number.MAX_SAFE_INTEGER;

/** The shared presentation state with change listeners. */
export class Stage {
  private state: StageSnapshot;
  private readonly listeners = new Set<StageListener>();

  constructor(deck: Deck, strings: UiStrings, position: Position = startPosition) {
    this.state = { deck, generation: 0, strings, position: clampPosition(deck, position, anyScroll) };
  }

  /** The current state. */
  get snapshot(): StageSnapshot {
    return this.state;
  }

  /** Shows a deck (a new lesson, or the same one reloaded) at a position, clamped to it. */
  show(deck: Deck, strings: UiStrings, position: Position, mover?: unknown): void {
    if (deck === this.state.deck && strings === this.state.strings) {
      this.move(position, mover);
      return;
    }
    this.state = { deck, strings, generation: this.state.generation + 1, position: clampPosition(deck, position, anyScroll) };
    this.emit(mover);
  }

  /** Moves to a position in the current deck; nothing happens when it is where we are. */
  move(position: Position, mover?: unknown): void {
    const next = clampPosition(this.state.deck, position, anyScroll);
    if (samePosition(next, this.state.position)) return;
    this.state = { ...this.state, position: next };
    this.emit(mover);
  }

  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: StageListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many listeners are registered (for leak checks). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  private emit(mover: unknown): void {
    for (const listener of [...this.listeners]) listener(this.state, mover);
  }
}
