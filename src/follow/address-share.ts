/**
 * How much of the room one network address may take, so one machine (or one person with the
 * password) cannot fill it and keep students out. A whole class behind one NAT shares an
 * address, so the default share is generous (half the room) and `serve` can raise it.
 * Pure bookkeeping: the room asks before it lets a viewer in and says when one leaves.
 */

/** The part of the room one address may hold unless told otherwise. */
export const DEFAULT_ADDRESS_SHARE = 1 / 2;

/** Viewers one address may have in a room of `maxViewers` by default: half, rounded up (at least 1). */
export function defaultViewersPerAddress(maxViewers: number): number {
  return Math.max(1, Math.ceil(maxViewers * DEFAULT_ADDRESS_SHARE));
}

/** Viewers in the room per address, against one cap for every address. */
export class AddressShare {
  private readonly counts = new Map<string, number>();

  constructor(
    /** Viewers one address may have at once. */
    readonly cap: number,
  ) {}

  /** Viewers from `source` now. */
  from(source: string): number {
    return this.counts.get(source) ?? 0;
  }

  /** Counts one more viewer from `source`; false (and nothing counted) when its share is taken. */
  take(source: string): boolean {
    const now = this.from(source);
    if (now >= this.cap) return false;
    this.counts.set(source, now + 1);
    return true;
  }

  /** A viewer from `source` left. */
  release(source: string): void {
    const left = this.from(source) - 1;
    if (left > 0) this.counts.set(source, left);
    else this.counts.delete(source);
  }

  /** Addresses with viewers now. */
  get addresses(): number {
    return this.counts.size;
  }
}
