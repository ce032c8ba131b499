import { describe, expect, test } from 'vitest';
import { DEFAULT_LOGIN_LIMITS, PasswordPenalty, penaltyMs, sourceOf, STAGE_GRACE_MS, StartupPool } from '../../../../src/follow/ssh/limits.js';

/** A clock the test moves. */
function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('login deadlines and caps', () => {
  test("are OpenSSH's where it has them, and longer than the old 10 s login", () => {
    expect(DEFAULT_LOGIN_LIMITS.kexMs).toBe(10_000);
    expect(DEFAULT_LOGIN_LIMITS.loginGraceMs).toBe(120_000);
    expect(DEFAULT_LOGIN_LIMITS.maxAuthTries).toBe(6);
    expect(DEFAULT_LOGIN_LIMITS.sessionMs).toBe(10_000);
  });
});

describe('wrong passwords from one address', () => {
  const schedule = DEFAULT_LOGIN_LIMITS.penalty;

  test('wait longer each time, up to a cap', () => {
    const waits = [1, 2, 3, 4, 5, 6, 20].map((n) => penaltyMs(schedule, n));
    expect(waits).toEqual([500, 1000, 2000, 4000, 4000, 4000, 4000]);
  });

  test('50 guesses over one connection after another take minutes, not a fraction of a second', () => {
    const c = clock();
    const penalty = new PasswordPenalty(schedule, c.now);
    let elapsed = 0;
    for (let i = 0; i < 50; i++) {
      // Each guess waits for the answer to the one before.
      const wait = penalty.fail('10.0.0.66');
      c.advance(wait);
      elapsed += wait;
    }
    expect(elapsed).toBeGreaterThanOrEqual(60_000);
  });

  test('guesses over 32 parallel connections still take tens of seconds: answers queue per address', () => {
    const c = clock();
    const penalty = new PasswordPenalty(schedule, c.now);
    // Every connection guesses at once, and again the moment its answer arrives.
    const answerAt: number[] = [];
    for (let conn = 0; conn < DEFAULT_LOGIN_LIMITS.maxStartupsPerAddress; conn++) answerAt.push(c.now() + penalty.fail('10.0.0.66'));
    let guesses = answerAt.length;
    while (guesses < 50) {
      const next = Math.min(...answerAt);
      const conn = answerAt.indexOf(next);
      c.advance(next - c.now());
      answerAt[conn] = c.now() + penalty.fail('10.0.0.66');
      guesses++;
    }
    // The 50th guess could only be made once 18 answers had come back.
    expect(c.now() - 1_000_000).toBeGreaterThanOrEqual(30_000);
  });

  test('another address is not held up, and an address is forgiven after a quiet while', () => {
    const c = clock();
    const penalty = new PasswordPenalty(schedule, c.now);
    for (let i = 0; i < 10; i++) penalty.fail('10.0.0.66');
    expect(penalty.fail('10.0.0.7')).toBe(500);
    c.advance(schedule.forgetMs + 1);
    expect(penalty.failures('10.0.0.66')).toBe(0);
    expect(penalty.fail('10.0.0.66')).toBe(500);
  });

  test('remembers a bounded number of addresses', () => {
    const penalty = new PasswordPenalty(schedule, () => 0, 3);
    for (const a of ['a', 'b', 'c', 'd']) penalty.fail(a);
    expect(penalty.failures('a')).toBe(0);
    expect(penalty.failures('d')).toBe(1);
  });
});

describe('connections on their way in', () => {
  test('a newcomer over the cap pushes out a silent one first, then an idle one, never one at its login', () => {
    const c = clock();
    const pool = new StartupPool<string>({ maxStartups: 3, maxStartupsPerAddress: 3 }, c.now);
    pool.admit('student', '10.0.0.7');
    pool.progress('student', 'authenticating');
    pool.admit('idle', '10.0.0.66');
    pool.progress('idle', 'idle');
    c.advance(10);
    pool.admit('silent', '10.0.0.66');
    expect(pool.admit('new1', '10.0.0.66')).toEqual({ admit: true, evict: 'silent' });
    pool.progress('new1', 'authenticating');
    expect(pool.admit('new2', '10.0.0.66')).toEqual({ admit: true, evict: 'idle' });
    pool.progress('new2', 'authenticating');
    // Everyone left is at a login prompt: the newcomer is refused, as MaxStartups does.
    expect(pool.admit('new3', '10.0.0.66')).toEqual({ admit: false });
    expect(pool.size).toBe(3);
  });

  test('a connection that just started its handshake is not pushed out by a crowd of newcomers', () => {
    const c = clock();
    const pool = new StartupPool<string>({ maxStartups: 2, maxStartupsPerAddress: 2 }, c.now);
    pool.admit('student', '127.0.0.1');
    pool.progress('student', 'handshaking');
    pool.admit('crowd0', '127.0.0.1');
    // Newcomers push one another out, never the student in the middle of its handshake.
    for (let i = 1; i <= 100; i++) {
      c.advance(5);
      expect(pool.admit(`crowd${i}`, '127.0.0.1')).toEqual({ admit: true, evict: `crowd${i - 1}` });
    }
    // Long after, a handshake that never finished may go.
    pool.progress(`crowd100`, 'handshaking');
    c.advance(STAGE_GRACE_MS);
    expect(pool.admit('late', '127.0.0.1')).toEqual({ admit: true, evict: 'student' });
  });

  test('the oldest of the least promising goes first, from the address holding most', () => {
    const c = clock();
    const pool = new StartupPool<string>({ maxStartups: 4, maxStartupsPerAddress: 4 }, c.now);
    pool.admit('mine', '10.0.0.7');
    c.advance(1);
    for (const name of ['h1', 'h2', 'h3']) {
      pool.admit(name, '10.0.0.66');
      c.advance(1);
    }
    expect(pool.admit('next', '10.0.0.8')).toEqual({ admit: true, evict: 'h1' });
  });

  test('one address over its own cap only pushes out its own connections', () => {
    const pool = new StartupPool<string>({ maxStartups: 100, maxStartupsPerAddress: 2 });
    pool.admit('other', '10.0.0.7');
    pool.admit('a1', '10.0.0.66');
    pool.admit('a2', '10.0.0.66');
    expect(pool.admit('a3', '10.0.0.66')).toEqual({ admit: true, evict: 'a1' });
    expect(pool.from('10.0.0.66')).toBe(2);
    expect(pool.from('10.0.0.7')).toBe(1);
  });

  test('a connection that joined or closed leaves the pool', () => {
    const pool = new StartupPool<string>({ maxStartups: 1, maxStartupsPerAddress: 1 });
    pool.admit('a', '10.0.0.7');
    pool.remove('a');
    expect(pool.size).toBe(0);
    expect(pool.admit('b', '10.0.0.7')).toEqual({ admit: true });
    expect(pool.makeRoom()).toBe('b');
    expect(pool.makeRoom()).toBeUndefined();
  });
});

describe('sources', () => {
  test('an IPv4 address is its own source, also mapped into IPv6; an IPv6 address counts by its /64', () => {
    expect(sourceOf('10.0.0.7')).toBe('10.0.0.7');
    expect(sourceOf('::ffff:10.0.0.7')).toBe('10.0.0.7');
    expect(sourceOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(sourceOf('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(sourceOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(sourceOf('::1')).toBe('0:0:0:0::/64');
    expect(sourceOf('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
