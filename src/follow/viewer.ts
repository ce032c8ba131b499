/**
 * One remote viewer, whatever carries its bytes (an SSH channel, a local socket): it owns
 * the viewer's mode, screen size and look, turns the stage into Frames and writes only what
 * changed. Slow readers get the latest Frame once they catch up, never a growing queue; a
 * reader that stays stuck is dropped.
 */
import type { Position } from '../deck/types.js';
import { clampViewport, screenViewport, type Frame, type Viewport } from '../render/frame.js';
import { makeStyles, type ColorLevel, type Styles } from '../theme/styles.js';
import type { Theme } from '../theme/theme.js';
import { screenFor, sessionContext } from '../session/presenter-session.js';
import { decodeKeys } from '../session/key-decoder.js';
import type { PresenterContext } from '../session/presenter.js';
import type { FrameCache } from './frame-cache.js';
import { browseTicket, DEFAULT_PACE, KeyBucket, RenderBudget, type PaceLimits } from './viewer-pace.js';
import { FrameWriter, JOIN_SCREEN, RESTORE_SCREEN } from './frame-writer.js';
import type { Stage, StageSnapshot } from './stage.js';
import { followStage, initialViewerMode, reduceViewer, type ViewerMode, type ViewerRole } from '../session/viewer.js';

/** The connection under a viewer. */
export interface ViewerIo {
  write(data: string): void;
  /** Bytes written that the peer has not taken yet. */
  unsent(): number;
  /** Calls `listener` whenever some of the unsent bytes have gone out. */
  onDrain(listener: () => void): void;
  /** Ends the connection after what was written; `failed` when the viewer was turned away. */
  end(failed?: boolean): void;
  /** Drops the connection now (the peer stopped reading). */
  destroy(): void;
}

/** Limits that protect the server from one viewer. */
export interface ViewerLimits {
  /** Above this many unsent bytes, updates wait and only the latest Frame is sent. */
  softUnsent: number;
  /** Above this many unsent bytes the connection is dropped. */
  maxUnsent: number;
  /** A viewer with updates waiting this long without draining is dropped. */
  stallMs: number;
  /** Window-change bursts are laid out once, this long after the last. */
  resizeSettleMs: number;
}

/** Defaults: 1 MB of unsent output at most, 20 s to catch up. */
export const DEFAULT_VIEWER_LIMITS: ViewerLimits = { softUnsent: 64 * 1024, maxUnsent: 1024 * 1024, stallMs: 20_000, resizeSettleMs: 30 };

/** How a viewer's slides look. */
export interface ViewerLook {
  theme: Theme;
  level: ColorLevel;
  ascii: boolean;
}

/** What a viewer needs from the server. */
export interface ViewerOptions {
  stage: Stage;
  frames: FrameCache;
  look: ViewerLook;
  role: ViewerRole;
  io: ViewerIo;
  /** The terminal's size as reported (any numbers: they are clamped). */
  columns: number;
  rows: number;
  limits?: ViewerLimits;
  /** How fast this viewer may make the server work. */
  pace?: PaceLimits;
  /** Render time shared by the room's browsing viewers (one per room). */
  budget?: RenderBudget;
  /** Called once when the viewer is gone, whatever the reason. */
  onClose?: () => void;
}

/** Input read from one packet: far more than a key burst's escape sequences. */
const MAX_INPUT_CHARS = 4096;

/** A terminal size from what a client reported: 0 (unknown) means 80x24; at most 400x200. */
export function viewerViewport(columns: number, rows: number): Viewport {
  const known = (n: number) => Number.isFinite(n) && n > 0;
  const screen = clampViewport(known(columns) ? columns : 80, known(rows) ? rows : 24);
  // One line short of the screen, as the presenter's own view and `lectern print` draw.
  return screenViewport(screen.width, screen.height);
}

