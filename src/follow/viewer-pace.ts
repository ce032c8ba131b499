/**
 * How fast one remote viewer may make the server work: a key rate per viewer, a shortest
 * time between its screens, and one render budget the whole room's browsing viewers share,
 * so viewers mashing keys on huge screens cannot slow the presenter or the followers.
 * Token buckets over an injectable clock.
 */

/** The pace every viewer keeps. */
export interface PaceLimits {
  /** Keys a viewer may press per second, on average… */
  keysPerSecond: number;
  /** …and at once (a held key's burst, a paste). */
  keyBurst: number;
  /** A viewer's own screen is redrawn at most this often (keys in between are coalesced). */
  minRedrawMs: number;
  /** Share of one core that browsing viewers' renders may take, together. */
  browseShare: number;
  /** Render time browsing viewers may spend at once before the share applies. */
  browseBurstMs: number;
}

/** A held arrow key repeats about 30 times a second; a person reads far slower. */
export const DEFAULT_PACE: PaceLimits = { keysPerSecond: 40, keyBurst: 80, minRedrawMs: 33, browseShare: 0.25, browseBurstMs: 60 };

/** A token bucket: `take` spends one token if there is one. */
export class KeyBucket {
  private tokens: number;
  private at: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.tokens = burst;
    this.at = now();
  }

  /** Whether a key could be taken now (without taking it). */
  ready(): boolean {
    this.refill();
    return this.tokens >= 1;
  }

  /** Whether one more key may be taken now. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens--;
    return true;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) * this.perSecond) / 1000);
    this.at = now;
  }
}

/** A browsing viewer waiting for render time. */
export interface BrowseTicket {
  /** Draws the viewer's screen (and reports the time through `spend`). */
  run(): void;
  /** Render time this viewer used lately (halved each second): the least-served go first. */
  recent: number;
  recentAt: number;
}

/** A new ticket for a viewer whose screen `run` draws. */
export function browseTicket(run: () => void): BrowseTicket {
  return { run, recent: 0, recentAt: 0 };
}

/**
 * Render time shared by a room's browsing viewers: spent as used, refilled at a share of a
 * core. Viewers that want to draw queue up; when time is available, the one that used least
 * lately goes first, so viewers mashing keys on huge screens cannot starve a student who
 * browses calmly.
 */
export class RenderBudget {
  private balance: number;
  private at: number;
  private readonly waiting = new Set<BrowseTicket>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly share: number,
    private readonly burstMs: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.balance = burstMs;
    this.at = now();
  }

  /** How long to wait before the next browsing render may start (0: now). */
  waitMs(): number {
    this.refill();
    return this.balance >= 0 ? 0 : Math.ceil(-this.balance / this.share);
  }

  /** Records `ms` of render time, by `ticket`'s viewer when given. */
  spend(ms: number, ticket?: BrowseTicket): void {
    this.refill();
    this.balance -= ms;
    if (ticket) {
      ticket.recent = recentOf(ticket, this.now()) + ms;
      ticket.recentAt = this.now();
    }
  }

  /** Queues `ticket` to run once render time is available (once, however often asked). */
  request(ticket: BrowseTicket): void {
    this.waiting.add(ticket);
    this.pump();
  }

  /** Takes `ticket` out of the queue (its viewer left). */
  cancel(ticket: BrowseTicket): void {
    this.waiting.delete(ticket);
  }

  private pump(): void {
    if (this.timer !== undefined || this.waiting.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.waitMs() === 0) {
        const now = this.now();
        let next: BrowseTicket | undefined;
        for (const t of this.waiting) if (!next || recentOf(t, now) < recentOf(next, now)) next = t;
        if (next) {
          this.waiting.delete(next);
          next.run();
        }
      }
      this.pump();
    }, this.waitMs());
  }

  private refill(): void {
    const now = this.now();
    this.balance = Math.min(this.burstMs, this.balance + (now - this.at) * this.share);
    this.at = now;
  }
}

/** A ticket's recent render time as of `now`. */
function recentOf(ticket: BrowseTicket, now: number): number {
  return ticket.recent * 0.5 ** ((now - ticket.recentAt) / 1000);
}
