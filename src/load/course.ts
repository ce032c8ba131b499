import { promises as fs } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { sanitizeText } from '../parse/clean-text.js';
import { lex } from '../parse/lexer.js';
import { inlinePlainText, lessonLinkPath } from '../parse/links.js';
import { splitFrontMatter } from '../parse/front-matter.js';
import { InputError } from '../deck/input-error.js';
import { isLessonFile, lessonNumber, sortLessons } from './lesson-order.js';
import { READ_LIMITS, readRegularFile } from './read-file.js';
import { entriesInside, targetState } from './inside-folder.js';

/** One lesson of a course (a folder of Markdown lessons), as the lesson menu lists it. */
export interface CourseLesson {
  /** Absolute path of the lesson file. */
  path: string;
  /** The number in its file name (`#3 - …`, `03-…`), when it has one. */
  number?: number;
  /** Plain-text title: front matter `title`, else the first heading, else the file name. */
  title: string;
}

/** A title is near the top of a lesson; reading the rest of a big file would only cost time. */
export const TITLE_READ_BYTES = READ_LIMITS.lessonHead;

/** Files read at once while collecting titles (a course folder may hold hundreds). */
const CONCURRENCY = 16;

/**
 * Absolute path of the lesson a relative link points to, resolved against the folder of
 * the lesson that contains it; undefined for web links, anchors and non-lesson files.
 * Pure path logic: whether the file exists is `lessonExists`'s question. A lesson read
 * from standard input (`-`) resolves links against the current folder.
 */
export function resolveLessonLink(href: string, fromLessonPath: string): string | undefined {
  const target = lessonLinkPath(href);
  return target === undefined ? undefined : resolve(dirname(resolve(fromLessonPath)), target);
}

/**
 * The lessons of a course folder in course order (by the number in the file name, then by
 * name; unnumbered last), each with its title. A lesson that cannot be read or decoded is
 * still listed, titled by its file name, so opening it later reports the actual error.
 * Throws InputError when the folder itself cannot be read.
 */
export async function readCourse(folder: string): Promise<CourseLesson[]> {
  const root = resolve(folder);
  const entries = await fs.readdir(root, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === 'ENOENT' ? 'no such folder' : error.code === 'ENOTDIR' ? 'not a folder' : `cannot read (${error.code ?? error.message})`;
    throw new InputError(`${folder}: ${reason}`);
  });
  const names = sortLessons(await entriesInside(root, entries, isLessonFile));
  const lessons: CourseLesson[] = [];
  for (let i = 0; i < names.length; i += CONCURRENCY) {
    const batch = names.slice(i, i + CONCURRENCY);
    for (const lesson of await Promise.all(batch.map((name) => courseLesson(join(root, name))))) lessons.push(lesson);
  }
  return lessons;
}

async function courseLesson(path: string): Promise<CourseLesson> {
  const name = basename(path);
  const number = lessonNumber(name);
  const head = await readRegularFile(path, { cap: TITLE_READ_BYTES, truncate: true }).catch(() => undefined);
  const text = head === undefined ? undefined : decodeHead(head.bytes, head.truncated);
  const title = text === undefined ? fileTitle(name) : lessonTitleFromText(text, name);
  return number === undefined ? { path, title } : { path, number, title };
}

/**
 * A lesson's title from its text: front matter `title`, else the text of the first
 * Markdown heading (emoji kept, `#` markers and inline markup removed), else the file
 * name without its extension. Invalid front matter falls back to the file name: its
 * YAML lines could otherwise pass for headings (`# comment`).
 */
export function lessonTitleFromText(text: string, fileName: string): string {
  const clean = sanitizeText(text.replace(/^\uFEFF/, ''));
  let body: string;
  try {
    const split = splitFrontMatter(clean, fileName);
    const fromMeta = split.data['title'];
    if (typeof fromMeta === 'string' || typeof fromMeta === 'number') {
      const title = String(fromMeta).replace(/\s+/g, ' ').trim();
      if (title !== '') return title;
    }
    body = split.body;
  } catch {
    return fileTitle(fileName);
  }
  return firstHeading(body) ?? fileTitle(fileName);
}

/** Lexing 64 KB takes ~30 ms; most titles are in the first lines, so try a short prefix first. */
const QUICK_PREFIX = 4096;

/**
 * Plain text of the first non-empty top-level heading. A heading found in a prefix cut at
 * a line end is the one the whole text has: Markdown block structure is decided from the
 * top down, and a setext underline cut off only hides a heading, never invents one.
 */
function firstHeading(body: string): string | undefined {
  const cut = body.lastIndexOf('\n', QUICK_PREFIX);
  const parts = body.length > QUICK_PREFIX && cut > 0 ? [body.slice(0, cut + 1), body] : [body];
  for (const part of parts) {
    for (const token of lex(part)) {
      if (token.type !== 'heading') continue;
      const title = inlinePlainText((token as { text: string }).text);
      if (title !== '') return title;
    }
  }
  return undefined;
}

/** `#3 - Intro.md` → `#3 - Intro`. */
function fileTitle(fileName: string): string {
  return sanitizeText(basename(fileName, extname(fileName))).trim() || fileName;
}

/**
 * UTF-8 text of the start of a lesson, undefined when it is not a text lesson (NUL bytes,
 * invalid UTF-8). A head cut at the read limit may end inside a character or a line: the
 * streaming decoder tolerates the former and the last partial line is dropped.
 */
function decodeHead(bytes: Uint8Array, truncated: boolean): string | undefined {
  if (bytes.includes(0)) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: truncated });
  } catch {
    return undefined;
  }
  if (!truncated) return text;
  const lastNewline = text.lastIndexOf('\n');
  return lastNewline < 0 ? text : text.slice(0, lastNewline + 1);
}

/** The lesson after `currentPath` in the course, undefined at the end or when it is not in it. */
export function nextLesson(course: readonly CourseLesson[], currentPath: string): CourseLesson | undefined {
  const index = indexOf(course, currentPath);
  return index < 0 ? undefined : course[index + 1];
}

/** The lesson before `currentPath` in the course, undefined at the start or when it is not in it. */
export function previousLesson(course: readonly CourseLesson[], currentPath: string): CourseLesson | undefined {
  const index = indexOf(course, currentPath);
  return index <= 0 ? undefined : course[index - 1];
}

function indexOf(course: readonly CourseLesson[], path: string): number {
  const wanted = resolve(path);
  return course.findIndex((lesson) => resolve(lesson.path) === wanted);
}

/**
 * Whether a linked lesson is there to open: a regular file once symlinks are resolved, and
 * inside `root` (the course's folder) when one is given.
 */
export async function lessonExists(path: string, root?: string): Promise<boolean> {
  if (root !== undefined) return (await targetState(path, root)) === 'present';
  try {
    return (await fs.stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The course a lesson belongs to: the folder's lessons when a folder was opened, or the
 * numbered lessons beside a numbered lesson file (so its end leads into the next one).
 */
export async function courseAround(path: string, folderLessons: readonly string[]): Promise<CourseLesson[]> {
  if (path === '-') return [];
  if (folderLessons.length === 0 && lessonNumber(basename(path)) === undefined) return [];
  const lessons = await readCourse(dirname(path)).catch(() => []);
  return folderLessons.length > 0 ? lessons : lessons.filter((l) => l.number !== undefined);
}
