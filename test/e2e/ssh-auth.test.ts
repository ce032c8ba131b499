/**
 * Who gets in, with the real OpenSSH client: viewer keys, a viewer password, and a remote
 * presenter whose key lets it drive the deck for everyone.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ssh2 from 'ssh2';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { parseAuthorizedKeys } from '../../src/follow/ssh/auth.js';
import { waitForSlide } from './lectern-screen.js';
import { LESSON, runLectern, startLectern, startPty, tempDir } from './pty-screen.js';
import { removeHostKey, sshOptions, startSsh, startTestServer, stopAll } from './ssh-harness.js';

const dir = tempDir('lectern-ssh-auth-');
afterEach(stopAll);
afterAll(() => {
  removeHostKey();
  dir.cleanup();
});

/** A key pair on disk for `ssh -i`, and its public half parsed for the server. */
function keyFile(name: string) {
  // ssh2 makes a malformed key about once in 256 (see generateHostKey): take a good one.
  let pair = ssh2.utils.generateKeyPairSync('ed25519', { comment: name });
  while (ssh2.utils.parseKey(pair.private) instanceof Error || ssh2.utils.parseKey(pair.public) instanceof Error) {
    pair = ssh2.utils.generateKeyPairSync('ed25519', { comment: name });
  }
  const path = join(dir.path, name);
  writeFileSync(path, pair.private, { mode: 0o600 });
  chmodSync(path, 0o600);
  writeFileSync(`${path}.pub`, `# ${name}\n${pair.public}\n`);
  return { path, authorized: `${path}.pub`, keys: parseAuthorizedKeys(pair.public).keys };
}

const student = keyFile('student');
const teacher = keyFile('teacher');
const stranger = keyFile('stranger');

describe('authentication', () => {
  test('--viewer-keys: a listed key watches; no key or another key is refused', async () => {
    const server = await startTestServer({ auth: { viewerKeys: student.keys } });
    const ok = startSsh(server.port, { args: ['-i', student.path] });
    await waitForSlide(ok, 1, 10_000);
    await Promise.all(
      [[], ['-i', stranger.path]].map(async (args) => {
        const denied = startPty('ssh', ['-tt', ...sshOptions(server.port), ...args, 'viewer@127.0.0.1']);
        await denied.waitFor(() => denied.rawOutput().includes('Permission denied'), 10_000, 'Permission denied');
        expect((await denied.exited).exitCode).toBe(255);
      }),
    );
    expect(server.room.viewers).toBe(1);
  });

  test('--viewer-keys with from=: the key gets in from a listed address only', async () => {
    const publicLine = readFileSync(student.authorized, 'utf8').split('\n')[1]!;
    const elsewhere = parseAuthorizedKeys(`from="10.0.0.0/8,192.168.*" ${publicLine}`);
    const here = parseAuthorizedKeys(`from="127.0.0.0/8,!127.0.0.2" ${publicLine}`);
    const refused = await startTestServer({ auth: { viewerKeys: elsewhere.keys } });
    const denied = startPty('ssh', ['-tt', ...sshOptions(refused.port), '-i', student.path, 'viewer@127.0.0.1']);
    expect((await denied.exited).exitCode).toBe(255);
    expect(denied.rawOutput()).toContain('Permission denied');
    const allowed = await startTestServer({ auth: { viewerKeys: here.keys } });
    const ok = startSsh(allowed.port, { args: ['-i', student.path] });
    await waitForSlide(ok, 1, 10_000);
  });

  test('--viewer-password: the right password watches, a wrong one does not', async () => {
    const server = await startTestServer({ auth: { viewerPassword: 'kvm-lxc' } });
    await expect(connectRawWithPassword(server.port, 'wrong')).rejects.toThrow();
    const c = await connectRawWithPassword(server.port, 'kvm-lxc');
    await new Promise<void>((resolve, reject) => c.shell({ cols: 80, rows: 24 }, (e) => (e ? reject(e) : resolve())));
    expect(server.room.viewers).toBe(1);
    c.end();
  });

  test('guessing passwords: the connection is cut after 6 wrong ones', async () => {
    // A short penalty: this test is about the count (ssh-logins.test.ts times the penalty).
    const penalty = { firstMs: 5, factor: 1, maxMs: 5, forgetMs: 60_000 };
    const server = await startTestServer({ auth: { viewerPassword: 'kvm-lxc' }, login: { penalty } });
    const client = new ssh2.Client();
    let tries = 0;
    const closed = new Promise<void>((resolve) => client.on('close', () => resolve()));
    client.on('error', () => {});
    client.connect({
      host: '127.0.0.1',
      port: server.port,
      username: 'student',
      readyTimeout: 10_000,
      authHandler: (_methods, _partial, next) => {
        tries++;
        // Keep guessing, far past any limit.
        if (tries > 50) return next(false as never);
        next({ type: 'password', username: 'student', password: `guess${tries}` });
      },
    });
    await closed;
    expect(tries).toBeLessThanOrEqual(8);
    expect(server.room.viewers).toBe(0);
  });

  test('--presenter-keys: presenter@ with that key drives the deck for everyone; others only watch', async () => {
    const server = await startTestServer({ auth: { presenterKeys: teacher.keys } });
    const viewer = startSsh(server.port);
    await waitForSlide(viewer, 1, 10_000);
    const presenter = startSsh(server.port, { user: 'presenter', args: ['-i', teacher.path] });
    await waitForSlide(presenter, 1, 10_000);
    presenter.press('\x1b[C');
    presenter.press('\x1b[C');
    await waitForSlide(viewer, 3);
    expect(server.stage.snapshot.position.slide).toBe(2);
    // Viewers are counted, presenters are not.
    expect(server.room.viewers).toBe(1);
    const impostor = startPty('ssh', ['-tt', ...sshOptions(server.port), '-i', stranger.path, 'presenter@127.0.0.1']);
    expect((await impostor.exited).exitCode).toBe(255);
    // A viewer's keys never move the stage.
    viewer.press('\x1b[C');
    await viewer.waitFor(/presenter \d\/7 · f: follow/, 3000);
    expect(server.stage.snapshot.position.slide).toBe(2);
  });
});

