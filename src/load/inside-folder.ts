import { realpathSync, statSync, promises as fs } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/**
 * Where links and course entries may lead: inside the course's folder (or the lesson's own
 * folder for a single lesson), judged after symlinks are resolved. `shadow.md -> /etc/shadow`
 * beside a lesson, or `../../secret.md`, is outside: reported as a broken link, never shown.
 */

/** What a link's target is, for the presenter and `check`. */
export type TargetState = 'present' | 'missing' | 'outside';

/** The folder links of a lesson at `lessonPath` must stay in when no course folder is known. */
export function lessonRoot(lessonPath: string): string {
  return lessonPath === '-' ? process.cwd() : dirname(resolve(lessonPath));
}

/** True when `real` (a resolved path) is `root` or below it. */
export function isWithin(real: string, root: string): boolean {
  const rel = relative(root, real);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The state of the file at `path` seen from `root`: present (a regular file, symlinks
 * resolved, inside root), missing, or outside. Folders count as present only when
 * `allowFolder` (a link may point at a folder of the course).
 */
export async function targetState(path: string, root: string, allowFolder = false): Promise<TargetState> {
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([fs.realpath(path), fs.realpath(root)]);
  } catch {
    // A dangling link, or nothing there: judge the written path, so `../x.md` is "outside".
    return isWithin(resolve(path), resolve(root)) ? 'missing' : 'outside';
  }
  if (!isWithin(real, realRoot)) return 'outside';
  try {
    const info = await fs.stat(real);
    return info.isFile() || (allowFolder && info.isDirectory()) ? 'present' : 'missing';
  } catch {
    return 'missing';
  }
}

/** targetState for `check`, which walks every link of a course synchronously. */
export function targetStateSync(path: string, root: string, allowFolder = false): TargetState {
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync(path);
    realRoot = realpathSync(root);
  } catch {
    return isWithin(resolve(path), resolve(root)) ? 'missing' : 'outside';
  }
  if (!isWithin(real, realRoot)) return 'outside';
  try {
    const info = statSync(real);
    return info.isFile() || (allowFolder && info.isDirectory()) ? 'present' : 'missing';
  } catch {
    return 'missing';
  }
}

/** A folder entry as readdir gives it with `withFileTypes`. */
export interface FolderEntry {
  name: string;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}

/**
 * The names of the entries of `root` that `wanted` accepts and that are lessons to open:
 * regular files, or symlinks to regular files inside `root` (a symlink out of the course is
 * left out, as are FIFOs, devices and folders).
 */
export async function entriesInside(root: string, entries: readonly FolderEntry[], wanted: (name: string) => boolean): Promise<string[]> {
  const candidates = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && wanted(e.name));
  const states = await Promise.all(candidates.map((e) => (e.isFile() ? Promise.resolve<TargetState>('present') : targetState(resolve(root, e.name), root))));
  return candidates.filter((_, i) => states[i] === 'present').map((e) => e.name);
}
