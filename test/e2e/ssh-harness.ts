/**
 * End-to-end helpers for `lectern serve`: an in-process server (stage, room, SSH listener on
 * 127.0.0.1 and a random port) whose state the tests can inspect, and real OpenSSH clients
 * in pseudo-terminals read through xterm.js. Every server and client started here is
 * stopped by `stopAll()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deckFromFile, LESSON_PATH } from '../support/decks.js';
import { chooseStrings } from '../../src/render/ui-strings.js';
import { darkTheme } from '../../src/theme/theme.js';
import type { AuthPolicy } from '../../src/follow/ssh/auth.js';
import { loadOrCreateHostKey } from '../../src/follow/ssh/host-key.js';
import { Room } from '../../src/follow/room.js';
import type { LoginLimits } from '../../src/follow/ssh/limits.js';
import { startSshServer, type SshServer } from '../../src/follow/ssh/server.js';
import { Stage } from '../../src/follow/stage.js';
import { DEFAULT_VIEWER_LIMITS, type ViewerLimits } from '../../src/follow/viewer.js';
import { killAll, startPty, type PtySession, type StartOptions } from './pty-screen.js';
import { sshOptions } from './ssh-options.js';

/** A host key made once per test file (generating one per test would be wasted time). */
const keyDir = mkdtempSync(join(tmpdir(), 'lectern-ssh-e2e-'));
export const HOST_KEY = loadOrCreateHostKey(join(keyDir, 'lectern'));

/** An in-process server and what it serves. */
export interface TestServer {
  stage: Stage;
  room: Room;
  ssh: SshServer;
  port: number;
}

/** Options for `startTestServer`. */
export interface TestServerOptions {
  auth?: AuthPolicy;
  maxViewers?: number;
  /** Viewers one address may have (the room's default: half of maxViewers). */
  maxViewersPerAddress?: number;
  limits?: Partial<ViewerLimits>;
  /** The key exchange deadline (LoginLimits.kexMs). */
  handshakeTimeoutMs?: number;
  login?: Partial<LoginLimits>;
  maxConnections?: number;
  banner?: string;
  log?: (line: string) => void;
}

const servers = new Set<TestServer>();

/** Serves the course lesson on 127.0.0.1 and a free port. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const deck = deckFromFile(LESSON_PATH);
  const stage = new Stage(deck, chooseStrings(deck.meta.lang, 'C.UTF-8'));
  const room = new Room({
    stage,
    theme: darkTheme,
    ascii: false,
    maxViewers: options.maxViewers ?? 50,
    ...(options.maxViewersPerAddress === undefined ? {} : { maxViewersPerAddress: options.maxViewersPerAddress }),
    limits: { ...DEFAULT_VIEWER_LIMITS, ...options.limits },
  });
  const ssh = await startSshServer(room, {
    host: '127.0.0.1',
    port: 0,
    hostKey: HOST_KEY.privateKey,
    auth: options.auth ?? {},
    limits: { ...options.login, ...(options.handshakeTimeoutMs === undefined ? {} : { kexMs: options.handshakeTimeoutMs }) },
    ...(options.banner === undefined ? {} : { banner: options.banner }),
    ...(options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections }),
    ...(options.log ? { log: options.log } : {}),
  });
  const server = { stage, room, ssh, port: ssh.address().port };
  servers.add(server);
  return server;
}

export { sshOptions } from './ssh-options.js';

/** `ssh -tt … USER@127.0.0.1 [extra]` in a pseudo-terminal of the given size. */
export function startSsh(port: number, opts: StartOptions & { user?: string; args?: string[]; command?: string[] } = {}): PtySession {
  const args = ['-tt', ...sshOptions(port), ...(opts.args ?? []), `${opts.user ?? 'viewer'}@127.0.0.1`, ...(opts.command ?? [])];
  return startPty('ssh', args, opts);
}

/** OpenSSH as `student` that may ask for a password (BatchMode forbids it otherwise), with banners shown, in an 80x24 pty. */
export function sshWithPassword(port: number): PtySession {
  const args = [
    '-tt',
    ...['LogLevel=INFO', 'BatchMode=no', 'PubkeyAuthentication=no', 'PreferredAuthentications=password', 'NumberOfPasswordPrompts=3'].flatMap((o) => ['-o', o]),
    ...sshOptions(port),
    'student@127.0.0.1',
  ];
  return startPty('ssh', args, { cols: 80, rows: 24 });
}

/** Stops every client and server started by the tests. */
export async function stopAll(): Promise<void> {
  endRawClients();
  await killAll();
  await Promise.all([...servers].map((s) => s.ssh.close()));
  servers.clear();
}

/** Removes the host key folder (call in afterAll). */
export function removeHostKey(): void {
  rmSync(keyDir, { recursive: true, force: true });
}

/** A programmatic SSH client (ssh2) for what OpenSSH cannot send: odd sizes, floods, raw requests. */
export interface RawClient {
  client: import('ssh2').Client;
  /** Everything received on the shell channel so far. */
  output(): string;
  /** The shell channel (after `shell()`). */
  channel(): import('ssh2').ClientChannel;
  /** Opens a pty of this size and a shell. */
  shell(pty: { cols: number; rows: number; term?: string }): Promise<void>;
  /** Resolves when the connection closed. */
  closed: Promise<void>;
  end(): void;
}

const rawClients = new Set<RawClient>();

/** How a raw client logs in: a password, and the loopback address it comes from (any of 127/8 on Linux). */
export interface RawLogin {
  password?: string;
  localAddress?: string;
}

/** Connects with ssh2 as `username` (anonymous unless a password is given). */
export async function connectRaw(port: number, username = 'viewer', login: RawLogin = {}): Promise<RawClient> {
  const ssh2 = (await import('ssh2')).default;
  const client = new ssh2.Client();
  let out = '';
  let chan: import('ssh2').ClientChannel | undefined;
  const closed = new Promise<void>((resolve) => client.on('close', () => resolve()));
  client.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    client.once('ready', () => resolve());
    client.once('error', reject);
    client.connect({ host: '127.0.0.1', port, username, readyTimeout: 10_000, ...login });
    // Without the native add-on ssh2 writes each packet in pieces; Nagle's algorithm would
    // then hold them for the peer's delayed ACK (40 ms a round trip). OpenSSH sets this too.
    client.setNoDelay(true);
  });
  const raw: RawClient = {
    client,
    output: () => out,
    channel: () => {
      if (!chan) throw new Error('no shell yet');
      return chan;
    },
    shell: (pty) =>
      new Promise<void>((resolve, reject) => {
        client.shell({ cols: pty.cols, rows: pty.rows, term: pty.term ?? 'xterm-256color' }, (error, channel) => {
          if (error) return reject(error);
          chan = channel;
          channel.on('data', (d: Buffer) => (out += d.toString('utf8')));
          channel.on('error', () => {});
          resolve();
        });
      }),
    closed,
    end: () => client.end(),
  };
  rawClients.add(raw);
  void closed.then(() => rawClients.delete(raw));
  return raw;
}

/** Ends every raw client still connected. */
export function endRawClients(): void {
  for (const c of rawClients) c.client.destroy();
  rawClients.clear();
}

/** Polls `fn` until true (bounded). */
export async function eventually(fn: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!fn()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
