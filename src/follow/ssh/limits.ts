/**
 * What keeps one client (or one address) from locking students out, modelled on OpenSSH's
 * LoginGraceTime, MaxAuthTries, MaxStartups, PerSourceMaxStartups and PerSourcePenalties:
 * deadlines for each stage of a login, a bounded pool of connections that have not joined
 * the room yet, and a growing delay after wrong passwords from the same address.
 * Pure bookkeeping with an injectable clock; the server owns the sockets and timers.
 */

/** Deadlines and caps for connections on their way into the room. */
export interface LoginLimits {
  /** The key exchange must be done this long after the TCP connection opened. */
  kexMs: number;
  /** The login must be done this long after the TCP connection opened (LoginGraceTime). */
  loginGraceMs: number;
  /** A logged-in connection must have its shell this long after logging in. */
  sessionMs: number;
  /** Failed attempts (passwords, keys) allowed on one connection (MaxAuthTries). */
  maxAuthTries: number;
  /** Connections not in the room yet, from everywhere (MaxStartups). */
  maxStartups: number;
  /** Connections not in the room yet, from one address (PerSourceMaxStartups). */
  maxStartupsPerAddress: number;
  /** Wrong passwords from one address are answered no sooner than this schedule allows. */
  penalty: PenaltySchedule;
}

/** How long a wrong password from an address is held before the answer goes out. */
export interface PenaltySchedule {
  /** The wait after the first wrong password. */
  firstMs: number;
  /** Each further wrong password from the address waits this many times longer… */
  factor: number;
  /** …up to this much. */
  maxMs: number;
  /** An address with no wrong password for this long starts over. */
  forgetMs: number;
}

/** OpenSSH's values where it has them (LoginGraceTime 120, MaxAuthTries 6). */
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  kexMs: 10_000,
  loginGraceMs: 120_000,
  sessionMs: 10_000,
  maxAuthTries: 6,
  maxStartups: 128,
  maxStartupsPerAddress: 32,
  penalty: { firstMs: 500, factor: 2, maxMs: 4000, forgetMs: 10 * 60_000 },
};

/**
 * How far a connection got. The order is how much it has shown of being a real client:
 * `silent` has sent nothing, `handshaking` is in its key exchange, `idle` logged in but has
 * no shell, `authenticating` is at the login (a student typing a password).
 */
export type StartupStage = 'silent' | 'handshaking' | 'idle' | 'authenticating';

// Who makes room first. A real client sends its greeting at once and opens its shell moments
// after logging in, so a connection in those stages for long is the likeliest to be idle
// on purpose; one at its login prompt may be a student typing and is never pushed out.
const EVICTION_RANK: Record<StartupStage, number | undefined> = { silent: 0, idle: 1, handshaking: 2, authenticating: undefined };

/**
 * A connection that has just started its key exchange is left alone this long, however many
 * newcomers arrive: a student's handshake on a loaded server must not be cut by a crowd
 * reconnecting around it. Silent and idle connections have no such grace (a real client
 * opens its shell the moment it has logged in; a crowd of fresh logins must not hold places).
 */
export const STAGE_GRACE_MS = 3000;

interface Entry {
  address: string;
  stage: StartupStage;
  since: number;
}

/** The answer to a new connection. */
export type Admission<T> = { admit: true; evict?: T } | { admit: false };

/**
 * The connections that have not joined the room yet. A newcomer over a cap makes room by
 * pushing out the least promising one (a silent or idle connection, oldest first, from the
 * address holding most), so idle sockets cannot keep a student out; only when every one is
 * at its login prompt or just got further is the newcomer refused, as MaxStartups does.
 */
export class StartupPool<T> {
  private readonly entries = new Map<T, Entry>();
  private readonly perAddress = new Map<string, number>();

  constructor(
    private readonly limits: Pick<LoginLimits, 'maxStartups' | 'maxStartupsPerAddress'>,
    private readonly now: () => number = Date.now,
    private readonly graceMs = STAGE_GRACE_MS,
  ) {}

  /** Connections in the pool now. */
  get size(): number {
    return this.entries.size;
  }

  /** How many of the pool came from `address`. */
  from(address: string): number {
    return this.perAddress.get(address) ?? 0;
  }

