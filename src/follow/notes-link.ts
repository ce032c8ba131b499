/**
 * The link between a presenter and its notes views: a Unix domain socket per deck, in a
 * folder only this user can enter, carrying newline-delimited JSON position updates from
 * the presenter (server) to any number of notes views (clients).
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, statSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lineReader, parseJsonObject } from './json-lines.js';
import { clearStaleSocket, listenWithMode } from './socket-file.js';

/** Where the presenter is: what a notes view needs to follow it. */
export interface NotesUpdate {
  /** Slide index, 0-based. */
  slide: number;
  /** Step index within the slide, 0-based. */
  step: number;
  /** Epoch milliseconds when the presentation started (for the elapsed time). */
  startedAt: number;
  /**
   * Absolute path of the lesson shown, when the presenter knows it: in a course it moves
   * from lesson to lesson, and the notes view loads the one shown.
   */
  lesson?: string;
}

/** The presenter's end of the link. */
export interface PresenterLink {
  /** Sends the update to every connected notes view, and to those that connect later. */
  publish(update: NotesUpdate): void;
  /** Stops listening, drops the notes views and removes the socket file if it is still ours. */
  close(): void;
}

/** A notes view's end of the link. */
export interface Follower {
  /** Stops following (and retrying). */
  close(): void;
}

/** sun_path holds 108 bytes including the terminating NUL. */
const MAX_SOCKET_PATH_BYTES = 107;
/** Enough notes views for any talk; more connections are refused. */
export const MAX_FOLLOWERS = 16;
/** How often a notes view tries again while no presenter answers. */
export const RETRY_MS = 250;
/** A notes view that stops reading is dropped once this much output waits for it. */
const MAX_PENDING_BYTES = 256 * 1024;
/** How often a presenter whose lesson already has one checks whether it is gone. */
export const STANDBY_RETRY_MS = 1000;

/** The environment that decides where notes sockets live. */
export interface RuntimeEnv {
  XDG_RUNTIME_DIR?: string | undefined;
  HOME?: string | undefined;
}

/**
 * The socket path for a deck: `$XDG_RUNTIME_DIR/lectern/`, else `<tmp>/lectern-<uid>/`, else
 * `~/.cache/lectern/run/`, plus the first 16 hex digits of the SHA-256 of the deck's absolute
 * path and `.sock`. Creates the folder (mode 0700). A candidate someone else made (another
 * owner, not a folder: a squatter in a shared /tmp) is passed over for the next, so both
 * ends of the link still meet; one of ours that others can enter is refused, so nobody else
 * can watch or impersonate the presenter. A folder whose path would make the socket path
 * too long for a Unix socket is skipped too.
 */
export function socketPathFor(deckPath: string, env: RuntimeEnv): string {
  const uid = process.getuid?.() ?? 0;
  const name = `${createHash('sha256').update(resolve(deckPath)).digest('hex').slice(0, 16)}.sock`;
  const runtime = env.XDG_RUNTIME_DIR;
  const candidates = [
    // XDG says a relative XDG_RUNTIME_DIR is invalid and must be ignored.
    ...(runtime && runtime.startsWith('/') ? [join(runtime, 'lectern')] : []),
    join(tmpdir(), `lectern-${uid}`),
    `/tmp/lectern-${uid}`,
    join(env.HOME || homedir(), '.cache', 'lectern', 'run'),
  ].filter((d, i, all) => all.indexOf(d) === i);
  const usable = candidates.filter((d) => Buffer.byteLength(join(d, name)) <= MAX_SOCKET_PATH_BYTES);
  const passed: string[] = [];
  for (const dir of usable) {
    // A runtime folder that cannot be created (XDG_RUNTIME_DIR set but missing) falls through.
    if (!makeDir(dir, dir.endsWith(join('lectern', 'run')))) {
      passed.push(`${dir} (cannot be created)`);
      continue;
    }
    const why = foreignDir(dir, uid);
    if (why !== undefined) {
      passed.push(`${dir} (${why})`);
      continue;
    }
    checkPrivateDir(dir);
    return join(dir, name);
  }
  throw new Error(`cannot find a private folder for the notes socket (tried ${passed.join(', ') || candidates.join(', ')})`);
}

/** Creates `dir` with mode 0700 unless it exists; false when it cannot be created. */
function makeDir(dir: string, parents: boolean): boolean {
  try {
    mkdirSync(dir, { mode: 0o700, recursive: parents });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST';
  }
}

/** Why `dir` is not ours to use (a symlink, not a folder, another user's), or undefined. */
function foreignDir(dir: string, uid: number): string | undefined {
  // lstat: a symlink planted in a shared temp folder must not redirect us elsewhere.
  const info = lstatSync(dir);
  if (!info.isDirectory()) return 'not a folder';
  if (info.uid !== uid) return 'belongs to another user';
  return undefined;
}

/** Checks that our own folder is closed to everyone else. */
function checkPrivateDir(dir: string): void {
  const info = lstatSync(dir);
  if ((info.mode & 0o077) !== 0) {
    throw new Error(`notes socket folder ${dir} can be opened by other users (mode ${(info.mode & 0o777).toString(8)}); run chmod 700 on it`);
  }
}

