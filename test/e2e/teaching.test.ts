import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, LESSON, killAll, startLectern, tempDir, type PtySession } from './pty-screen.js';
import { waitForSlide } from './lectern-screen.js';

afterEach(killAll);

const status = (s: PtySession) => s.screen()[s.rows - 2] ?? '';

function deckIn(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('teaching features in a real terminal', () => {
  it('reveals steps one key at a time and shows the step in the status bar', async () => {
    const dir = tempDir();
    const deck = deckIn(dir.path, 'steps.md', '# Steps\n\nfirst part\n\n<!-- pause -->\n\nsecond part\n\n---\n\n# Next slide\n');
    const s = startLectern(['--no-resume', deck], { cols: 80, rows: 24 });
    await s.waitFor('first part', 8000);
    expect(s.text()).not.toContain('second part');
    expect(status(s)).toContain('step 1/2');
    s.press(KEY.right);
    await s.waitFor('second part');
    expect(status(s)).toContain('step 2/2');
    s.press(KEY.right);
    await s.waitFor('Next slide');
    dir.cleanup();
  });

  it('jumps from the overview (o, ↓, Enter)', async () => {
    const s = startLectern(['--no-resume', LESSON], { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 8000);
    s.press('o');
    // The whole list, not its heading: a frame can reach the emulator in several reads.
    await s.waitFor('📦 Apa Itu LXC?');
    expect(s.text()).toContain('Slides');
    s.press(`${KEY.down}${KEY.down}${KEY.down}${KEY.down}\r`);
    await waitForSlide(s, 5);
    expect(s.text()).toContain('Hanya Linux');
  });

  it('searches with / and repeats with n, ignoring case and accents; says when nothing matches', async () => {
    const s = startLectern(['--no-resume', LESSON], { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 8000);
    s.press('/');
    await s.waitFor(() => status(s).includes('Search:'));
    s.press('ISOLASI\r');
    await waitForSlide(s, 2);
    s.press('n');
    await waitForSlide(s, 3);
    s.press('/tidakadadimanapun\r');
    await s.waitFor(() => status(s).includes('Not found: tidakadadimanapun'));
    expect(status(s)).toContain('3/7');
  });

  it('reloads a saved file in place, follows a rename save, and keeps the last good deck on a broken save', async () => {
    const dir = tempDir();
    const path = deckIn(dir.path, 'lesson.md', readFileSync(LESSON, 'utf8'));
    const s = startLectern(['--no-resume', path], { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 8000);
    s.press(`${KEY.right}${KEY.right}`);
    await waitForSlide(s, 3);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Apa Itu KVM?', 'Apa Sih KVM?'));
    await s.waitFor('Apa Sih KVM?', 3000);
    await waitForSlide(s, 3);
    // Editors such as vim write a new file and rename it over the old one.
    writeFileSync(`${path}.tmp`, readFileSync(path, 'utf8').replace('Apa Sih KVM?', 'KVM Itu Apa?'));
    renameSync(`${path}.tmp`, path);
    await s.waitFor('KVM Itu Apa?', 3000);
    writeFileSync(path, '---\ntitle: [unclosed\n---\n# broken\n');
    // The reason is shown whole over the slide (until a key), not cut short in the status bar.
    await s.waitFor(() => s.text().includes('Reload failed'), 3000);
    expect(s.text()).toContain('KVM Itu Apa?');
    // Slides removed: the position is clamped to what is left.
    writeFileSync(path, '# Alpha\n\nfirst\n\n---\n\n# Only two left\n\nthe end\n');
    await s.waitFor('Only two left', 3000);
    expect(status(s)).toContain('2/2');
    dir.cleanup();
  });

  it('opens a folder as a course, leads from the end of a lesson into the next, and follows a lesson link with f', async () => {
    const dir = tempDir();
    deckIn(dir.path, '01-satu.md', '# Satu\n\npertama\n\n---\n\n# Akhir satu\n\n[ke tiga](./03-tiga.md) dan [hilang](./09-hilang.md)\n');
    deckIn(dir.path, '02-dua.md', '# Dua\n\nkedua\n');
    deckIn(dir.path, '03-tiga.md', '# Tiga\n\nketiga\n');
    const s = startLectern(['--no-resume', dir.path], { cols: 80, rows: 24 });
    await s.waitFor('Lessons', 8000);
    expect(s.text()).toMatch(/1\s+Satu[\s\S]*2\s+Dua[\s\S]*3\s+Tiga/);
    s.press('\r');
    await s.waitFor('pertama');
    s.press(KEY.right);
    await s.waitFor(() => status(s).includes('next: Dua'));
    s.press(KEY.right);
    await s.waitFor('kedua');
    // Back in lesson 1 via the menu is not needed: open it again from the course folder.
    await killAll();
    const again = startLectern(['--no-resume', join(dir.path, '01-satu.md')], { cols: 80, rows: 24 });
    await again.waitFor('pertama', 8000);
    again.press(KEY.right);
    await again.waitFor('Akhir satu');
    again.press('f');
    await again.waitFor('Links');
    again.press(`${KEY.down}\r`);
    await again.waitFor(() => (again.screen()[again.rows - 2] ?? '').includes('Lesson not found: ./09-hilang.md'));
    again.press('f\r');
    await again.waitFor('ketiga');
    dir.cleanup();
  });

  it('remembers the last slide and offers to continue there; --start skips the offer', async () => {
    const home = tempDir('lectern-state-');
    const env = { XDG_STATE_HOME: home.path };
    const first = startLectern([LESSON], { cols: 80, rows: 24, env });
    await waitForSlide(first, 1, 8000);
    first.press(`${KEY.right}${KEY.right}${KEY.right}`);
    await waitForSlide(first, 4);
    first.press('q');
    expect((await first.exited).exitCode).toBe(0);
    const saved = JSON.parse(readFileSync(join(home.path, 'lectern', 'positions.json'), 'utf8')) as { decks: Record<string, { slide: number }> };
    expect(Object.values(saved.decks)[0]?.slide).toBe(3);

    const second = startLectern([LESSON], { cols: 80, rows: 24, env });
    await second.waitFor(() => status(second).includes('Continue at slide 4/7?'), 8000);
    second.press('\r');
    await waitForSlide(second, 4);

    const third = startLectern(['--start', '6', LESSON], { cols: 80, rows: 24, env });
    await waitForSlide(third, 6, 8000);
    expect(status(third)).not.toContain('Continue');
    // Both save their position as they quit: let them finish before the folder goes.
    second.press('q');
    third.press('q');
    await Promise.all([second.exited, third.exited]);
    home.cleanup();
  });
});
