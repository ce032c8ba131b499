import { describe, expect, test } from 'vitest';
import type { Frame } from '../../../src/render/frame.js';
import { cachedDiff, diffPaint, FrameWriter, fullPaint, SYNC_END, SYNC_START } from '../../../src/follow/frame-writer.js';

const frame = (...lines: string[]): Frame => ({ width: 10, height: lines.length, lines });

describe('frame writer', () => {
  test('paints a whole frame at absolute positions, without any newline', () => {
    const bytes = fullPaint(frame('one', '', 'three'));
    expect(bytes.startsWith(SYNC_START)).toBe(true);
    expect(bytes.endsWith(SYNC_END)).toBe(true);
    expect(bytes).toContain('\u001B[H\u001B[2J');
    expect(bytes).toContain('\u001B[1;1Hone\u001B[K');
    expect(bytes).toContain('\u001B[3;1Hthree\u001B[K');
    // An empty line on a cleared screen needs nothing.
    expect(bytes).not.toContain('\u001B[2;1H');
    expect(bytes).not.toMatch(/[\r\n]/);
  });

  test('sends only the lines that changed', () => {
    const bytes = diffPaint(frame('a', 'b', 'c', 'd'), frame('a', 'B', 'c', ''));
    expect(bytes).toBe(`${SYNC_START}\u001B[2;1HB\u001B[K\u001B[4;1H\u001B[K${SYNC_END}`);
  });

  test('ends a line inside a background color before erasing the rest of it', () => {
    const bytes = diffPaint(frame('a'), frame('\u001B[44m bar \u001B[49m'));
    expect(bytes).toBe(`${SYNC_START}\u001B[1;1H\u001B[44m bar \u001B[m\u001B[K${SYNC_END}`);
  });

  test('sends nothing when nothing changed', () => {
    const f = frame('a', 'b');
    expect(diffPaint(f, f)).toBe('');
    expect(diffPaint(f, frame('a', 'b'))).toBe('');
  });

  test('repaints everything when the size changed', () => {
    const next: Frame = { width: 20, height: 2, lines: ['x', 'y'] };
    expect(diffPaint(frame('x', 'y'), next)).toBe(fullPaint(next));
  });

  test('computes the diff between two shared frames once', () => {
    const a = frame('a', 'b');
    const b = frame('a', 'c');
    expect(cachedDiff(a, b)).toBe(cachedDiff(a, b));
    expect(cachedDiff(a, b)).toBe(diffPaint(a, b));
  });

  test('a writer paints fully first, then diffs, and fully again after invalidate', () => {
    const writer = new FrameWriter();
    const a = frame('a', 'b');
    const b = frame('a', 'c');
    expect(writer.next(a)).toBe(fullPaint(a));
    expect(writer.next(b)).toBe(diffPaint(a, b));
    expect(writer.current).toBe(b);
    expect(writer.next(b)).toBe('');
    writer.invalidate();
    expect(writer.next(b)).toBe(fullPaint(b));
  });
});
