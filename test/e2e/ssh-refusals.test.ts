/**
 * What `lectern serve` must survive, each against a real server on 127.0.0.1: requests it
 * refuses (exec, sftp, forwarding, agent, X11), hostile input, odd and flooding window
 * sizes, a client that stops reading, a connection that never finishes its handshake.
 * After each, the server still serves a new viewer.
 */
import { connect } from 'node:net';
import { createServer } from 'node:net';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { deckOf } from '../support/decks.js';
import { chooseStrings } from '../../src/render/ui-strings.js';
import { waitForSlide } from './lectern-screen.js';
import { startPty } from './pty-screen.js';
import { connectRaw, eventually, removeHostKey, sshOptions, startSsh, startTestServer, stopAll, type TestServer } from './ssh-harness.js';

afterEach(stopAll);
afterAll(removeHostKey);

/** A new OpenSSH viewer still joins and sees the stage's slide. */
async function stillServes(server: TestServer): Promise<void> {
  const s = startSsh(server.port);
  await waitForSlide(s, server.stage.snapshot.position.slide + 1, 10_000);
  s.press('q');
  await s.exited;
}

/** Runs plain `ssh` (no pty of ours needed) and resolves with its exit code and output. */
async function runSsh(port: number, args: string[], env: Record<string, string> = {}) {
  const s = startPty('ssh', [...sshOptions(port), ...args], { env });
  const exit = await s.exited;
  return { code: exit.exitCode, text: s.rawOutput() };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Rows that the writer positioned lines at (`ESC[row;1H`). */
function rowsDrawn(output: string): number[] {
  return [...output.matchAll(/\u001B\[(\d+);1H/g)].map((m) => Number(m[1]));
}

describe('refused by design: lectern serves slides and nothing else', () => {
  test('a command (exec) is refused', async () => {
    const server = await startTestServer();
    const { code, text } = await runSsh(server.port, ['viewer@127.0.0.1', 'cat', '/etc/passwd']);
    expect(code).not.toBe(0);
    expect(text).not.toContain('root:');
    await stillServes(server);
  });

  test('sftp and other subsystems are refused', async () => {
    const server = await startTestServer();
    const sftp = await runSsh(server.port, ['-s', 'viewer@127.0.0.1', 'sftp']);
    expect(sftp.code).not.toBe(0);
    const other = await runSsh(server.port, ['-s', 'viewer@127.0.0.1', 'netconf']);
    expect(other.code).not.toBe(0);
    await stillServes(server);
  });

  test('remote port forwarding (-R) is refused', async () => {
    const server = await startTestServer();
    const { code, text } = await runSsh(server.port, ['-N', '-o', 'ExitOnForwardFailure=yes', '-R', '0:127.0.0.1:9', 'viewer@127.0.0.1']);
    expect(code).not.toBe(0);
    expect(text).toMatch(/forwarding failed/i);
    await stillServes(server);
  });

  test('local port forwarding (-L) is refused: nothing gets through', async () => {
    const server = await startTestServer();
    const local = await freePort();
    // OpenSSH keeps the first value of an option: INFO must come before the harness's ERROR.
    const tunnel = startPty('ssh', ['-o', 'LogLevel=INFO', ...sshOptions(server.port), '-N', '-L', `${local}:127.0.0.1:${server.port}`, 'viewer@127.0.0.1']);
    // Until the tunnel listens, connections are refused; once it does, they are opened and
    // then closed because the server refused the channel.
    let received = '';
    for (let i = 0; i < 50 && !tunnel.rawOutput().includes('open failed'); i++) {
      await new Promise<void>((resolve) => {
        const probe = connect(local, '127.0.0.1');
        probe.on('data', (d) => (received += d.toString('latin1')));
        probe.on('error', () => resolve());
        probe.on('close', () => resolve());
        setTimeout(() => probe.destroy(), 1000);
      });
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(tunnel.rawOutput()).toMatch(/channel \d+: open failed/);
    expect(received).not.toContain('SSH-2.0');
    await stillServes(server);
  });

  test('agent and X11 forwarding, environment variables and streamlocal channels are refused', async () => {
    const server = await startTestServer();
    const x11 = await connectRaw(server.port);
    const x11Error = await new Promise<Error | undefined>((resolve) => x11.client.shell({ x11: true }, (error) => resolve(error ?? undefined)));
    expect(x11Error?.message).toMatch(/X11/);
    const env = await connectRaw(server.port);
    const envError = await new Promise<Error | undefined>((resolve) =>
      env.client.exec('true', { env: { LD_PRELOAD: 'x' } }, (error) => resolve(error ?? undefined)),
    );
    expect(envError).toBeDefined();
    const unix = await connectRaw(server.port);
    const unixError = await new Promise<Error | undefined>((resolve) =>
      unix.client.openssh_forwardOutStreamLocal('/run/docker.sock', (error) => resolve(error ?? undefined)),
    );
    expect(unixError).toBeDefined();
    const out = await connectRaw(server.port);
    const outError = await new Promise<Error | undefined>((resolve) =>
      out.client.forwardOut('127.0.0.1', 1, '127.0.0.1', 22, (error) => resolve(error ?? undefined)),
    );
    expect(outError?.message).toMatch(/prohibited|refused|failure/i);
    // OpenSSH asks for X11 and agent forwarding too, and still gets its slides without them.
    const s = startSsh(server.port, { args: ['-X', '-A'], env: { DISPLAY: ':99', SSH_AUTH_SOCK: '/nonexistent/agent.sock' } });
    await waitForSlide(s, 1, 10_000);
    expect(server.room.size).toBe(1);
    await stillServes(server);
  });
});

describe('hostile or broken clients', () => {
  test('garbage bytes and sequences Ink cannot parse change nothing and break nothing', async () => {
    const server = await startTestServer();
    const s = startSsh(server.port);
    await waitForSlide(s, 1, 10_000);
    s.press('\u001B[1;5X\u001B[99999999999999999999~\u001B]0;owned\u0007\u001BP1$r\u001B\\\u001B[<0;1;1M\u001B[?1;2c');
    // Broken UTF-8 and 8-bit bytes (C1 controls, lone continuation bytes, a cut sequence).
    s.press(Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0x00, 0x9b, 0x1b, 0x5b]));
    s.press(Buffer.from(Array.from({ length: 4096 }, (_, i) => 0x80 + ((i * 7919) % 128))));
    await new Promise((r) => setTimeout(r, 300));
    expect(s.isAlive()).toBe(true);
    expect(server.room.size).toBe(1);
    server.stage.move({ slide: 2, step: 0, scroll: 0 });
    await waitForSlide(s, 3);
    expect(s.text()).not.toContain('owned');
    await stillServes(server);
  });

  test('a window-change flood is laid out once, at the last size', async () => {
    const server = await startTestServer();
    const c = await connectRaw(server.port);
    await c.shell({ cols: 80, rows: 24 });
    await eventually(() => c.output().includes('1/7'), 5000, 'first frame');
    const before = c.output().length;
    for (let i = 0; i < 3000; i++) c.channel().setWindow(5 + (i % 100), 10 + (i % 300), 0, 0);
    // ssh2's order: rows, columns.
    c.channel().setWindow(30, 100, 0, 0);
    await eventually(() => c.output().slice(before).includes('\u001B[29;1H'), 5000, 'the frame at 100x30');
    await new Promise((r) => setTimeout(r, 200));
    const repaints = c.output().slice(before).split('\u001B[2J').length - 1;
    expect(repaints).toBeLessThanOrEqual(3);
    await stillServes(server);
  });

  test('a 0x0 window means 80x24; 100000x100000 is clamped to 400x200', async () => {
    const server = await startTestServer();
    const zero = await connectRaw(server.port);
    await zero.shell({ cols: 0, rows: 0 });
    await eventually(() => zero.output().includes('1/7'), 5000, 'frame at 0x0');
    expect(Math.max(...rowsDrawn(zero.output()))).toBe(23);
    const huge = await connectRaw(server.port);
    await huge.shell({ cols: 100_000, rows: 100_000 });
    await eventually(() => huge.output().includes('1/7'), 5000, 'frame at 100000x100000');
    expect(Math.max(...rowsDrawn(huge.output()))).toBe(199);
    huge.channel().setWindow(2 ** 32 - 1, 2 ** 32 - 1, 0, 0);
    server.stage.move({ slide: 4, step: 0, scroll: 0 });
    await eventually(() => huge.output().includes('5/7'), 5000, 'next frame');
    expect(Math.max(...rowsDrawn(huge.output()))).toBe(199);
    await stillServes(server);
  });

  test('a client that stops reading is dropped; its unsent output stays capped', async () => {
    const server = await startTestServer({ limits: { stallMs: 1500 } });
    const s = startSsh(server.port, { cols: 400, rows: 200 });
    await waitForSlide(s, 1, 10_000);
    expect(server.room.size).toBe(1);
    s.kill('SIGSTOP');
    // The teacher keeps flipping between two full slides: megabytes the stopped client never reads.
    let flips = 0;
    const started = Date.now();
    while (server.room.size > 0 && Date.now() - started < 15_000) {
      server.stage.move({ slide: flips++ % 2 === 0 ? 3 : 4, step: 0, scroll: 0 });
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(server.room.size).toBe(0);
    await eventually(() => server.ssh.connections() === 0, 5000, 'the socket to be closed');
    s.kill('SIGCONT');
    await stillServes(server);
  });

  test('a connection that never finishes its handshake is closed after the timeout', async () => {
    const server = await startTestServer({ handshakeTimeoutMs: 400 });
    const silent = connect(server.port, '127.0.0.1');
    const halfway = connect(server.port, '127.0.0.1', () => halfway.write('SSH-2.0-slowloris\r\n'));
    const closedAfter = (socket: ReturnType<typeof connect>) =>
      new Promise<number>((resolve) => {
        const t0 = Date.now();
        socket.on('error', () => {});
        // Read what the server says, or a paused socket would never see the end.
        socket.resume();
        socket.on('close', () => resolve(Date.now() - t0));
      });
    const [a, b] = await Promise.all([closedAfter(silent), closedAfter(halfway)]);
    expect(a).toBeGreaterThanOrEqual(300);
    expect(a).toBeLessThan(3000);
    expect(b).toBeLessThan(3000);
    await eventually(() => server.ssh.connections() === 0, 2000, 'the server to forget both');
    await stillServes(server);
  });

  test('past the connection cap, a newcomer pushes out the oldest silent connection', async () => {
    const server = await startTestServer({ maxConnections: 2, handshakeTimeoutMs: 5000 });
    const sockets = [0, 1].map(() => connect(server.port, '127.0.0.1'));
    // Read, or a paused socket never sees its end.
    for (const s of sockets) s.on('error', () => {}).resume();
    await eventually(() => server.ssh.connections() === 2, 2000, 'two connections');
    const firstClosed = new Promise<boolean>((resolve) => sockets[0]!.on('close', () => resolve(true)));
    const third = connect(server.port, '127.0.0.1');
    third.on('error', () => {});
    expect(await firstClosed).toBe(true);
    expect(server.ssh.connections()).toBe(2);
    for (const s of [...sockets, third]) s.destroy();
  });
});

describe('sanitizing', () => {
  test('deck content and user names never reach a terminal as control sequences', async () => {
    const lines: string[] = [];
    const server = await startTestServer({ log: (line) => lines.push(line) });
    const evil = deckOf('# Title\u001B]0;owned\u0007 \u001B[2J\u009B2J here\n\nBody \u001B]52;c;cHduZWQ=\u0007 text\n');
    server.stage.show(evil, chooseStrings(undefined, 'C.UTF-8'), { slide: 0, step: 0, scroll: 0 });
    const c = await connectRaw(server.port, 'x\u001B]0;owned\u0007\u001B[31mred\u0000');
    await c.shell({ cols: 80, rows: 24 });
    await eventually(() => c.output().includes('1/1'), 5000, 'the evil deck');
    expect(c.output()).not.toMatch(/\u001B\]|\u0007|\u009B|\u001B\[2J[^\u001B]/);
    await eventually(() => lines.some((l) => l.includes('joined')), 3000, 'the join log line');
    expect(lines.join('\n')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(lines.join('\n')).toContain('red');
  });
});
