import { describe, expect, test, vi } from 'vitest';
import { browseTicket, KeyBucket, RenderBudget } from '../../../src/follow/viewer-pace.js';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('viewer pace', () => {
  test('keys: a burst, then the steady rate', () => {
    const c = clock();
    const bucket = new KeyBucket(40, 80, c.now);
    let taken = 0;
    for (let i = 0; i < 1000; i++) if (bucket.take()) taken++;
    expect(taken).toBe(80);
    c.advance(1000);
    taken = 0;
    for (let i = 0; i < 1000; i++) if (bucket.take()) taken++;
    expect(taken).toBe(40);
  });

  test('browsing renders: once the shared burst is spent, they wait for their share of a core', () => {
    const c = clock();
    const budget = new RenderBudget(0.25, 60, c.now);
    expect(budget.waitMs()).toBe(0);
    budget.spend(100);
    // 40 ms over: at a quarter of a core that is 160 ms of waiting.
    expect(budget.waitMs()).toBe(160);
    c.advance(160);
    expect(budget.waitMs()).toBe(0);
    // Over a long run, renders take at most the share.
    let spent = 0;
    for (let t = 0; t < 10_000; t += 5) {
      if (budget.waitMs() === 0) {
        budget.spend(20);
        spent += 20;
      }
      c.advance(5);
    }
    expect(spent).toBeLessThanOrEqual(0.25 * 10_000 + 80);
  });
});

describe('the browsing queue', () => {
  test('a calm viewer is served before viewers that used the budget lately', () => {
    vi.useFakeTimers();
    try {
      const budget = new RenderBudget(0.25, 60, () => Date.now());
      const order: string[] = [];
      // Two mashers that want a 100 ms render every time they are served.
      const mashers = ['m1', 'm2'].map((name) => {
        const ticket = browseTicket(() => {
          order.push(name);
          budget.spend(100, ticket);
          budget.request(ticket);
        });
        return ticket;
      });
      for (const t of mashers) budget.request(t);
      vi.advanceTimersByTime(2000);
      const calm = browseTicket(() => {
        order.push('calm');
        budget.spend(2, calm);
      });
      const before = order.length;
      budget.request(calm);
      // Served at the next opening, ahead of both mashers.
      vi.advanceTimersByTime(1000);
      expect(order[before]).toBe('calm');
      // And over 10 s the mashers together stay within the quarter of a core.
      const served = order.length;
      vi.advanceTimersByTime(10_000);
      expect((order.length - served) * 100).toBeLessThanOrEqual(0.25 * 10_000 + 200);
      for (const t of mashers) budget.cancel(t);
    } finally {
      vi.useRealTimers();
    }
  });
});
