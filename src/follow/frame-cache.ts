/**
 * Every remote viewer's Frames, one per (deck generation, slide, step, scroll, size, colour
 * depth and ASCII (the Styles), overlay, status notice): 200 followers with the same screen
 * size share one Frame object per update, so the presenter's key costs one render, and the
 * diff between two shared Frames is computed once too (frame-writer). Browsing viewers use
 * it as well, so a viewer flipping through slides others have seen costs nothing, and the
 * cache is bounded by entries and by bytes, so no viewer can make it grow without end.
 */
import { pictureVersion } from '../load/images/picture-store.js';
import type { Frame } from '../render/frame.js';
import { renderScreen, type ScreenState } from '../render/screens/slide-screen.js';
import type { Styles } from '../theme/styles.js';
import type { StageSnapshot } from './stage.js';

/** Enough for every size in a classroom across a few slides; older entries are dropped first. */
const MAX_ENTRIES = 512;
/** A 400x200 Frame is a few hundred KB: bound the cache's memory, not just its entries. */
const MAX_BYTES = 48 * 1024 * 1024;
/** A screen whose notice is longer than this (a long search being typed) is not worth keeping. */
const MAX_NOTICE_KEY = 256;

// Styles keys embed the whole theme; a small number per Styles object keeps cache keys short.
const styleIds = new WeakMap<Styles, number>();
let nextStyleId = 0;
function styleId(styles: Styles): number {
  let id = styleIds.get(styles);
  if (id === undefined) styleIds.set(styles, (id = nextStyleId++));
  return id;
}

/** What decides an overlay's look, beyond the deck (its items come from the deck). */
function overlayKey(screen: ScreenState): string {
  const overlay = screen.overlay;
  if (!overlay) return '';
  if (overlay.kind === 'help') return `help:${overlay.page}:${overlay.sections.map((s) => [s.title, ...s.rows.flat()].join('\u0001')).join('\u0000')}`;
  const { list } = overlay;
  return `list:${list.title}:${list.cursor}:${list.current ?? ''}:${list.items.length}`;
}

/** The cache key of a screen, or undefined for one not worth keeping. */
function screenKey(generation: number, screen: ScreenState): string | undefined {
  // The presenter's own screen (viewers) and print's or exports' Frames (page, whole) are not viewers' screens.
  if ((screen.notice?.length ?? 0) > MAX_NOTICE_KEY || screen.viewers !== undefined || screen.page !== undefined || screen.whole !== undefined)
    return undefined;
  const { slide, step, scroll } = screen.position;
  const { width, height } = screen.viewport;
  return [
    generation,
    `${slide}.${step}.${scroll}`,
    `${width}x${height}`,
    styleId(screen.styles),
    screen.strings.lang,
    screen.keyHint ?? '*',
    screen.notice ?? '',
    overlayKey(screen),
    // A picture decoded since changes what its slide shows (the version grows only then).
    `p${pictureVersion()}`,
  ].join('|');
}

function frameBytes(frame: Frame): number {
  let bytes = 64;
  for (const line of frame.lines) bytes += line.length * 2 + 32;
  return bytes;
}

/** A bounded cache of remote viewers' Frames. */
export class FrameCache {
  private readonly frames = new Map<string, { frame: Frame; bytes: number }>();
  private bytes = 0;
  /** Renders done (cache misses), for tests and the benchmark. */
  renders = 0;

  constructor(
    private readonly maxEntries = MAX_ENTRIES,
    private readonly maxBytes = MAX_BYTES,
  ) {}

  /**
   * The Frame a follower of this size and look sees for the stage. A follower's `f` does
   * nothing, so no slide shows a key hint for it.
   */
  follower(stage: StageSnapshot, viewport: ScreenState['viewport'], styles: Styles): Frame {
    return this.screen(stage.generation, { deck: stage.deck, position: stage.position, viewport, styles, strings: stage.strings, keyHint: '' });
  }

  /** The Frame of any screen of the deck of `generation`, rendered once and shared. */
  screen(generation: number, screen: ScreenState): Frame {
    const key = screenKey(generation, screen);
    if (key === undefined) {
      this.renders++;
      return renderScreen(screen);
    }
    const hit = this.frames.get(key);
    if (hit) {
      // Refresh its place: Map iteration order is insertion order, the oldest goes first.
      this.frames.delete(key);
      this.frames.set(key, hit);
      return hit.frame;
    }
    this.renders++;
    const frame = renderScreen(screen);
    const entry = { frame, bytes: frameBytes(frame) };
    this.frames.set(key, entry);
    this.bytes += entry.bytes;
    while (this.frames.size > this.maxEntries || (this.bytes > this.maxBytes && this.frames.size > 1)) {
      const [oldest, dropped] = this.frames.entries().next().value as [string, { bytes: number }];
      this.frames.delete(oldest);
      this.bytes -= dropped.bytes;
    }
    return frame;
  }

  /** Entries held now. */
  get size(): number {
    return this.frames.size;
  }
}
