/**
 * A log that a flood cannot flood: at most so many lines a minute pass; the rest are counted
 * and reported in one line when the next minute's first line is written.
 */

/** Lines per window that pass before the rest are only counted. */
const LINES_PER_WINDOW = 30;
const WINDOW_MS = 60_000;

/** Rate-limits one kind of log line (failed logins, refused connections). */
export class LogLimiter {
  private windowStart = -Infinity;
  private written = 0;
  private dropped = 0;

  constructor(
    private readonly log: (line: string) => void,
    private readonly now: () => number = Date.now,
    private readonly perWindow = LINES_PER_WINDOW,
  ) {}

  /** Writes `text`, unless this window's lines are used up. */
  line(text: string): void {
    const now = this.now();
    if (now - this.windowStart >= WINDOW_MS) {
      if (this.dropped > 0) this.log(`(${this.dropped} more such lines not shown)`);
      this.windowStart = now;
      this.written = 0;
      this.dropped = 0;
    }
    if (this.written < this.perWindow) {
      this.written++;
      this.log(text);
    } else {
      this.dropped++;
    }
  }
}
