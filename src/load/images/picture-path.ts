import { dirname, resolve } from 'node:path';
import { isWithin } from '../inside-folder.js';

/** Where an image block's `src` points, before the file system is asked. */
export type PictureSource = { kind: 'local'; path: string; root: string } | { kind: 'remote'; url: string } | { kind: 'invalid'; reason: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Resolves `src` against the lesson: a relative path (percent-decoded, without `?query` or
 * `#fragment`) inside the lesson's folder; a URL (any scheme, `//host`) is remote and never
 * fetched. `root` is the folder the file must stay inside (checked again after symlinks).
 * Standard input's pictures are relative to the current folder.
 */
export function pictureSource(src: string, lessonPath: string, cwd: string = process.cwd()): PictureSource {
  const raw = src.trim();
  if (raw === '') return { kind: 'invalid', reason: 'no image address' };
  if (SCHEME.test(raw) && !/^[a-z]:[\\/]/i.test(raw)) return { kind: 'remote', url: raw };
  if (raw.startsWith('//')) return { kind: 'remote', url: raw };
  const root = lessonPath === '-' ? resolve(cwd) : dirname(resolve(cwd, lessonPath));
  let path = raw.replace(/[?#].*$/s, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A lone `%` is part of the file name.
  }
  const target = resolve(root, path);
  if (target === root || !isWithin(target, root)) return { kind: 'invalid', reason: `${raw} is outside the lesson's folder` };
  return { kind: 'local', path: target, root };
}
