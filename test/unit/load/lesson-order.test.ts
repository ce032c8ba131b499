import { describe, expect, it } from 'vitest';
import { lessonNumber, sortLessons } from '../../../src/load/lesson-order.js';

describe('lessonNumber', () => {
  it('reads the leading number in the usual spellings', () => {
    expect(lessonNumber('03-pengantar.md')).toBe(3);
    expect(lessonNumber('#3 - Pengantar KVM vs LXC.md')).toBe(3);
    expect(lessonNumber('# 12 intro.md')).toBe(12);
    expect(lessonNumber('10-x.md')).toBe(10);
  });

  it('is undefined without a leading number', () => {
    expect(lessonNumber('README.md')).toBeUndefined();
    expect(lessonNumber('intro-3.md')).toBeUndefined();
  });
});

describe('sortLessons', () => {
  it('puts #10 after #9', () => {
    expect(sortLessons(['#10 - Backup.md', '#9 - Storage.md', '#1 - Intro.md'])).toEqual(['#1 - Intro.md', '#9 - Storage.md', '#10 - Backup.md']);
  });

  it('orders by number whatever the spelling, unnumbered last and by name', () => {
    expect(sortLessons(['zz.md', '10-x.md', 'appendix.md', '2-y.md', '#3 - z.md'])).toEqual(['2-y.md', '#3 - z.md', '10-x.md', 'appendix.md', 'zz.md']);
  });

  it('breaks ties on the same number by name, and does not change its input', () => {
    const input = ['3-b.md', '03-a.md'];
    expect(sortLessons(input)).toEqual(['03-a.md', '3-b.md']);
    expect(input).toEqual(['3-b.md', '03-a.md']);
  });
});
