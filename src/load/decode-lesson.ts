import { InputError } from './input-error.js';

/** Lessons are text; past this size it is a mistake (or a log file), not a lesson. */
export const MAX_LESSON_BYTES = 8 * 1024 * 1024;

/**
 * Turns the bytes of a lesson into text, refusing what is not a Markdown lesson:
 * empty, binary (NUL bytes), not UTF-8, or too large. `name` is used in messages.
 */
export function decodeLesson(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_LESSON_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new InputError(`${name}: too large for a lesson (${mb} MB; the limit is ${MAX_LESSON_BYTES / 1024 / 1024} MB)`);
  }
  if (bytes.includes(0)) throw new InputError(`${name}: looks like a binary file, not a Markdown lesson`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name}: is not valid UTF-8 text (byte ${firstInvalidUtf8(bytes)})`);
  }
  if (text.trim() === '') throw new InputError(`${name}: is empty`);
  return text;
}

/** Offset of the first byte that breaks UTF-8, for a message the user can act on. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search on the longest valid prefix; a cut inside a sequence also fails, so back off 3.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return Math.max(0, lo);
}