  /**
   * Decides on a new connection from `address`. When admitted with `evict`, the caller must
   * close that connection (it has already left the pool).
   */
  admit(conn: T, address: string): Admission<T> {
    let evict: T | undefined;
    const full = this.from(address) >= this.limits.maxStartupsPerAddress ? address : this.entries.size >= this.limits.maxStartups ? null : undefined;
    if (full !== undefined) {
      evict = this.victim(full);
      if (evict === undefined) return { admit: false };
      this.remove(evict);
    }
    this.entries.set(conn, { address, stage: 'silent', since: this.now() });
    this.perAddress.set(address, this.from(address) + 1);
    return evict === undefined ? { admit: true } : { admit: true, evict };
  }

  /** Pushes the least promising connection out (see `admit`) and returns it; undefined when none may go. */
  makeRoom(): T | undefined {
    const evict = this.victim(null);
    if (evict !== undefined) this.remove(evict);
    return evict;
  }

  /** The connection got further. */
  progress(conn: T, stage: StartupStage): void {
    const entry = this.entries.get(conn);
    if (entry && entry.stage !== stage) {
      entry.stage = stage;
      entry.since = this.now();
    }
  }

  /** The connection joined the room or closed. */
  remove(conn: T): void {
    const entry = this.entries.get(conn);
    if (!entry) return;
    this.entries.delete(conn);
    const left = this.from(entry.address) - 1;
    if (left > 0) this.perAddress.set(entry.address, left);
    else this.perAddress.delete(entry.address);
  }

  /** The one to push out: only from `address` when given, else preferring the address holding most. */
  private victim(address: string | null): T | undefined {
    let best: { conn: T; rank: number; crowd: number; since: number } | undefined;
    const now = this.now();
    for (const [conn, entry] of this.entries) {
      const rank = EVICTION_RANK[entry.stage];
      if (rank === undefined || (address !== null && entry.address !== address)) continue;
      if (entry.stage === 'handshaking' && now - entry.since < this.graceMs) continue;
      const crowd = this.from(entry.address);
      const better = !best || rank < best.rank || (rank === best.rank && (crowd > best.crowd || (crowd === best.crowd && entry.since < best.since)));
      if (better) best = { conn, rank, crowd, since: entry.since };
    }
    return best?.conn;
  }
}

/**
 * Who counts as one source for the per-address caps and penalties: an IPv4 address (also
 * when it arrives as `::ffff:a.b.c.d`), or an IPv6 address's /64, which one machine can
 * fill with addresses at will (OpenSSH's PerSourceNetBlockSize does the same).
 */
export function sourceOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = address.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const groups = address.includes('::') ? [...left, ...new Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (Number.parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}

/** Addresses remembered at once; the one longest without a wrong password is forgotten first. */
const MAX_PENALIZED_ADDRESSES = 4096;

interface Penalty {
  failures: number;
  /** When the latest answer to a wrong password from here goes out. */
  releaseAt: number;
  lastFailure: number;
}

/**
 * Wrong passwords per address. Each one is answered after a wait that grows with the
 * address's failures, and after the previous wrong answer to that address: guesses over many
 * parallel connections queue up, so they cost as much time as guesses over one. A right
 * password is never held (a student behind the same address still gets in).
 */
export class PasswordPenalty {
  private readonly byAddress = new Map<string, Penalty>();

  constructor(
    private readonly schedule: PenaltySchedule,
    private readonly now: () => number = Date.now,
    private readonly maxAddresses = MAX_PENALIZED_ADDRESSES,
  ) {}

  /** Records a wrong password from `address`; returns how long to wait before saying so. */
  fail(address: string): number {
    const now = this.now();
    let entry = this.byAddress.get(address);
    if (entry && now - entry.lastFailure > this.schedule.forgetMs) entry = undefined;
    entry ??= { failures: 0, releaseAt: now, lastFailure: now };
    entry.failures++;
    entry.lastFailure = now;
    entry.releaseAt = Math.max(now, entry.releaseAt) + penaltyMs(this.schedule, entry.failures);
    // Re-insert so Map order is least recently failed first.
    this.byAddress.delete(address);
    this.byAddress.set(address, entry);
    if (this.byAddress.size > this.maxAddresses) {
      const oldest = this.byAddress.keys().next().value;
      if (oldest !== undefined) this.byAddress.delete(oldest);
    }
    return entry.releaseAt - now;
  }

  /** Wrong passwords remembered for `address`. */
  failures(address: string): number {
    const entry = this.byAddress.get(address);
    return entry && this.now() - entry.lastFailure <= this.schedule.forgetMs ? entry.failures : 0;
  }
}

/** The wait the schedule gives the `n`th wrong password (1-based) on its own. */
export function penaltyMs(schedule: PenaltySchedule, n: number): number {
  return Math.min(schedule.maxMs, schedule.firstMs * schedule.factor ** Math.max(0, n - 1));
}
