import { isUtf8 } from 'node:buffer';
import { InputError } from '../deck/input-error.js';
import { READ_LIMITS, tooLarge as tooLargeFile } from './read-file.js';

/** Lessons are text; past this size it is a mistake (or a log file), not a lesson. */
export const MAX_LESSON_BYTES = READ_LIMITS.lesson;

/** The error for a lesson of `size` bytes, over MAX_LESSON_BYTES. */
export function tooLarge(name: string, size: number): InputError {
  const limit = MAX_LESSON_BYTES / 1024 / 1024;
  const error = tooLargeFile(name, { cap: MAX_LESSON_BYTES, kind: 'a lesson' }, size);
  return new InputError(error.message, { kind: 'too-large', megabytes: (size / 1024 / 1024).toFixed(1), limit });
}

/**
 * Turns the bytes of a lesson into text, refusing what is not a Markdown lesson:
 * empty, binary (NUL bytes), not UTF-8, or too large. `name` is used in messages.
 */
export function decodeLesson(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_LESSON_BYTES) throw tooLarge(name, bytes.length);
  if (bytes.includes(0)) throw new InputError(`${name}: looks like a binary file, not a Markdown lesson`, { kind: 'binary' });
  // isUtf8 and toString run in C++, several times faster than a fatal TextDecoder on 8 MB.
  if (!isUtf8(bytes)) {
    const byte = firstInvalidUtf8(bytes);
    throw new InputError(`${name}: is not valid UTF-8 text (byte ${byte})`, { kind: 'not-utf8', byte });
  }
  const decoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // A byte-order mark is no part of the text (TextDecoder drops it too).
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.trim() === '') throw new InputError(`${name}: is empty`, { kind: 'empty' });
  return text;
}

/**
 * Offset of the first byte that breaks UTF-8, for a message the user can act on. Follows
 * the well-formed byte sequences of Unicode's table 3-7 (no overlongs, no surrogates).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf
        ? [2, 0x80, 0xbf]
        : lead === 0xe0
          ? [3, 0xa0, 0xbf]
          : lead === 0xed
            ? [3, 0x80, 0x9f]
            : lead >= 0xe1 && lead <= 0xef
              ? [3, 0x80, 0xbf]
              : lead === 0xf0
                ? [4, 0x90, 0xbf]
                : lead === 0xf4
                  ? [4, 0x80, 0x8f]
                  : lead >= 0xf1 && lead <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const b = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (b === undefined || b < min || b > max) return i;
    }
    i += length;
  }
  return bytes.length;
}
