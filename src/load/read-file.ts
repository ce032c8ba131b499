import { closeSync, constants, fstatSync, openSync, readSync, type Stats, promises as fs } from 'node:fs';
import { InputError } from '../deck/input-error.js';

/**
 * The one way lectern reads a file. Whatever sits at the path — a symlink to `/dev/zero`, a
 * FIFO, a file that grows while we read — the file is opened once without blocking, checked
 * on the open descriptor to be a regular file, and never more than `cap + 1` bytes are read.
 */

/** The most each kind of file may hold; the README's "Limits" lists the same figures. */
export const READ_LIMITS = {
  /** A lesson (and standard input). A lesson is text; past this it is a log or a mistake. */
  lesson: 8 * 1024 * 1024,
  /** The start of a course lesson read for its title in the lesson menu. */
  lessonHead: 64 * 1024,
  /** A theme file (a mapping of a few colours). */
  theme: 256 * 1024,
  /** The resume store (positions.json). */
  resume: 1024 * 1024,
  /** An authorized_keys file for serve. */
  keys: 1024 * 1024,
  /** A password file for serve (only its first line is used). */
  password: 64 * 1024,
  /** serve's own host key. */
  hostKey: 64 * 1024,
} as const;

/** What went wrong reading a file, for callers that word their own message. */
export type ReadFailure = 'missing' | 'denied' | 'folder' | 'not-regular' | 'too-large' | 'other';

/** A file that could not be read; `message` is one line naming the file as the caller named it. */
export class FileReadError extends InputError {
  override name = 'FileReadError';
  constructor(
    message: string,
    /** Why, as a word a caller can switch on. */
    readonly failure: ReadFailure,
    /** The fs error code (ENOENT…) when the system refused. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** How to read: at most `cap` bytes; `truncate` returns the first `cap` bytes of a longer file instead of failing. */
export interface ReadOptions {
  cap: number;
  /** Name of the file in messages (defaults to the path). */
  name?: string;
  /** Read only the start: a longer file is not an error (the lesson menu's titles). */
  truncate?: boolean;
  /** What the file is, for the too-large message ("a lesson", "a theme file"). */
  kind?: string;
}

/** The bytes read, and whether the file went on past them (only with `truncate`). */
export interface ReadResult {
  bytes: Buffer;
  truncated: boolean;
}

// O_NONBLOCK: opening a FIFO must not wait for a writer (it would hold a libuv thread forever).
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0);

/** Reads a regular file, capped; throws FileReadError with one line otherwise. */
export async function readRegularFile(path: string, options: ReadOptions): Promise<ReadResult> {
  const name = options.name ?? path;
  const handle = await fs.open(path, OPEN_FLAGS).catch((error: NodeJS.ErrnoException) => {
    throw fsError(error, name);
  });
  try {
    const info = await handle.stat();
    const first = firstBufferSize(info, options, name);
    let buffer: Buffer = Buffer.allocUnsafe(first);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (buffer.length > options.cap) break;
        buffer = grow(buffer, options.cap);
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null).catch((error: NodeJS.ErrnoException) => {
        throw fsError(error, name);
      });
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return finish(buffer, total, options, name);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** readRegularFile for reads nothing can happen before: a lesson, the resume store, serve's start-up files. */
export function readRegularFileSync(path: string, options: ReadOptions): ReadResult {
  const name = options.name ?? path;
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    throw fsError(error as NodeJS.ErrnoException, name);
  }
  try {
    const info = fstatSync(fd);
    let buffer: Buffer = Buffer.allocUnsafe(firstBufferSize(info, options, name));
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (buffer.length > options.cap) break;
        buffer = grow(buffer, options.cap);
      }
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buffer, total, buffer.length - total, null);
      } catch (error) {
        throw fsError(error as NodeJS.ErrnoException, name);
      }
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return finish(buffer, total, options, name);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks the open file and sizes the first buffer: the size fstat reports plus one byte (to
 * see a file that grew), never over `cap + 1`. A file already over the cap is refused by its
 * size without reading it, unless only its start is wanted.
 */
function firstBufferSize(info: Stats, options: ReadOptions, name: string): number {
  if (info.isDirectory()) throw new FileReadError(`${name}: is a folder`, 'folder');
  if (!info.isFile()) throw new FileReadError(`${name}: not a regular file`, 'not-regular');
  if (info.size > options.cap && !options.truncate) throw tooLarge(name, options, info.size);
  return Math.min(options.cap + 1, info.size + 1);
}

/** A bigger buffer holding what was read: doubled, at most `cap + 1` bytes. */
function grow(buffer: Buffer, cap: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.min(cap + 1, Math.max(buffer.length * 2, 4096)));
  buffer.copy(bigger);
  return bigger;
}

function finish(buffer: Buffer, total: number, options: ReadOptions, name: string): ReadResult {
  if (total <= options.cap) return { bytes: buffer.subarray(0, total), truncated: false };
  if (options.truncate) return { bytes: buffer.subarray(0, options.cap), truncated: true };
  throw tooLarge(name, options);
}

/** The message for a file over its cap: `huge.md: too large for a lesson (50.0 MB; the limit is 8 MB)`. */
export function tooLarge(name: string, options: Pick<ReadOptions, 'cap' | 'kind'>, size?: number): FileReadError {
  const limit = formatBytes(options.cap);
  const what = size === undefined ? `over ${limit}` : formatBytes(size, 1);
  return new FileReadError(`${name}: too large${options.kind ? ` for ${options.kind}` : ''} (${what}; the limit is ${limit})`, 'too-large');
}

/** 8 MB, 256 KB, 12 bytes (the units the README uses); `digits` after the point. */
export function formatBytes(bytes: number, digits?: number): string {
  const show = (n: number) => (digits === undefined ? String(Number(n.toFixed(1))) : n.toFixed(digits));
  if (bytes >= 1024 * 1024) return `${show(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${show(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** One line for an fs error, naming the file. */
export function fsError(error: NodeJS.ErrnoException, name: string): FileReadError {
  const made = fsErrorOf(error, name);
  return new FileReadError(made.message, made.failure, error.code);
}

function fsErrorOf(error: NodeJS.ErrnoException, name: string): FileReadError {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileReadError(`${name}: no such file or folder`, 'missing');
    case 'EACCES':
    case 'EPERM':
      return new FileReadError(`${name}: permission denied`, 'denied');
    case 'EISDIR':
      return new FileReadError(`${name}: is a folder`, 'folder');
    case 'ELOOP':
      return new FileReadError(`${name}: too many levels of symbolic links`, 'other');
    case 'ENXIO':
      // Opening a socket or a FIFO's write end without a reader: not a file to read either way.
      return new FileReadError(`${name}: not a regular file`, 'not-regular');
    default:
      return new FileReadError(`${name}: cannot read (${error.code ?? error.message})`, 'other');
  }
}