describe('lectern serve --viewer-password-file', () => {
  test('the first line of the file is the password, and it is not on the command line', async () => {
    const file = join(dir.path, 'viewer-password');
    writeFileSync(file, 'kvm-lxc\nignored second line\n', { mode: 0o600 });
    const t = startLectern(['serve', LESSON, '--port', '0', '--viewer-password-file', file], { cols: 100, rows: 30 });
    await t.waitFor(/ssh -p \d+[\s\S]*Press Enter/, 10_000, 'instructions');
    const port = Number(/ssh -p (\d+)/.exec(t.text())?.[1]);
    t.press('\r');
    await waitForSlide(t, 1);
    await expect(connectRawWithPassword(port, 'wrong')).rejects.toThrow();
    const c = await connectRawWithPassword(port, 'kvm-lxc');
    await new Promise<void>((resolve, reject) => c.shell({ cols: 80, rows: 24 }, (e) => (e ? reject(e) : resolve())));
    await t.waitFor('1 viewer', 5000);
    c.end();
  });

  test('a missing or empty password file is bad input: one line, exit 2', async () => {
    const missing = join(dir.path, 'no-such-file');
    const run = await runLectern(['serve', LESSON, '--port', '0', '--viewer-password-file', missing]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`lectern: --viewer-password-file ${missing}: cannot read it (ENOENT)\n`);
    const empty = join(dir.path, 'empty-password');
    writeFileSync(empty, '\nsecond\n');
    const second = await runLectern(['serve', LESSON, '--port', '0', '--viewer-password-file', empty]);
    expect(second.status).toBe(2);
    expect(second.stderr).toBe(`lectern: --viewer-password-file ${empty}: its first line is empty\n`);
  });
});

describe('lectern serve --presenter-keys', () => {
  test("a remote presenter's moves show on the teacher's own terminal and every viewer's", async () => {
    const t = startLectern(['serve', LESSON, '--port', '0', '--presenter-keys', teacher.authorized], { cols: 100, rows: 30 });
    await t.waitFor(/present:\s+ssh -p \d+ presenter@127\.0\.0\.1[\s\S]*Press Enter/, 10_000, 'instructions');
    const port = Number(/ssh -p (\d+)/.exec(t.text())?.[1]);
    t.press('\r');
    await waitForSlide(t, 1);
    const viewer = startSsh(port);
    await waitForSlide(viewer, 1, 10_000);
    const presenter = startSsh(port, { user: 'presenter', args: ['-i', teacher.path] });
    await waitForSlide(presenter, 1, 10_000);
    presenter.press('\x1b[C\x1b[C\x1b[C');
    await waitForSlide(t, 4);
    await waitForSlide(viewer, 4);
    // And the teacher's keys still lead, the remote presenter following along.
    t.press('\x1b[D');
    await waitForSlide(presenter, 3);
    await waitForSlide(viewer, 3);
  });

  test('a key line with an option lectern cannot honour is bad input, naming the option', async () => {
    const forced = join(dir.path, 'forced-command-keys');
    writeFileSync(forced, `${readFileSync(student.authorized, 'utf8')}command="/usr/bin/date" ${readFileSync(stranger.authorized, 'utf8').split('\n')[1]}\n`);
    const run = await runLectern(['serve', LESSON, '--port', '0', '--viewer-keys', forced]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `lectern: --viewer-keys ${forced}: line 3 has the option command=, which lectern does not support (it honours from= and expiry-time=)\n`,
    );
  });

  test('a --presenter-keys file that is not authorized_keys is bad input: one line, exit 2', async () => {
    const bad = join(dir.path, 'bad-keys');
    writeFileSync(bad, 'this is not a key\n');
    const run = await runLectern(['serve', LESSON, '--port', '0', '--presenter-keys', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`lectern: --presenter-keys ${bad}: line 1 is not a public key\n`);
    expect(run.stdout).toBe('');
  });
});

async function connectRawWithPassword(port: number, password: string) {
  const client = new ssh2.Client();
  client.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    client.once('ready', () => resolve());
    client.once('error', reject);
    client.connect({ host: '127.0.0.1', port, username: 'student', password, tryKeyboard: false, readyTimeout: 10_000 });
  });
  return client;
}
