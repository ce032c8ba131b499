import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  lessonExists,
  lessonTitleFromText,
  nextLesson,
  previousLesson,
  readCourse,
  resolveLessonLink,
  TITLE_READ_BYTES,
  type CourseLesson,
} from '../../../src/load/course.js';
import { InputError } from '../../../src/deck/input-error.js';
import { LESSON_PATH } from '../../support/decks.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, text: string | Uint8Array) => writeFileSync(join(dir, name), text);
const names = (course: CourseLesson[]) => course.map((l) => l.path.slice(dir.length + 1));

describe('readCourse', () => {
  it('orders lessons by number (#10 after #9), unnumbered last, and skips other files', async () => {
    for (const name of ['#10 - Ten.md', 'README.md', '#9 - Nine.md', '02-two.markdown', 'notes.txt', '#1 - One.md']) write(name, `# ${name}\n`);
    mkdirSync(join(dir, '#5 - a folder.md'));
    const course = await readCourse(dir);
    expect(names(course)).toEqual(['#1 - One.md', '02-two.markdown', '#9 - Nine.md', '#10 - Ten.md', 'README.md']);
    expect(course.map((l) => l.number)).toEqual([1, 2, 9, 10, undefined]);
    expect(course[0]?.path).toBe(join(dir, '#1 - One.md'));
  });

  it('puts 03-x.md and #3 - y.md together at number 3, by name', async () => {
    write('#3 - y.md', '# y');
    write('03-x.md', '# x');
    write('04-z.md', '# z');
    expect(names(await readCourse(dir))).toEqual(['#3 - y.md', '03-x.md', '04-z.md']);
  });

  it('titles lessons by front matter, else first heading, else file name', async () => {
    write('01-fm.md', '---\ntitle: From *front* matter\n---\n# Heading\n');
    write('02-heading.md', 'Some intro text.\n\n```md\n# not a heading\n```\n\n## 🧩 #2 - **Pengantar** `KVM`\n\n# Later\n');
    write('03-setext.md', 'Setext title\n============\n');
    write('04-none.md', 'Just text, no heading.\n');
    write('05-empty.md', '');
    write('06-binary.md', new Uint8Array([0x23, 0x20, 0x00, 0x01, 0x02]));
    write('07-latin1.md', new Uint8Array([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9]));
    write('08-bad-yaml.md', '---\ntitle: [unclosed\n# comment\n---\n# Heading\n');
    write('09-bom.md', '\uFEFF# With BOM\n');
    const titles = (await readCourse(dir)).map((l) => l.title);
    expect(titles).toEqual([
      'From *front* matter',
      '🧩 #2 - Pengantar KVM',
      'Setext title',
      '04-none',
      '05-empty',
      '06-binary',
      '07-latin1',
      '08-bad-yaml',
      'With BOM',
    ]);
  });

  it("titles the real lesson by its first heading's text, emoji kept", () => {
    const text = '# 🧩 #3 - Pengantar KVM vs LXC\n\nBody\n';
    expect(lessonTitleFromText(text, '03-pengantar-kvm-vs-lxc.md')).toBe('🧩 #3 - Pengantar KVM vs LXC');
  });

  it('reads only the start of a big lesson, even when the cut falls inside a character', async () => {
    // "é" is 2 bytes and 13 bytes come before them, so the 64 KB boundary splits one.
    const head = '# Big one\n\nxx';
    expect(Buffer.byteLength(head) % 2).toBe(1);
    write('01-big.md', `${head}${'é'.repeat(TITLE_READ_BYTES)}\n`);
    write('02-late.md', `${'word '.repeat(TITLE_READ_BYTES / 4)}\n\n# Too late\n`);
    write('03-after-intro.md', `${'A long introduction.\n'.repeat(400)}\n## Found after 8 KB\n`);
    const course = await readCourse(dir);
    expect(course.map((l) => l.title)).toEqual(['Big one', '02-late', 'Found after 8 KB']);
  });

  it('still lists a lesson it cannot read, titled by its file name', async () => {
    write('01-ok.md', '# OK');
    write('02-locked.md', '# Locked');
    chmodSync(join(dir, '02-locked.md'), 0o000);
    const course = await readCourse(dir);
    expect(course).toHaveLength(2);
    // root reads it anyway; anyone else gets the file name.
    expect(['Locked', '02-locked']).toContain(course[1]?.title);
  });

  it('returns an empty course for a folder without lessons, and an InputError for no folder', async () => {
    expect(await readCourse(dir)).toEqual([]);
    await expect(readCourse(join(dir, 'missing'))).rejects.toBeInstanceOf(InputError);
    await expect(readCourse(join(dir, 'missing'))).rejects.toThrow(/no such folder/);
  });
});

