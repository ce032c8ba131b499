/**
 * Abrupt disconnects, a thousand times: no viewer, stage listener, socket or memory is left
 * behind. (There is no React root per viewer to leak: viewers are drawn by the frame writer.)
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, expect, test } from 'vitest';
import { waitForSlide } from './lectern-screen.js';
import { connectRaw, eventually, removeHostKey, startSsh, startTestServer, stopAll } from './ssh-harness.js';

afterEach(stopAll);
afterAll(removeHostKey);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

test('1,000 connects that hang up abruptly leave nothing behind', async () => {
  const server = await startTestServer({ maxViewers: 2000 });
  const once = async (i: number) => {
    const c = await connectRaw(server.port, `student${i}`);
    await c.shell({ cols: 60 + (i % 5) * 20, rows: 20 + (i % 3) * 5 });
    await eventually(() => c.output().includes('/7'), 5000, 'first frame');
    if (i % 3 === 0) c.channel().write('\u001B[C'); // some are browsing when they vanish
    // Hang up without a goodbye: no channel close, no disconnect message.
    c.client.destroy();
    await c.closed;
  };
  const round = async (from: number, count: number) => {
    const parallel = 10;
    for (let i = from; i < from + count; i += parallel) {
      await Promise.all(Array.from({ length: parallel }, (_, k) => once(i + k)));
      if (i % 100 === 0) server.stage.move({ slide: (i / 100) % 7, step: 0, scroll: 0 });
    }
  };
  await round(0, 200);
  await eventually(() => server.room.size === 0 && server.ssh.connections() === 0, 5000, 'all gone after 200');
  const after200 = heapMb();
  await round(200, 800);
  await eventually(() => server.room.size === 0 && server.ssh.connections() === 0, 5000, 'all gone after 1000');
  const after1000 = heapMb();
  expect(server.stage.listenerCount).toBe(0);
  expect(server.room.viewers).toBe(0);
  // 800 more connections may not cost more than a few MB of retained heap.
  expect(after1000 - after200).toBeLessThan(8);
  const s = startSsh(server.port);
  await waitForSlide(s, server.stage.snapshot.position.slide + 1, 10_000);
}, 60_000);