/** A viewer's session from join to leave. */
export class Viewer {
  private mode: ViewerMode;
  private viewport: Viewport;
  private readonly styles: Styles;
  private readonly writer = new FrameWriter();
  private readonly limits: ViewerLimits;
  private ctx: PresenterContext;
  private ctxFor: { generation: number; viewport: Viewport };
  private unsubscribe: (() => void) | undefined;
  private resizeTimer: NodeJS.Timeout | undefined;
  private redrawTimer: NodeJS.Timeout | undefined;
  private lastDraw = -Infinity;
  private readonly pace: PaceLimits;
  private readonly keys: KeyBucket;
  private readonly budget: RenderBudget;
  private readonly ticket = browseTicket(() => this.redraw());
  private stallTimer: NodeJS.Timeout | undefined;
  private waiting = false;
  private closed = false;

  constructor(private readonly options: ViewerOptions) {
    const { stage, look } = options;
    this.limits = options.limits ?? DEFAULT_VIEWER_LIMITS;
    this.pace = options.pace ?? DEFAULT_PACE;
    this.keys = new KeyBucket(this.pace.keysPerSecond, this.pace.keyBurst);
    this.budget = options.budget ?? new RenderBudget(this.pace.browseShare, this.pace.browseBurstMs);
    this.styles = makeStyles(look.theme, look.level, { ascii: look.ascii });
    this.viewport = viewerViewport(options.columns, options.rows);
    this.mode = initialViewerMode(options.role, stage.snapshot.position);
    const snap = stage.snapshot;
    this.ctx = sessionContext({ deck: snap.deck, strings: snap.strings, viewport: this.viewport, styles: this.styles, role: 'viewer' });
    this.ctxFor = { generation: snap.generation, viewport: this.viewport };
  }

  /** Who this viewer is. */
  get role(): ViewerRole {
    return this.options.role;
  }

  /** Whether the viewer follows the stage now. */
  get following(): boolean {
    return this.mode.kind === 'following';
  }

  /** The size the viewer's Frames are laid out for. */
  get size(): Viewport {
    return this.viewport;
  }

  /** Takes over the screen and shows the stage; from now on follows its changes. */
  start(): void {
    if (this.closed) return;
    this.options.io.onDrain(() => this.drained());
    this.options.io.write(JOIN_SCREEN);
    this.unsubscribe = this.options.stage.subscribe((snap, mover) => this.stageChanged(snap, mover));
    this.redraw();
  }

  /** Draws again what the viewer sees (a picture on it was decoded); only changed lines are sent. */
  refresh(): void {
    this.redraw();
  }

  /**
   * Bytes typed by the viewer: decoded safely, unknown sequences dropped, keys beyond the
   * viewer's key rate dropped too. Its screen is redrawn once for a burst of keys.
   */
  input(data: string): void {
    // Over the key rate: not even decoded. A packet longer than any burst of keys is cut.
    if (this.closed || !this.keys.ready()) return;
    const stage = this.options.stage;
    let move: Position | undefined;
    for (const key of decodeKeys(data.length > MAX_INPUT_CHARS ? data.slice(0, MAX_INPUT_CHARS) : data)) {
      if (!this.keys.take()) break;
      const update = reduceViewer(this.mode, key, this.options.role, move ?? stage.snapshot.position, this.context());
      this.mode = update.mode;
      if (update.quit) {
        this.close();
        return;
      }
      if (update.move) move = update.move;
    }
    // A presenter's burst of keys (a held →) moves everyone once, to where it ended.
    if (move) stage.move(move, this);
    this.scheduleRedraw();
  }

