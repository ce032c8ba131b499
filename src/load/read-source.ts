import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { MAX_LESSON_BYTES, decodeLesson } from './decode-lesson.js';
import { InputError } from '../deck/input-error.js';
import { readRegularFile } from './read-file.js';
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
 */
export async function readSource(target: string, readStdin: () => Promise<Uint8Array>): Promise<LessonSource> {
  if (target === '-') {
    const text = decodeLesson(await readStdin(), 'standard input');
    return { path: '-', name: 'stdin', text, course: [] };
  }
  const path = resolve(target);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(describeFsError(error, target));
  });
  if (info.isDirectory()) {
    const entries = await readdir(path, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(describeFsError(error, target));
    });
    const lessons = sortLessons(await entriesInside(path, entries, isLessonFile));
    const first = lessons[0];
    if (first === undefined) throw new InputError(`${target}: no Markdown lessons (.md files) in this folder`);
    const course = lessons.map((name) => join(path, name));
    return { ...(await readLessonFile(join(path, first))), course };
  }
  if (!info.isFile()) throw new InputError(`${target}: not a regular file`);
  return readLessonFile(path);
}

async function readLessonFile(path: string): Promise<LessonSource> {
  const name = basename(path);
  return { path, name, text: await readLessonText(path, name), course: [] };
}

/**
 * The decoded text of the lesson file at `path` (`name` in messages): opened once, a regular
 * file only, refused by its size before reading when it is over the limit, and never read
 * past it (a symlink to /dev/zero, a FIFO or a growing file cannot block or bloat it).
 * Live reload and linked lessons read through here too.
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
