import { expect, test } from 'vitest';
import { LogLimiter } from '../../../../src/follow/ssh/log-limiter.js';

test('a flood of log lines passes the first few a minute, then says how many it held back', () => {
  let now = 0;
  const lines: string[] = [];
  const log = new LogLimiter(
    (l) => lines.push(l),
    () => now,
    3,
  );
  for (let i = 1; i <= 100; i++) log.line(`failed ${i}`);
  expect(lines).toEqual(['failed 1', 'failed 2', 'failed 3']);
  now += 60_000;
  log.line('failed 101');
  expect(lines.slice(3)).toEqual(['(97 more such lines not shown)', 'failed 101']);
});
