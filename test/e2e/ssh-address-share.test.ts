/**
 * One address cannot fill the room: against a real server on 127.0.0.1, clients from one
 * loopback address (who have the password) take their share of the room and no more, the
 * ones past it read why, the log says so, and a student from another address still gets in.
 */
import { afterAll, afterEach, expect, test } from 'vitest';
import { connectRaw, eventually, removeHostKey, startTestServer, stopAll, type RawClient } from './ssh-harness.js';

afterEach(stopAll);
afterAll(removeHostKey);

const PASSWORD = 'kvm-lxc';

/** Logs in from `localAddress` with the password and opens a shell. */
async function viewerFrom(port: number, localAddress: string, name: string): Promise<RawClient> {
  const c = await connectRaw(port, name, { password: PASSWORD, localAddress });
  await c.shell({ cols: 80, rows: 24 });
  return c;
}

test('clients from one address get half the room; the rest are told why, and a student from another address gets in', async () => {
  const lines: string[] = [];
  // A room of 6, which one address tries to fill: by default it may hold 3 of it.
  const server = await startTestServer({ auth: { viewerPassword: PASSWORD }, maxViewers: 6, log: (line) => lines.push(line) });
  expect(server.room.maxViewersPerAddress).toBe(3);
  const attackers = await Promise.all(Array.from({ length: 6 }, (_, i) => viewerFrom(server.port, '127.0.0.1', `filler${i}`)));
  await eventually(() => attackers.filter((c) => /\d\/7/.test(c.output())).length === 3, 10_000, 'three of them to see the slide');
  const refused = attackers.filter((c) => !/\d\/7/.test(c.output()));
  expect(refused).toHaveLength(3);
  const why = 'This presentation takes at most 3 viewers from one network address, and yours has them all. Ask the presenter to allow more.';
  for (const c of refused) {
    // Told why, then the shell ends (the client hangs up then, as OpenSSH does).
    await eventually(() => c.output().includes(why) && !c.channel().readable, 5000, 'the refusal');
    c.end();
  }
  expect(server.room.viewers).toBe(3);
  const turnedAway = lines.filter((l) => l.startsWith('turned away'));
  expect(turnedAway).toHaveLength(3);
  expect(turnedAway[0]).toMatch(/^turned away viewer "filler\d" from 127\.0\.0\.1: 3 viewers already watch from there \(--max-viewers-per-address\)$/);

  // The room still has space, and a student elsewhere takes it.
  const student = await viewerFrom(server.port, '127.0.0.2', 'student');
  await eventually(() => /\d\/7/.test(student.output()), 10_000, 'the student to see the slide');
  expect(server.room.viewers).toBe(4);
  expect(lines.some((l) => /^viewer "student" joined from 127\.0\.0\.2/.test(l))).toBe(true);
  // One of the first address's viewers leaves: that address may have a place again.
  const leaving = attackers.find((c) => !refused.includes(c))!;
  leaving.end();
  await eventually(() => server.room.viewers === 3, 5000, 'the leaver to be gone');
  const again = await viewerFrom(server.port, '127.0.0.1', 'again');
  await eventually(() => /\d\/7/.test(again.output()), 10_000, 'the returning viewer to see the slide');
  expect(server.room.viewers).toBe(4);
});
