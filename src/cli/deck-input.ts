/**
 * Where the CLI's lessons and keys come from: a path, the bundled slides, or standard input
 * (then keys come from the terminal itself).
 */
import { existsSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ReadStream } from 'node:tty';
import { fileURLToPath } from 'node:url';
import { InputError } from '../deck/input-error.js';
import { MAX_LESSON_BYTES } from '../load/decode-lesson.js';
import { openDeck } from '../load/open-deck.js';

/**
 * The package's root folder: the nearest folder above this module holding package.json.
 * This module runs as src/cli/deck-input.ts (tests) and inside dist/cli.cjs (the bundle), at
 * different depths.
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const ROOT = packageRoot();

/** The deck `lectern` presents when given no path. */
export const BUNDLED_SLIDES = join(ROOT, 'slides');

/** Opens the deck at `path` (`-`: standard input), or the bundled slides. */
export function open(path: string | undefined) {
  return openDeck(path ?? BUNDLED_SLIDES, readStdin);
}

/** Reads standard input whole, refusing it once it is past the lesson size limit. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    // What is already over the limit can only be refused: stop reading (and holding) it.
    if (size > MAX_LESSON_BYTES) throw new InputError(`standard input: too large for a lesson (over ${MAX_LESSON_BYTES / 1024 / 1024} MB)`);
  }
  return Buffer.concat(chunks);
}

/** Keys come from stdin, or from the terminal itself when the lesson was piped into stdin. */
export function keyboard(): NodeJS.ReadStream {
  const keys = openKeyboard();
  if (!keys) throw new InputError('no keyboard: standard input is not a terminal and /dev/tty cannot be opened');
  return keys;
}

/**
 * stdin when it is a terminal, else the controlling terminal (/dev/tty); undefined when there
 * is none. A /dev/tty stream is the caller's to destroy: open, it keeps the process alive.
 */
export function openKeyboard(): NodeJS.ReadStream | undefined {
  if (process.stdin.isTTY) return process.stdin;
  try {
    return new ReadStream(openSync('/dev/tty', 'r'));
  } catch {
    return undefined;
  }
}

/** lectern's version, from its package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
