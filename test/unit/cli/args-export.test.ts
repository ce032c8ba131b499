import { describe, expect, it } from 'vitest';
import { UsageError, parseArgs, parseSlideList } from '../../../src/cli/args.js';

describe('lectern export arguments', () => {
  it('reads format, output, size and slides', () => {
    expect(parseArgs(['export', 'slides', '--format', 'svg', '-o', 'docs/slide.svg', '--size', '80x24', '--slides', '1,5'])).toEqual({
      kind: 'export',
      path: 'slides',
      format: 'svg',
      output: 'docs/slide.svg',
      size: { columns: 80, rows: 24 },
      slides: [1, 5],
      notes: false,
      crop: false,
      noStatus: false,
      theme: undefined,
      ascii: undefined,
    });
    expect(parseArgs(['export', '--format=html', '--output=deck.html', '--theme', 'light'])).toMatchObject({
      format: 'html',
      output: 'deck.html',
      theme: 'light',
    });
  });

  it('needs a known format, and a file name for pictures', () => {
    expect(() => parseArgs(['export', 'x.md'])).toThrow(/needs --format/);
    expect(() => parseArgs(['export', '--format', 'gif'])).toThrow(UsageError);
    expect(() => parseArgs(['export', '--format', 'svg'])).toThrow(/needs -o/);
    expect(() => parseArgs(['export', '--format', 'svg', '-o', '-'])).toThrow(/needs -o/);
    expect(() => parseArgs(['export', '--format', 'txt', '-o'])).toThrow(/needs a value/);
  });

  it('reads the handout options: pdf, --notes, --crop, --no-status', () => {
    expect(parseArgs(['export', 'course', '--format', 'pdf', '--notes', '-o', 'h.pdf'])).toMatchObject({
      format: 'pdf',
      notes: true,
      crop: false,
      noStatus: false,
    });
    expect(parseArgs(['export', '--format', 'svg', '-o', 'p/', '--crop', '--no-status'])).toMatchObject({ notes: false, crop: true, noStatus: true });
  });

  it('reads slide lists', () => {
    expect(parseSlideList('2-4,1,3')).toEqual([2, 3, 4, 1]);
    for (const bad of ['', '0', '3-1', 'a', '1,,2']) expect(() => parseSlideList(bad), bad).toThrow(/--slides/);
  });
});
