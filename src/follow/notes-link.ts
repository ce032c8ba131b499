/**
 * The link between a presenter and its notes views: a Unix domain socket per deck, in a
 * folder only this user can enter, carrying newline-delimited JSON position updates from
 * the presenter (server) to any number of notes views (clients).
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lineReader, parseJsonObject } from './json-lines.js';

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

/**
 * The socket path for a deck: `$XDG_RUNTIME_DIR/lectern/`, else `<tmp>/lectern-<uid>/`, plus
 * the first 16 hex digits of the SHA-256 of the deck's absolute path and `.sock`. Creates the
 * folder (mode 0700) and refuses one that another user owns or others can enter, so nobody
 * else can watch or impersonate the presenter. A runtime folder whose path would make the
 * socket path too long for a Unix socket is skipped for the next candidate.
 */
export function socketPathFor(deckPath: string, env: { XDG_RUNTIME_DIR?: string | undefined }): string {
  const uid = process.getuid?.() ?? 0;
  const name = `${createHash('sha256').update(resolve(deckPath)).digest('hex').slice(0, 16)}.sock`;
  const runtime = env.XDG_RUNTIME_DIR;
  const candidates = [
    // XDG says a relative XDG_RUNTIME_DIR is invalid and must be ignored.
    ...(runtime && runtime.startsWith('/') ? [join(runtime, 'lectern')] : []),
    join(tmpdir(), `lectern-${uid}`),
    `/tmp/lectern-${uid}`,
  ];
  const usable = candidates.filter((d) => Buffer.byteLength(join(d, name)) <= MAX_SOCKET_PATH_BYTES);
  // A runtime folder that cannot be created (XDG_RUNTIME_DIR set but missing) falls through
  // to the next one; both ends of the link make the same choice.
  const dir = usable.find(makeDir);
  if (dir === undefined) throw new Error(`cannot create a folder for the notes socket (tried ${usable.join(', ') || candidates.join(', ')})`);
  checkPrivateDir(dir, uid);
  return join(dir, name);
}

/** Creates `dir` with mode 0700 unless it exists; false when it cannot be created. */
function makeDir(dir: string): boolean {
  try {
    mkdirSync(dir, { mode: 0o700 });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST';
  }
}

/** Checks that `dir` is a real folder, ours, and closed to everyone else. */
function checkPrivateDir(dir: string, uid: number): void {
  // lstat: a symlink planted in a shared temp folder must not redirect us elsewhere.
  const info = lstatSync(dir);
  if (!info.isDirectory()) throw new Error(`notes socket folder ${dir} is not a folder; remove it and try again`);
  if (info.uid !== uid) throw new Error(`notes socket folder ${dir} belongs to another user; remove it and try again`);
  if ((info.mode & 0o077) !== 0) {
    throw new Error(`notes socket folder ${dir} can be opened by other users (mode ${(info.mode & 0o777).toString(8)}); run chmod 700 on it`);
  }
}

/**
 * Listens on `socketPath` for notes views. A presenter already listening there is taken
 * over (the last presenter started wins): the new socket is bound under a private name,
 * made 0600 and then renamed over the old path in one step. Errors never reach the caller:
 * the presentation must go on without notes views.
 */
export function startPresenterLink(socketPath: string): PresenterLink {
  const clients = new Set<Socket>();
  let latest: string | undefined;
  let closed = false;
  let ours: { dev: number; ino: number } | undefined;
  // Bound under a unique name first: when the server closes, libuv unlinks the name it was
  // bound to, which then no longer exists; a later presenter's socket at the real path is safe.
  const staging = `${socketPath}.${process.pid}.${randomBytes(4).toString('hex')}`;

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
  server.on('error', () => close());
  // The link must never keep the presenter running once its screen has closed.
  server.unref();

  try {
    unlinkSync(staging);
  } catch {
    // Normally absent.
  }
  server.listen(staging, () => {
    if (closed) return;
    try {
      chmodSync(staging, 0o600);
      renameSync(staging, socketPath);
      const info = statSync(socketPath);
      ours = { dev: info.dev, ino: info.ino };
    } catch {
      close();
    }
  });

  function close() {
    if (closed) return;
    closed = true;
    for (const client of clients) client.destroy();
    clients.clear();
    server.close();
    try {
      // Remove the socket file only if a newer presenter has not replaced it meanwhile.
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
export function followPresenter(
  socketPath: string,
  onUpdate: (update: NotesUpdate) => void,
  onConnected?: () => void,
  onDisconnected?: () => void,
): Follower {
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
