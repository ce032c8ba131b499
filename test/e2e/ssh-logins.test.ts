/**
 * Logins as a classroom needs them, against a real server on 127.0.0.1 (a student typing a
 * password after 30 s is ./ssh-slow-password.test.ts, run beside these): every stage of a login has its
 * deadline, wrong passwords cost time and are logged (never the password), and a crowd of
 * idle connections cannot keep a real OpenSSH student out.
 */
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import ssh2 from 'ssh2';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { waitForSlide } from './lectern-screen.js';
import { startPty } from './pty-screen.js';
import { eventually, removeHostKey, sshOptions, sshWithPassword, startTestServer, stopAll } from './ssh-harness.js';

afterEach(stopAll);
afterAll(removeHostKey);

/** An ssh2 client that logs in (or not) and then does nothing at all. */
function idleClient(port: number, password?: string): Promise<{ client: ssh2.Client; closed: Promise<number> }> {
  const client = new ssh2.Client();
  client.on('error', () => {});
  const started = Date.now();
  const closed = new Promise<number>((resolve) => client.on('close', () => resolve(Date.now() - started)));
  return new Promise((resolve, reject) => {
    client.once('ready', () => resolve({ client, closed }));
    client.once('error', reject);
    // Pushed out before it could say anything: ssh2 reports only the close then.
    void closed.then(() => reject(new Error('closed before logging in')));
    client.connect({ host: '127.0.0.1', port, username: 'student', ...(password === undefined ? {} : { password }), tryKeyboard: false, readyTimeout: 10_000 });
  });
}

/** One wrong password over a new connection; resolves with how long the answer took. */
function wrongPassword(port: number): Promise<number> {
  return new Promise((resolve) => {
    const client = new ssh2.Client();
    let asked = 0;
    let sentAt = 0;
    client.on('error', () => {});
    client.on('close', () => resolve(Date.now() - sentAt));
    client.connect({
      host: '127.0.0.1',
      port,
      username: 'guesser',
      readyTimeout: 30_000,
      authHandler: (_methods, _partial, next) => {
        if (asked++ > 0) {
          // The answer to the wrong password arrived: stop here.
          client.end();
          return next(false as never);
        }
        sentAt = Date.now();
        next({ type: 'password', username: 'guesser', password: 'not-it' });
      },
    });
  });
}

describe('a student logging in', () => {
  test('who never types it is closed at the login grace time', async () => {
    const server = await startTestServer({ auth: { viewerPassword: 'kvm-lxc' }, login: { loginGraceMs: 1500 } });
    const s = sshWithPassword(server.port);
    await s.waitFor(/password:/, 10_000, 'the password prompt');
    const t0 = Date.now();
    await eventually(() => server.ssh.connections() === 0, 5000, 'the server to close it');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    // ssh notices only once it has the password to send.
    s.press('too-late\r');
    const exit = await s.exited;
    expect(exit.exitCode).toBe(255);
  });

  test('a password answered after the key exchange deadline but within the grace time gets in (a slow typist, scaled)', async () => {
    // The deadlines scaled down: key exchange 400 ms, login 3 s; the password comes at 1.5 s.
    const server = await startTestServer({ auth: { viewerPassword: 'kvm-lxc' }, login: { kexMs: 400, loginGraceMs: 3000 } });
    const client = new ssh2.Client();
    client.on('error', () => {});
    const ready = new Promise<void>((resolve, reject) => {
      client.once('ready', () => resolve());
      client.once('error', reject);
    });
    client.connect({
      host: '127.0.0.1',
      port: server.port,
      username: 'student',
      readyTimeout: 10_000,
      authHandler: (_methods, _partial, next) => {
        setTimeout(() => next({ type: 'password', username: 'student', password: 'kvm-lxc' }), 1500);
      },
    });
    await ready;
    client.end();
  });

  test('a connection that logs in and opens no shell is closed, and counts toward nothing after', async () => {
    const server = await startTestServer({ login: { sessionMs: 800 } });
    const { closed } = await idleClient(server.port);
    const after = await closed;
    expect(after).toBeGreaterThanOrEqual(700);
    expect(after).toBeLessThan(5000);
    await eventually(() => server.ssh.connections() === 0, 2000, 'the server to forget it');
  });
});

describe('password guessing', () => {
  test('wrong passwords from one address are answered one after another, each later; a right one gets in at once', async () => {
    const lines: string[] = [];
    const server = await startTestServer({ auth: { viewerPassword: 'kvm-lxc' }, log: (line) => lines.push(line) });
    // Three guesses at once over three connections: they queue (0.5 s, then 1 s, then 2 s).
    const guesses = Promise.all([wrongPassword(server.port), wrongPassword(server.port), wrongPassword(server.port)]);
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    const { client } = await idleClient(server.port, 'kvm-lxc');
    expect(Date.now() - t0).toBeLessThan(2000);
    client.end();
    const waits = (await guesses).sort((a, b) => a - b);
    expect(waits[0]).toBeGreaterThanOrEqual(400);
    expect(waits[2]).toBeGreaterThanOrEqual(3000);
    // Logged, with the name and address, never the password.
    const failed = lines.filter((l) => l.startsWith('login failed'));
    expect(failed).toHaveLength(3);
    expect(failed[0]).toMatch(/^login failed: "guesser" from 127\.0\.0\.1 \(wrong password, 1 of 6\)$/);
    expect(lines.join('\n')).not.toContain('not-it');
  }, 30_000);
});

describe('a crowd of idle connections', () => {
  test('1,100 of them (silent, and logged in without a shell, reconnecting when closed) do not keep a real student out', async () => {
    // Node raises its soft descriptor limit to the hard one; this test holds ~1,200 at once.
    const limit = /Max open files\s+(\d+|unlimited)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1];
    expect(limit === 'unlimited' || Number(limit) >= 2600, `this test needs 2,600 file descriptors (ulimit -n is ${limit})`).toBe(true);
    const lines: string[] = [];
    const server = await startTestServer({ log: (line) => lines.push(line) });
    const silent = new Set<Socket>();
    let reconnects = 0;
    let stopped = false;
    const openSilent = () => {
      const socket = connect(server.port, '127.0.0.1');
      silent.add(socket);
      socket.on('error', () => {});
      socket.resume();
      socket.on('close', () => {
        silent.delete(socket);
        // The attacker comes straight back, a bounded number of times.
        if (!stopped && reconnects++ < 1500) openSilent();
      });
    };
    for (let i = 0; i < 900; i++) openSilent();
    const loggedIn: ssh2.Client[] = [];
    const attempts: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) {
      attempts.push(
        idleClient(server.port).then(
          ({ client }) => void loggedIn.push(client),
          () => {},
        ),
      );
    }
    await Promise.all(attempts);
    try {
      // Whatever the crowd does, the server holds few of them.
      expect(server.ssh.connections()).toBeLessThanOrEqual(64);
      const student = startSshStudent(server.port);
      await waitForSlide(student, 1, 30_000).catch((error: unknown) => {
        throw new Error(`${String(error)}\nssh said: ${JSON.stringify(student.rawOutput().slice(-300))}; server log: ${JSON.stringify(lines.slice(-5))}`);
      });
      expect(server.room.viewers).toBe(1);
      student.press('q');
      await student.exited;
    } finally {
      stopped = true;
      for (const s of silent) s.destroy();
      for (const c of loggedIn) c.destroy();
    }
  }, 120_000);
});

/** A real OpenSSH student on an anonymous server. */
function startSshStudent(port: number) {
  return startPty('ssh', ['-tt', ...sshOptions(port), 'student@127.0.0.1'], { cols: 80, rows: 24 });
}
