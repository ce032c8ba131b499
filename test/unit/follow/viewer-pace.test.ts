import { describe, expect, test } from 'vitest';
import { KeyBucket, RenderBudget } from '../../../src/follow/viewer-pace.js';

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