describe('nextLesson / previousLesson', () => {
  const course: CourseLesson[] = [
    { path: '/c/01-a.md', number: 1, title: 'A' },
    { path: '/c/02-b.md', number: 2, title: 'B' },
    { path: '/c/03-c.md', number: 3, title: 'C' },
  ];

  it('steps through the course and stops at its ends', () => {
    expect(nextLesson(course, '/c/01-a.md')?.title).toBe('B');
    expect(nextLesson(course, '/c/02-b.md')?.title).toBe('C');
    expect(nextLesson(course, '/c/03-c.md')).toBeUndefined();
    expect(previousLesson(course, '/c/03-c.md')?.title).toBe('B');
    expect(previousLesson(course, '/c/01-a.md')).toBeUndefined();
  });

  it('matches paths after normalizing them, and knows nothing of lessons outside the course', () => {
    expect(nextLesson(course, '/c/./x/../01-a.md')?.title).toBe('B');
    expect(nextLesson(course, '/elsewhere/01-a.md')).toBeUndefined();
    expect(previousLesson(course, '/elsewhere/02-b.md')).toBeUndefined();
    expect(nextLesson([], '/c/01-a.md')).toBeUndefined();
  });
});

describe('resolveLessonLink', () => {
  it("resolves the course lesson's link to #4, whose # is part of the file name", () => {
    expect(resolveLessonLink('./#4%20-%20Mengenal%20Proxmox%20VE.md', '/home/guru/kursus/03-pengantar-kvm-vs-lxc.md')).toBe(
      '/home/guru/kursus/#4 - Mengenal Proxmox VE.md',
    );
    expect(resolveLessonLink('./#4%20-%20Mengenal%20Proxmox%20VE.md', LESSON_PATH)).toBe(join(dirname(LESSON_PATH), '#4 - Mengenal Proxmox VE.md'));
  });

  it('resolves parent folders and drops fragments', () => {
    expect(resolveLessonLink('../other/05-x.md', '/course/part1/04-y.md')).toBe('/course/other/05-x.md');
    expect(resolveLessonLink('05-x.md#setup', '/course/04-y.md')).toBe('/course/05-x.md');
  });

  it('gives undefined for web links, anchors and non-lesson files', () => {
    expect(resolveLessonLink('https://example.com/x.md', '/course/04-y.md')).toBeUndefined();
    expect(resolveLessonLink('http://example.com', '/course/04-y.md')).toBeUndefined();
    expect(resolveLessonLink('mailto:a@b.c', '/course/04-y.md')).toBeUndefined();
    expect(resolveLessonLink('#top', '/course/04-y.md')).toBeUndefined();
    expect(resolveLessonLink('image.png', '/course/04-y.md')).toBeUndefined();
  });
});

describe('lessonExists', () => {
  it('is true for a lesson file, false for a missing one or a folder', async () => {
    write('#4 - Mengenal Proxmox VE.md', '# 4');
    const from = join(dir, '03-x.md');
    const link = resolveLessonLink('./#4%20-%20Mengenal%20Proxmox%20VE.md', from);
    expect(link).toBeDefined();
    expect(await lessonExists(link!)).toBe(true);
    expect(await lessonExists(resolveLessonLink('./05-missing.md', from)!)).toBe(false);
    expect(await lessonExists(dir)).toBe(false);
  });
});