/**
 * Listens on `socketPath` for notes views. The socket belongs to the first presenter of the
 * lesson: a second one (another pane, a rehearsal) leaves it alone and waits, taking over
 * only once the first is gone, so notes views never lose the presenter they follow. The
 * socket is created 0600 (umask around bind). Errors never reach the caller: the
 * presentation must go on without notes views.
 */
export function startPresenterLink(socketPath: string): PresenterLink {
  const clients = new Set<Socket>();
  let latest: string | undefined;
  let closed = false;
  let listening = false;
  let ours: { dev: number; ino: number } | undefined;
  let retry: NodeJS.Timeout | undefined;

  const send = (client: Socket, line: string) => {
    if (client.writableLength > MAX_PENDING_BYTES) client.destroy();
    else client.write(line);
  };

  const server = createServer((client) => {
    client.on('error', () => client.destroy());
    if (closed || clients.size >= MAX_FOLLOWERS) {
      client.destroy();
      return;
    }
    clients.add(client);
    client.on('close', () => clients.delete(client));
    // Notes views have nothing to say; read and discard so a chatty one cannot block.
    client.on('data', () => {});
    client.unref();
    if (latest !== undefined) send(client, latest);
  });
  server.on('error', () => {
    // Another presenter bound the path between our check and our bind: wait for it to go.
    if (!listening) standBy();
    else close();
  });
  // The link must never keep the presenter running once its screen has closed.
  server.unref();

  function standBy() {
    if (closed) return;
    clearTimeout(retry);
    retry = setTimeout(() => void claim(), STANDBY_RETRY_MS);
    retry.unref();
  }

  async function claim() {
    if (closed) return;
    let free: boolean;
    try {
      free = await clearStaleSocket(socketPath);
    } catch {
      return close();
    }
    if (closed) return;
    if (!free) return standBy();
    try {
      listenWithMode(server, socketPath, 0o600, () => {
        if (closed) return;
        listening = true;
        try {
          const info = statSync(socketPath);
          ours = { dev: info.dev, ino: info.ino };
        } catch {
          close();
        }
      });
    } catch {
      standBy();
    }
  }
  void claim();

  function close() {
    if (closed) return;
    closed = true;
    clearTimeout(retry);
    for (const client of clients) client.destroy();
    clients.clear();
    if (listening) server.close();
    try {
      // Remove the socket file only if it is still the one we made.
      const info = statSync(socketPath);
      if (ours && info.dev === ours.dev && info.ino === ours.ino) unlinkSync(socketPath);
    } catch {
      // Already gone.
    }
  }

  return {
    publish(update) {
      if (closed) return;
      const { slide, step, startedAt, lesson } = update;
      latest = `${JSON.stringify({ slide, step, startedAt, ...(lesson === undefined ? {} : { lesson }) })}\n`;
      for (const client of clients) send(client, latest);
    },
    close,
  };
}

/**
 * Follows the presenter listening on `socketPath`: calls `onUpdate` with each valid update,
 * `onConnected` when a presenter answers and `onDisconnected` when it goes away. While no
 * presenter answers (not started yet, restarting) it tries again every RETRY_MS, until closed.
 */
export function followPresenter(socketPath: string, onUpdate: (update: NotesUpdate) => void, onConnected?: () => void, onDisconnected?: () => void): Follower {
  let closed = false;
  let socket: Socket | undefined;
  let retry: NodeJS.Timeout | undefined;

  const connect = () => {
    if (closed) return;
    const conn = createConnection(socketPath);
    socket = conn;
    let connected = false;
    const lines = lineReader((line) => {
      const update = parseUpdate(line);
      if (update && !closed) onUpdate(update);
    });
    conn.setEncoding('utf8');
    conn.on('connect', () => {
      connected = true;
      if (!closed) onConnected?.();
    });
    conn.on('data', (chunk: string) => lines(chunk));
    // ENOENT (no presenter yet), ECONNREFUSED (a stale socket file) and resets all mean the
    // same here: wait and try again. 'close' follows every 'error'.
    conn.on('error', () => {});
    conn.on('close', () => {
      if (socket === conn) socket = undefined;
      if (closed) return;
      if (connected) onDisconnected?.();
      retry = setTimeout(connect, RETRY_MS);
    });
  };
  connect();

  return {
    close() {
      closed = true;
      clearTimeout(retry);
      socket?.destroy();
    },
  };
}

/** An update from one line of JSON, or undefined when the line is not a valid one. */
export function parseUpdate(line: string): NotesUpdate | undefined {
  const data = parseJsonObject(line);
  if (!data) return undefined;
  const { slide, step, startedAt, lesson } = data;
  const index = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  if (!index(slide) || !index(step)) return undefined;
  if (typeof startedAt !== 'number' || !Number.isFinite(startedAt) || startedAt < 0) return undefined;
  const path = typeof lesson === 'string' && lesson.startsWith('/') && lesson.length <= 4096 && !lesson.includes('\0') ? lesson : undefined;
  return path === undefined ? { slide, step, startedAt } : { slide, step, startedAt, lesson: path };
}