  /** The terminal was resized; bursts are laid out once when they settle. */
  resize(columns: number, rows: number): void {
    if (this.closed) return;
    clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => {
      const next = viewerViewport(columns, rows);
      if (next.width === this.viewport.width && next.height === this.viewport.height) return;
      this.viewport = next;
      // The terminal reflowed what it showed: paint everything again.
      this.writer.invalidate();
      this.redraw();
    }, this.limits.resizeSettleMs);
  }

  /** Leaves: gives the viewer its screen back and ends the connection. Safe to call twice. */
  close(message?: string): void {
    if (this.closed) return;
    this.closed = true;
    this.dispose();
    const io = this.options.io;
    io.write(RESTORE_SCREEN + (message === undefined ? '' : `${message}\r\n`));
    io.end();
    this.options.onClose?.();
  }

  /** The connection is gone (the peer hung up): forget everything, write nothing. */
  gone(): void {
    if (this.closed) return;
    this.closed = true;
    this.dispose();
    this.options.onClose?.();
  }

  private dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearTimeout(this.resizeTimer);
    clearTimeout(this.stallTimer);
    clearTimeout(this.redrawTimer);
    this.budget.cancel(this.ticket);
  }

  private drop(): void {
    if (this.closed) return;
    this.closed = true;
    this.dispose();
    this.options.io.destroy();
    this.options.onClose?.();
  }

  private stageChanged(snap: StageSnapshot, mover: unknown): void {
    // A presenter jumps along when someone else moved the stage.
    const newDeck = snap.generation !== this.ctxFor.generation;
    if (this.options.role === 'presenter' && mover !== this) this.mode = followStage(this.mode, snap.position);
    // A new deck: browsing positions may not exist in it any more; start over from the stage.
    if (newDeck && this.mode.kind === 'browsing') this.mode = initialViewerMode(this.options.role, snap.position);
    // Followers see the stage at once; a browsing viewer's status bar (where the presenter
    // is) waits its turn, after every follower has been served.
    if (this.mode.kind === 'following') this.redraw();
    else this.scheduleRedraw();
  }

  private context(): PresenterContext {
    const snap = this.options.stage.snapshot;
    if (snap.generation !== this.ctxFor.generation || this.viewport !== this.ctxFor.viewport) {
      this.ctx = sessionContext({ deck: snap.deck, strings: snap.strings, viewport: this.viewport, styles: this.styles, role: 'viewer' });
      this.ctxFor = { generation: snap.generation, viewport: this.viewport };
    }
    return this.ctx;
  }

  private frame(): Frame {
    const snap = this.options.stage.snapshot;
    if (this.mode.kind === 'following') return this.options.frames.follower(snap, this.viewport, this.styles);
    const ctx = this.context();
    const screen = screenFor(this.mode.presenter, ctx, this.viewport, this.styles);
    // No lesson links for remote viewers: the one hint about `f` is the viewer's own.
    screen.keyHint = '';
    if (this.options.role === 'viewer' && screen.notice === undefined) {
      screen.notice = snap.strings.presenterAt(snap.position.slide + 1, snap.deck.slides.length);
    }
    return this.options.frames.screen(snap.generation, screen);
  }

  /**
   * Redraws soon: keys arriving meanwhile are coalesced into one screen, no sooner than the
   * viewer's shortest interval; a browsing viewer then waits its turn for the room's
   * browsing budget.
   */
  private scheduleRedraw(): void {
    if (this.closed || this.redrawTimer !== undefined) return;
    const wait = Math.max(0, this.lastDraw + this.pace.minRedrawMs - performance.now());
    this.redrawTimer = setTimeout(() => {
      this.redrawTimer = undefined;
      if (this.budgeted()) this.budget.request(this.ticket);
      else this.redraw();
    }, wait);
  }

  /** Whether this viewer's renders come out of the room's browsing budget (a remote presenter's never do). */
  private budgeted(): boolean {
    return this.mode.kind === 'browsing' && this.options.role === 'viewer';
  }

  private redraw(): void {
    if (this.closed) return;
    const io = this.options.io;
    if (io.unsent() > this.limits.softUnsent) {
      // Behind: send nothing now, only the latest Frame once it drains, or drop it if it never does.
      this.waiting = true;
      this.stallTimer ??= setTimeout(() => this.drop(), this.limits.stallMs);
      return;
    }
    this.waiting = false;
    clearTimeout(this.stallTimer);
    this.stallTimer = undefined;
    const started = performance.now();
    const frame = this.frame();
    this.lastDraw = performance.now();
    if (this.budgeted()) this.budget.spend(this.lastDraw - started, this.ticket);
    const bytes = this.writer.next(frame);
    if (bytes !== '') io.write(bytes);
    if (io.unsent() > this.limits.maxUnsent) this.drop();
  }

  private drained(): void {
    if (this.waiting && this.options.io.unsent() <= this.limits.softUnsent) this.redraw();
  }
}
