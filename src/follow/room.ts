/**
 * The room: everyone watching one stage, over any transport. It admits viewers up to the
 * limit, gives each the same look (the presenter's theme at the viewer's color depth) and a
 * shared Frame cache, and reports how many watch.
 */
import { loadPictures, onPicturesChanged } from '../load/images/picture-store.js';
import type { Theme } from '../theme/theme.js';
import { AddressShare, defaultViewersPerAddress } from './address-share.js';
import { FrameCache } from './frame-cache.js';
import type { Stage } from './stage.js';
import { colorLevelForTerm } from './term-level.js';
import { Viewer, type ViewerIo, type ViewerLimits } from './viewer.js';
import { DEFAULT_PACE, RenderBudget, type PaceLimits } from './viewer-pace.js';
import type { ViewerRole } from '../session/viewer.js';
import { isUtf8Locale, type LocaleEnv } from '../theme/locale.js';

/** How a room is set up. */
export interface RoomOptions {
  stage: Stage;
  theme: Theme;
  ascii: boolean;
  /** Viewers beyond this many are turned away with a message (presenters are not counted). */
  maxViewers: number;
  /** Viewers one address may have at once (./address-share.ts); default half of `maxViewers`. */
  maxViewersPerAddress?: number;
  limits?: ViewerLimits;
  /** How fast each viewer may make the server work (keys, redraws, the browsing budget). */
  pace?: PaceLimits;
  /** Told the number of viewers whenever it changes. */
  onAudience?: (viewers: number) => void;
}

/** A client asking to watch. */
export interface JoinRequest {
  io: ViewerIo;
  role: ViewerRole;
  /** As the client reported them (clamped later). */
  columns: number;
  rows: number;
  /** TERM from the pty request, for the color depth. */
  term: string | undefined;
  /** The locale variables the client sent, if any: a non-UTF-8 one gets ASCII drawing. */
  locale?: LocaleEnv;
  /** Who counts as one address for the per-address share (`sourceOf`); none for local followers. */
  source?: string;
  /** Told why, when the client is turned away. */
  onRefused?: (refusal: JoinRefusal) => void;
}

/** Why a client was turned away: the room (or its presenters' places) is full, or its address has its share. */
export type JoinRefusal = { reason: 'full'; max: number } | { reason: 'address'; max: number };

/** Remote presenters at once; more are turned away like viewers. */
const MAX_PRESENTERS = 4;

/** Everyone watching one stage. */
export class Room {
  /** Follower Frames shared by every viewer of the room. */
  readonly frames = new FrameCache();
  /** Render time the room's browsing viewers share, so they cannot slow the followers. */
  private readonly budget: RenderBudget;
  private readonly members = new Set<Viewer>();
  private viewerCount = 0;
  private presenterCount = 0;
  private readonly share: AddressShare;
  private stopPictures: (() => void) | undefined;

  constructor(private readonly options: RoomOptions) {
    const pace = options.pace ?? DEFAULT_PACE;
    this.budget = new RenderBudget(pace.browseShare, pace.browseBurstMs);
    this.share = new AddressShare(options.maxViewersPerAddress ?? defaultViewersPerAddress(options.maxViewers));
  }

  /**
   * While anyone watches, viewers see the pictures of the slide shown (and the next) as
   * soon as they are decoded, whoever moved there; one decoded picture serves every size.
   */
  private watchPictures(): void {
    const stage = this.options.stage;
    const load = () => {
      const { deck, position } = stage.snapshot;
      void loadPictures(
        deck,
        [position.slide, position.slide + 1].filter((i) => i < deck.slides.length),
      );
    };
    const stopStage = stage.subscribe(load);
    load();
    const stopRedraws = onPicturesChanged(() => {
      for (const viewer of this.members) viewer.refresh();
    });
    this.stopPictures = () => {
      stopStage();
      stopRedraws();
      this.stopPictures = undefined;
    };
  }

  /** Viewers watching now (presenters not counted). */
  get viewers(): number {
    return this.viewerCount;
  }

  /** Everyone connected now, presenters included. */
  get size(): number {
    return this.members.size;
  }

  /** Everyone the room can hold at once, presenters included. */
  get capacity(): number {
    return this.options.maxViewers + MAX_PRESENTERS;
  }

  /** Viewers one address may have at once. */
  get maxViewersPerAddress(): number {
    return this.share.cap;
  }

  /** The stage this room follows. */
  get stage() {
    return this.options.stage;
  }

  /**
   * Lets a client in and shows it the stage; undefined when the room is full or the client's
   * address has its share of it, after telling the client so and ending its connection.
   */
  join(request: JoinRequest): Viewer | undefined {
    const { role, io, source } = request;
    const strings = this.options.stage.snapshot.strings;
    const refuse = (refusal: JoinRefusal, message: string) => {
      io.write(`${message}\r\n`);
      io.end(true);
      request.onRefused?.(refusal);
      return undefined;
    };
    const max = role === 'viewer' ? this.options.maxViewers : MAX_PRESENTERS;
    if ((role === 'viewer' ? this.viewerCount : this.presenterCount) >= max) return refuse({ reason: 'full', max }, strings.serverFull(max));
    // Presenters hold keys the teacher gave them: only viewers count against their address.
    const counted = role === 'viewer' && source !== undefined;
    if (counted && !this.share.take(source)) return refuse({ reason: 'address', max: this.share.cap }, strings.addressFull(this.share.cap));
    const viewer: Viewer = new Viewer({
      stage: this.options.stage,
      frames: this.frames,
      look: { theme: this.options.theme, ascii: this.options.ascii || !isUtf8Locale(request.locale ?? {}), level: colorLevelForTerm(request.term) },
      role,
      io,
      columns: request.columns,
      rows: request.rows,
      ...(this.options.limits ? { limits: this.options.limits } : {}),
      ...(this.options.pace ? { pace: this.options.pace } : {}),
      budget: this.budget,
      // The address it counted against is released when it leaves.
      onClose: () => this.leave(viewer, counted ? source : undefined),
    });
    if (this.members.size === 0) this.watchPictures();
    this.members.add(viewer);
    if (role === 'viewer') this.viewerCount++;
    else this.presenterCount++;
    if (role === 'viewer') this.options.onAudience?.(this.viewerCount);
    viewer.start();
    return viewer;
  }

  /** Sends everyone away (the server stops), giving their screens back. */
  closeAll(message?: string): void {
    for (const viewer of [...this.members]) viewer.close(message);
  }

  private leave(viewer: Viewer, source: string | undefined): void {
    if (!this.members.delete(viewer)) return;
    if (source !== undefined) this.share.release(source);
    if (this.members.size === 0) this.stopPictures?.();
    if (viewer.role === 'viewer') {
      this.viewerCount--;
      this.options.onAudience?.(this.viewerCount);
    } else {
      this.presenterCount--;
    }
  }
}
