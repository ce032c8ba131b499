import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, killAll, runLectern, splitFrames, startLectern, tempDir } from './pty-screen.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'handouts');
const COURSE = join(FIXTURES, 'course');
const LONG = join(FIXTURES, 'long-slide.md');

const cleanups: (() => void)[] = [];
afterEach(async () => {
  cleanups.splice(0).forEach((c) => c());
  await killAll();
});
const temp = () => {
  const dir = tempDir('lectern-export-course-');
  cleanups.push(dir.cleanup);
  return dir.path;
};

describe('lectern export of a course folder and of whole slides', () => {
  it('writes a course as one HTML page: every lesson, a lesson menu, lesson links inside the page', async () => {
    const out = join(temp(), 'course.html');
    const run = await runLectern(['export', COURSE, '--format', 'html', '-o', out]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<section id="lesson-\d-slide-\d"/g)).toEqual([
      '<section id="lesson-1-slide-1"',
      '<section id="lesson-1-slide-2"',
      '<section id="lesson-2-slide-1"',
      '<section id="lesson-2-slide-2"',
    ]);
    expect(html).toContain('<title>course</title>');
    expect(html).toMatch(/<details class="menu">.*Basics of the course.*Advanced lesson/);
    const text = (a: string) => a.replace(/<[^>]*>/g, '');
    const links = [...html.matchAll(/<a href="(#lesson[^"]*)">(.*?)<\/a>/g)].map((m) => [m[1], text(m[2] ?? '')]);
    expect(links).toContainEqual(['#lesson-2-slide-1', 'the advanced lesson (./02-advanced.md)']);
    expect(links).toContainEqual(['#lesson-1-slide-1', 'the basics (./01-basics.md)']);
  });

  it('writes svg and txt of a course as a folder or file per lesson, in course order', async () => {
    const dir = temp();
    const svg = await runLectern(['export', COURSE, '--format', 'svg', '-o', join(dir, 'pics')]);
    expect(svg.status).toBe(0);
    expect(readdirSync(join(dir, 'pics'))).toEqual(['01-basics', '02-advanced']);
    expect(readdirSync(join(dir, 'pics', '02-advanced'))).toEqual(['slide-01.svg', 'slide-02.svg']);
    const txt = await runLectern(['export', COURSE, '--format', 'txt', '-o', join(dir, 'text')]);
    expect(txt.status).toBe(0);
    expect(readdirSync(join(dir, 'text'))).toEqual(['01-basics.txt', '02-advanced.txt']);
    expect(readFileSync(join(dir, 'text', '02-advanced.txt'), 'utf8')).toContain('narwhal');
    const [stdout, print] = await Promise.all([
      runLectern(['export', COURSE, '--format', 'txt', '--size', '60x16']),
      runLectern(['print', COURSE, '--size', '60x16', '--color', 'never']),
    ]);
    // print of a folder is the course too: every lesson, in order.
    expect(print.stdout).toBe(stdout.stdout);
    const frames = splitFrames(stdout.stdout);
    expect(frames).toHaveLength(4);
    expect(frames[0]!.join('\n')).toContain('capybara');
    expect(frames[3]!.join('\n')).toContain('okapi');
  });

  it('writes a tall slide whole in txt as print does, page by page', async () => {
    const [txt, print] = await Promise.all([
      runLectern(['export', LONG, '--format', 'txt', '--size', '80x24']),
      runLectern(['print', LONG, '--size', '80x24', '--color', 'never']),
    ]);
    expect(txt.stdout).toBe(print.stdout);
    const frames = splitFrames(print.stdout);
    for (const frame of frames) expect(frame).toHaveLength(23);
    expect(frames.filter((f) => f.at(-1)?.includes('page '))).toHaveLength(4);
    expect(print.stdout).toContain('heron60');
  });

  it('refuses slides the lesson does not have, and --slides on a course, in one line, exit 2', async () => {
    const dir = temp();
    for (const [args, message] of [
      [['export', LONG, '--format', 'html', '--slides', '9'], 'lectern: no slide 9: the lesson has 3\n'],
      [['export', LONG, '--format', 'svg', '--slides', '2,4', '-o', join(dir, 'x.svg')], 'lectern: no slide 4: the lesson has 3\n'],
      [['export', LONG, '--format', 'txt', '--slides', 'two'], 'lectern: --slides: expected slide numbers like 1,5 or 2-4 (got "two")\n'],
      [['export', COURSE, '--format', 'html', '--slides', '1'], 'lectern: --slides picks slides of one lesson: export a lesson file, not the course folder\n'],
    ] as const) {
      const run = await runLectern([...args]);
      expect([run.status, run.stdout, run.stderr], args.join(' ')).toEqual([2, '', message]);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says in one line what to do when no Chromium or Chrome is on the PATH, exit 2', async () => {
    const out = join(temp(), 'h.pdf');
    const run = await runLectern(['export', LONG, '--format', 'pdf', '-o', out], { env: { PATH: '/nonexistent' } });
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/Chromium or Chrome.*--format html.*Print to PDF/);
  });

  it('never writes a PDF onto a terminal', async () => {
    const session = startLectern(['export', LONG, '--format', 'pdf'], { cols: 100, rows: 10 });
    const exit = await session.exited;
    expect(exit.exitCode).toBe(2);
    expect(session.text()).toContain('export --format pdf: needs -o FILE.pdf');
    expect(session.rawOutput()).not.toContain('%PDF');
  });
});
