import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { MAX_LESSON_BYTES, decodeLesson } from './decode-lesson.js';
import { InputError } from '../deck/input-error.js';
import { readRegularFile, readRegularFileSync } from './read-file.js';
import { entriesInside } from './inside-folder.js';
import { isLessonFile, sortLessons } from './lesson-order.js';

/** The text of one lesson and where it came from. */
export interface LessonSource {
  /** Absolute path, or `-` for standard input. */
  path: string;
  /** Short name for messages and the status bar fallback. */
  name: string;
  text: string;
  /** Other lessons beside it when a folder was given, in course order (absolute paths). */
  course: string[];
}

/**
 * Reads a lesson from a file, a folder (its first lesson in course order) or `-` (stdin).
 * Every failure a user can cause becomes an InputError with a one-line message.
 *
 * The file is read synchronously: every start waits on this read before anything can show,
 * and each asynchronous step (stat, open, fstat, read, close) costs a trip through libuv's
 * thread pool. Measured on 2026-12-01 (the course lesson, a fresh Node): 0.7 ms
 * synchronously against 5–7 ms asynchronously. A lesson opened while presenting (the course
 * menu, a link, serve's viewers) is read the same way, then parsed whole, which takes far
 * longer than the read (8 MB: 60 ms to read, seconds to parse). The same guards hold either
 * way (readRegularFileSync: opened once without blocking, regular files only, capped).
 */
export async function readSource(target: string, readStdin: () => Promise<Uint8Array>): Promise<LessonSource> {
  if (target === '-') {
    const text = decodeLesson(await readStdin(), 'standard input');
    return { path: '-', name: 'stdin', text, course: [] };
  }
  const path = resolve(target);
  const info = fsCall(() => statSync(path), target);
  if (info.isDirectory()) {
    const entries = fsCall(() => readdirSync(path, { withFileTypes: true }), target);
    const lessons = sortLessons(await entriesInside(path, entries, isLessonFile));
    const first = lessons[0];
    if (first === undefined) throw new InputError(`${target}: no Markdown lessons (.md files) in this folder`);
    const course = lessons.map((name) => join(path, name));
    return { ...readLessonFile(join(path, first)), course };
  }
  if (!info.isFile()) throw new InputError(`${target}: not a regular file`);
  return readLessonFile(path);
}

function readLessonFile(path: string): LessonSource {
  const name = basename(path);
  const { bytes } = readRegularFileSync(path, { cap: MAX_LESSON_BYTES, name, kind: 'a lesson' });
  return { path, name, text: decodeLesson(bytes, name), course: [] };
}

/** `call()`, its fs error turned into the one-line InputError for `target`. */
function fsCall<T extends Stats | Dirent[]>(call: () => T, target: string): T {
  try {
    return call();
  } catch (error) {
    throw new InputError(describeFsError(error as NodeJS.ErrnoException, target));
  }
}

/**
 * The decoded text of the lesson file at `path` (`name` in messages): opened once, a regular
 * file only, refused by its size before reading when it is over the limit, and never read
 * past it (a symlink to /dev/zero, a FIFO or a growing file cannot block or bloat it).
 * Live reload reads through here, without holding up keys while it reads.
 */
export async function readLessonText(path: string, name: string): Promise<string> {
  const { bytes } = await readRegularFile(path, { cap: MAX_LESSON_BYTES, name, kind: 'a lesson' });
  return decodeLesson(bytes, name);
}

function describeFsError(error: NodeJS.ErrnoException, target: string): string {
  switch (error.code) {
    case 'ENOENT':
      return `${target}: no such file or folder`;
    case 'EACCES':
    case 'EPERM':
      return `${target}: permission denied`;
    case 'EISDIR':
      return `${target}: is a folder`;
    default:
      return `${target}: cannot read (${error.code ?? error.message})`;
  }
}
