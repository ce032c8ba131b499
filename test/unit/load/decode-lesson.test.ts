import { describe, expect, it } from 'vitest';
import { decodeLesson, MAX_LESSON_BYTES } from '../../../src/load/decode-lesson.js';
import { InputError } from '../../../src/deck/input-error.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The InputError decodeLesson throws for these bytes (fails the test when it does not throw one). */
function refusal(bytes: Uint8Array, name = 'lesson.md'): InputError {
  try {
    decodeLesson(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('decodeLesson accepted the bytes');
}

describe('decodeLesson', () => {
  it('decodes UTF-8 text unchanged', () => {
    expect(decodeLesson(utf8('# Judul 🧩\n\nKamar & rumah\n'), 'a.md')).toBe('# Judul 🧩\n\nKamar & rumah\n');
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# Hi')]);
    expect(decodeLesson(bytes, 'a.md')).toBe('# Hi');
  });

  it('refuses an empty lesson, naming it', () => {
    const error = refusal(new Uint8Array(0), 'empty.md');
    expect(error.message).toBe('empty.md: is empty');
  });

  it('refuses whitespace only, and a lone BOM, as empty', () => {
    expect(refusal(utf8('  \n\t\n   \r\n')).message).toMatch(/is empty$/);
    expect(refusal(new Uint8Array([0xef, 0xbb, 0xbf])).message).toMatch(/is empty$/);
  });

  it('refuses NUL bytes as binary', () => {
    const error = refusal(new Uint8Array([...utf8('# Title\n'), 0, ...utf8('rest')]), 'image.md');
    expect(error.message).toBe('image.md: looks like a binary file, not a Markdown lesson');
  });

  it('refuses invalid UTF-8, giving the byte offset', () => {
    const error = refusal(new Uint8Array([...utf8('abc'), 0xff, ...utf8('def')]), 'latin1.md');
    expect(error.message).toBe('latin1.md: is not valid UTF-8 text (byte 3)');
  });

  it('gives the offset of a truncated sequence at the end', () => {
    expect(refusal(new Uint8Array([...utf8('hello'), 0xc3])).message).toContain('(byte 5)');
  });

  it('gives the right offset after multi-byte characters', () => {
    // 10 × "é" is 20 bytes; the first bad byte is at offset 20.
    const bytes = new Uint8Array([...utf8('é'.repeat(10)), 0xff, ...utf8('A')]);
    expect(refusal(bytes).message).toContain('(byte 20)');
  });

  it('gives the right offset after three-byte characters', () => {
    const prefix = utf8('aaaaa' + '€'.repeat(7)); // 5 + 21 bytes
    expect(prefix.length).toBe(26);
    expect(refusal(new Uint8Array([...prefix, 0xff])).message).toContain('(byte 26)');
  });

  it('refuses a lesson larger than MAX_LESSON_BYTES', () => {
    const big = new Uint8Array(MAX_LESSON_BYTES + 1).fill(0x61);
    const error = refusal(big, 'huge.md');
    expect(error.message).toMatch(/^huge\.md: too large for a lesson \(8\.0 MB; the limit is 8 MB\)$/);
  });

  it('accepts a lesson of exactly MAX_LESSON_BYTES', () => {
    const max = new Uint8Array(MAX_LESSON_BYTES).fill(0x61);
    expect(decodeLesson(max, 'max.md')).toHaveLength(MAX_LESSON_BYTES);
  });
});
