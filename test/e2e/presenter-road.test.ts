import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, REPO_ROOT, killAll, startLectern, type PtySession } from './pty-screen.js';

afterEach(killAll);

const FIXTURES = join(REPO_ROOT, 'test', 'e2e', 'fixtures');
const COURSE = join(FIXTURES, 'course');
const TALL_TABLE = join(FIXTURES, 'tall-table.md');

/** The status bar row (the last of the Frame). */
const statusLine = (s: PtySession) => s.screen()[s.rows - 2] ?? '';

/** Opens the course folder and its first lesson from the lesson menu. */
async function openCourse(cols = 80, rows = 24): Promise<PtySession> {
  const s = startLectern(['--no-resume', COURSE], { cols, rows });
  await s.waitFor('↑↓ choose · Enter open · Esc quit', 8000);
  s.press(KEY.enter);
  await s.waitFor((x) => statusLine(x).includes('1/4'), 4000, 'lesson 1, slide 1');
  return s;
}

describe('a course is one road', () => {
  it('→ at the end goes into the next lesson, ← on its first slide back to the last slide of the one before', async () => {
    const s = await openCourse();
    s.press(KEY.end);
    await s.waitFor((x) => statusLine(x).includes('4/4') && x.text().includes('→ next: ⚙ #2 - Mengenal Proses'), 4000, 'end of lesson 1');
    s.press(KEY.right);
    await s.waitFor((x) => statusLine(x).includes('1/3') && statusLine(x).includes('#2 - Mengenal Proses'), 4000, 'lesson 2');
    s.press(KEY.left);
    await s.waitFor((x) => statusLine(x).includes('4/4') && x.text().includes('Penutup'), 4000, 'back at the end of lesson 1');
    s.press('q');
    expect((await s.exited).exitCode).toBe(0);
  });

  it('the last slide of the last lesson says the course is over', async () => {
    const s = await openCourse();
    s.press('m');
    await s.waitFor((x) => x.text().includes('Esc close') && x.text().includes('#2 - Mengenal Proses'), 4000, 'the lesson menu over the lesson');
    s.press(KEY.down + KEY.enter);
    await s.waitFor((x) => statusLine(x).includes('1/3'), 4000, 'lesson 2 from the menu');
    s.press(KEY.end);
    await s.waitFor((x) => statusLine(x).includes('End of the course'), 4000, 'end of the course');
    s.press(KEY.right);
    await s.waitFor((x) => statusLine(x).includes('End of the course') && statusLine(x).includes('3/3'), 4000, 'still there, still said');
    // Esc closes the menu without quitting; only on the plain slide view does it quit.
    s.press('m');
    await s.waitFor('Esc close');
    s.press(KEY.esc);
    await s.waitFor((x) => !x.text().includes('Esc close') && statusLine(x).includes('3/3'), 4000, 'menu closed');
    expect(s.isAlive()).toBe(true);
    s.press(KEY.esc);
    expect((await s.exited).exitCode).toBe(0);
  });
});

describe('search', () => {
  it('marks the matches on the slide and says which of how many, wrapping around', async () => {
    const s = await openCourse();
    s.press('/kernel');
    await s.waitFor('Search: kernel');
    s.press(KEY.enter);
    // Slides 1, 2 and 3 say "kernel"; the search starts after the slide shown.
    await s.waitFor((x) => statusLine(x).includes('kernel: 2 of 3'), 4000, 'next match');
    expect(statusLine(s)).toContain('2/4');
    // Every cell of "Kernel" in "Kernel adalah inti…" is in inverse video; the word after is not.
    const hit = s.find('Kernel adalah');
    expect(hit).toBeDefined();
    const cells = s.rowCells(hit!.row);
    for (let i = 0; i < 'Kernel'.length; i++) expect(cells[hit!.col + i]?.inverse, `cell ${i} of the match`).toBe(true);
    expect(cells[hit!.col + 'Kernel '.length]?.inverse).toBe(false);
    s.press('n');
    await s.waitFor((x) => statusLine(x).includes('kernel: 3 of 3') && statusLine(x).includes('3/4'), 4000, 'last match');
    s.press('n');
    await s.waitFor((x) => statusLine(x).includes('kernel: 1 of 3 · wrapped around') && statusLine(x).includes('1/4'), 4000, 'wrapped');
    // Backspace on an empty prompt keeps it open; Esc then cancels only the search.
    s.press('/x\u007F\u007F\u007F');
    await s.waitFor((x) => statusLine(x).includes('Search:') && !statusLine(x).includes('Search: x'), 4000, 'empty prompt still open');
    s.press(KEY.esc);
    await s.waitFor((x) => !statusLine(x).includes('Search:'), 4000, 'search cancelled');
    expect(s.isAlive()).toBe(true);
    s.press('q');
    expect((await s.exited).exitCode).toBe(0);
  });
});

