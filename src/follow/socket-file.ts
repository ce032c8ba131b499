/**
 * Unix socket files made safely: the folder is checked first (nobody else may swap files in
 * it), the socket is created with its final mode (umask around `bind`, never a `chmod`
 * afterwards that could follow a symlink swapped in meanwhile), and a socket someone still
 * listens on is never removed.
 */
import { lstatSync, statSync, unlinkSync } from 'node:fs';
import { createConnection, type Server } from 'node:net';
import { dirname, resolve } from 'node:path';

/**
 * Refuses a folder where another user could replace our socket: one others may write
 * without the sticky bit (as /tmp has), or one that belongs to another user (except root).
 */
export function checkSocketFolder(path: string): void {
  const dir = dirname(resolve(path));
  let info;
  try {
    info = statSync(dir);
  } catch (error) {
    throw new Error(`cannot use the folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (!info.isDirectory()) throw new Error(`${dir} is not a folder`);
  const uid = process.getuid?.();
  if (uid !== undefined && info.uid !== uid && info.uid !== 0) throw new Error(`the folder ${dir} belongs to another user; choose a folder of your own`);
  if ((info.mode & 0o022) !== 0 && (info.mode & 0o1000) === 0) {
    throw new Error(
      `the folder ${dir} can be written by other users and is not sticky (mode ${(info.mode & 0o7777).toString(8)}); choose a folder only you can write`,
    );
  }
}

/** Whether something answers on the socket at `path` (a live server, not a stale file). */
export function socketAnswers(path: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((done) => {
    const probe = createConnection(path);
    const finish = (answer: boolean) => {
      clearTimeout(timer);
      probe.destroy();
      done(answer);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    probe.once('connect', () => finish(true));
    probe.once('error', () => finish(false));
  });
}

/**
 * Removes what a server that is gone left at `path`. Throws when something that is not a
 * socket is there; resolves false when a server still answers there (it is left alone).
 */
export async function clearStaleSocket(path: string): Promise<boolean> {
  let info;
  try {
    info = lstatSync(path);
  } catch {
    return true;
  }
  if (!info.isSocket()) throw new Error(`${path} exists and is not a socket`);
  if (await socketAnswers(path)) return false;
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`cannot remove the old socket ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return true;
}

/**
 * `server.listen(path)` with the socket file created at `mode` (0666 & ~umask style: only
 * read/write bits matter for a socket). Node binds synchronously inside `listen`, so the umask
 * is ours only for that call; lectern starts no other file creation at that moment.
 */
export function listenWithMode(server: Server, path: string, mode: number, onListening: () => void): void {
  const previous = process.umask(0o777 & ~mode);
  try {
    server.listen(path, onListening);
  } finally {
    process.umask(previous);
  }
}
