/**
 * Frames for followers, one per (deck generation, position, viewport, styles): 200 followers
 * with the same screen size share one Frame object per update, so the presenter's key costs
 * one render, and the diff between two shared Frames is computed once too (frame-writer).
 */
import { pictureVersion } from '../load/images/picture-store.js';
import type { Frame, Viewport } from '../render/frame.js';
import { renderScreen } from '../render/screens/slide-screen.js';
import type { Styles } from '../theme/styles.js';
import type { StageSnapshot } from './stage.js';

/** Enough for every size in a classroom across a few slides; older entries are dropped first. */
const MAX_ENTRIES = 512;

// Styles keys embed the whole theme; a small number per Styles object keeps cache keys short.
const styleIds = new WeakMap<Styles, number>();
let nextStyleId = 0;
function styleId(styles: Styles): number {
  let id = styleIds.get(styles);
  if (id === undefined) styleIds.set(styles, (id = nextStyleId++));
  return id;
}

/** A bounded cache of follower Frames. */
export class FrameCache {
  private readonly frames = new Map<string, Frame>();
  /** Renders done (cache misses), for tests and the benchmark. */
  renders = 0;

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  /** The Frame a follower of this size and look sees for the stage. */
  follower(stage: StageSnapshot, viewport: Viewport, styles: Styles): Frame {
    const { slide, step, scroll } = stage.position;
    // A picture decoded since changes what its slide shows (the version grows only then).
    const key = `${stage.generation}|${slide}.${step}.${scroll}|${viewport.width}x${viewport.height}|${styleId(styles)}|p${pictureVersion()}`;
    const hit = this.frames.get(key);
    if (hit) {
      // Refresh its place: Map iteration order is insertion order, the oldest goes first.
      this.frames.delete(key);
      this.frames.set(key, hit);
      return hit;
    }
    this.renders++;
    const frame = renderScreen({ deck: stage.deck, position: stage.position, viewport, styles, strings: stage.strings });
    this.frames.set(key, frame);
    if (this.frames.size > this.maxEntries) {
      const oldest = this.frames.keys().next().value;
      if (oldest !== undefined) this.frames.delete(oldest);
    }
    return frame;
  }

  /** Entries held now. */
  get size(): number {
    return this.frames.size;
  }
}