describe('help at 40x12', () => {
  it('pages through every key, and any key (q included) closes it', async () => {
    const s = await openCourse(40, 12);
    s.press('?');
    await s.waitFor('↓ more · other keys close');
    const seen: string[] = [];
    for (let page = 0; page < 10; page++) {
      seen.push(s.text());
      if (s.text().includes('any key closes this help')) break;
      s.press(' ');
      // The page count sits on the help's last line: once it moves on, the whole page is drawn.
      const next = new RegExp(`\\b${page + 2}/\\d+ · `);
      await s.waitFor((x) => x.text().includes('any key closes this help') || next.test(x.text()), 4000, 'next help page');
    }
    const text = seen.join('\n');
    for (const keys of ['→ l', 'Space PgDn', '0-9 Enter', 'm', 'n N', 'Ctrl-Z', 'q Esc Ctrl-C', 'Backspace']) expect(text).toContain(keys);
    expect(text).toContain('any key closes this help');
    for (const screen of seen) for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    s.press('q');
    await s.waitFor((x) => !x.text().includes('any key closes') && statusLine(x).includes('1/4'), 2000, 'help closed');
    expect(s.isAlive()).toBe(true);
    s.press('q');
    expect((await s.exited).exitCode).toBe(0);
  });
});

describe('a slide taller than the screen', () => {
  it('says which lines are shown, and a scrolled table keeps its header row on top', async () => {
    const s = startLectern(['--no-resume', TALL_TABLE], { cols: 60, rows: 16 });
    await s.waitFor((x) => statusLine(x).includes('1/3'), 8000, 'first slide');
    s.press(KEY.right);
    await s.waitFor((x) => /↓ lines 1–\d+\/\d+/.test(statusLine(x)), 4000, 'position at the top');
    for (let i = 0; i < 20; i++) s.press(KEY.down);
    await s.waitFor((x) => /↕ lines 21–\d+\/\d+/.test(statusLine(x)), 4000, 'scrolled 20 lines');
    // The header row, then rows well past the first ones.
    const screen = s.screen();
    const header = screen.findIndex((l) => /│ Nomor\s+│ KVM\s+│ LXC\s+│/.test(l));
    expect(header, screen.join('\n')).toBeGreaterThanOrEqual(0);
    expect(screen.slice(header + 1).some((l) => l.includes('baris 2'))).toBe(true);
    expect(screen.some((l) => l.includes('baris 1 '))).toBe(false);
    s.press(KEY.end);
    s.press(KEY.left);
    await s.waitFor((x) => statusLine(x).includes('2/3'), 4000, 'back on the table slide');
    s.press('G');
    s.press(KEY.home);
    s.press(KEY.right);
    s.press(' '.repeat(20));
    await s.waitFor((x) => /↑ lines \d+–(\d+)\/\1/.test(statusLine(x)) || statusLine(x).includes('3/3'), 4000, 'at the bottom');
    s.press('q');
    expect((await s.exited).exitCode).toBe(0);
  });
});
