/**
 * Speaker notes end to end: `lectern notes DECK` and `lectern DECK` in two real ptys, meeting
 * on the notes socket in a private XDG_RUNTIME_DIR, as a speaker runs them in two terminals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitForSlide } from './lectern-screen.js';
import { KEY, killAll, runLectern, startLectern, tempDir, type PtySession } from './pty-screen.js';

const TOTAL = 8;
const NAMES = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight'];
/** Slide 3 reveals its body in two steps; slide 6 has no notes. */
const PAUSED = 3;
const SILENT = 6;

function slideSource(n: number): string {
  const title = `# Slide ${NAMES[n - 1]}\n\nBody of slide ${NAMES[n - 1]?.toLowerCase()}.\n`;
  const pause = n === PAUSED ? '\n<!-- pause -->\n\nThe second step.\n' : '';
  if (n === SILENT) return title;
  // Odd slides use the one-line form, even ones the block form with two paragraphs.
  const notes =
    n % 2 === 1
      ? `\n<!-- notes: NOTE-${n} say something about slide ${n}. -->\n`
      : `\n<!-- notes -->\nNOTE-${n} first paragraph.\n\nSecond paragraph of ${n}.\n<!-- /notes -->\n`;
  return title + notes + pause;
}

const DECK = `---\ntitle: Notes drill\n---\n\n${Array.from({ length: TOTAL }, (_, i) => slideSource(i + 1)).join('\n---\n\n')}`;

let dir: { path: string; cleanup: () => void };
let runtime: { path: string; cleanup: () => void };
let deckPath: string;
beforeEach(() => {
  dir = tempDir('lectern-notes-deck-');
  runtime = tempDir('lectern-notes-run-');
  deckPath = join(dir.path, 'talk.md');
  writeFileSync(deckPath, DECK);
});
afterEach(async () => {
  await killAll();
  dir.cleanup();
  runtime.cleanup();
});

const env = () => ({ XDG_RUNTIME_DIR: runtime.path });
const startNotes = () => startLectern(['notes', deckPath], { cols: 80, rows: 24, env: env() });
const startPresenter = (...args: string[]) => startLectern([deckPath, ...args], { cols: 80, rows: 24, env: env() });

/** Waits until the notes screen shows slide n (and step k of a stepped slide), its notes and what comes next. */
async function notesShow(notes: PtySession, n: number, step = 1): Promise<void> {
  await notes.waitFor(
    (s) => {
      const text = s.text();
      const body = n === SILENT ? text.includes('(no notes for this slide)') : text.includes(`NOTE-${n} `);
      const next = n === TOTAL ? text.includes('(last slide)') : text.includes(`Next: Slide ${NAMES[n]}`);
      const steps = n === PAUSED ? text.includes(`step ${step}/2`) : !/step \d\/\d/.test(text);
      return text.includes(`Notes — slide ${n}/${TOTAL} · Slide ${NAMES[n - 1]}`) && body && next && steps && /Elapsed \d:\d\d:\d\d/.test(text);
    },
    4000,
    `notes of slide ${n}${n === PAUSED ? ` step ${step}` : ''}`,
  );
}

describe('lectern notes following the presenter', () => {
  it('stays in step with the presenter across 10 key presses', async () => {
    const notes = startNotes();
    await notes.waitFor('Waiting for the presenter', 8000);
    const presenter = startPresenter();
    await waitForSlide(presenter, 1, 8000, TOTAL);
    await notesShow(notes, 1);
    expect(notes.text()).toContain('NOTE-1 say something about slide 1.');

    // [key, slide, step] after the press.
    const presses: [string, number, number][] = [
      [KEY.right, 2, 1],
      [KEY.right, 3, 1],
      [KEY.right, 3, 2],
      [KEY.left, 3, 1],
      [KEY.right, 3, 2],
      [KEY.right, 4, 1],
      [KEY.end, 8, 1],
      [KEY.left, 7, 1],
      [KEY.left, 6, 1],
      [KEY.right, 7, 1],
    ];
    for (const [key, slide, step] of presses) {
      presenter.press(key);
      await waitForSlide(presenter, slide, 4000, TOTAL);
      await notesShow(notes, slide, step);
    }
    // Both paragraphs of a block note, apart.
    presenter.press(KEY.left);
    await notesShow(notes, 6);
    presenter.press(KEY.home);
    await notesShow(notes, 1);
    presenter.press(KEY.right);
    await notesShow(notes, 2);
    const screen = notes.screen().map((l) => l.trim());
    const first = screen.indexOf('NOTE-2 first paragraph.');
    expect(screen.slice(first, first + 3)).toEqual(['NOTE-2 first paragraph.', '', 'Second paragraph of 2.']);
    // The slide's own text never shows in the notes, nor the notes on the slide.
    expect(notes.text()).not.toContain('Body of slide');
    expect(presenter.text()).not.toContain('NOTE-');

    notes.press('q');
    expect((await notes.exited).exitCode).toBe(0);
    expect(notes.isAlternateScreen()).toBe(false);
    expect(presenter.isAlive()).toBe(true);
  }, 60_000);

  it('waits again when the presenter is killed, and follows the next one', async () => {
    const notes = startNotes();
    const first = startPresenter();
    await notesShow(notes, 1);
    first.press(KEY.right);
    await notesShow(notes, 2);

    first.kill('SIGKILL'); // leaves its socket file behind
    await first.exited;
    await notes.waitFor('Waiting for the presenter', 4000);

    const second = startPresenter('--start', '5');
    await waitForSlide(second, 5, 8000, TOTAL);
    await notesShow(notes, 5);
    second.press(KEY.right);
    await notesShow(notes, 6);

    second.press('q');
    expect((await second.exited).exitCode).toBe(0);
    await notes.waitFor('Waiting for the presenter', 4000);
    expect(notes.isAlive()).toBe(true);
  }, 60_000);

  it('a runtime folder squatted by someone else is passed over, and presenter and notes still meet', async () => {
    // No XDG_RUNTIME_DIR, and the temp dir's lectern-<uid> taken by something not ours.
    const squatted = join(runtime.path, `lectern-${process.getuid?.() ?? 0}`);
    writeFileSync(squatted, 'squatter');
    const squatEnv = { XDG_RUNTIME_DIR: '', TMPDIR: runtime.path, HOME: dir.path };
    const notes = startLectern(['notes', deckPath], { cols: 80, rows: 24, env: squatEnv });
    const presenting = startLectern([deckPath], { cols: 80, rows: 24, env: squatEnv });
    await notesShow(notes, 1);
    presenting.press(KEY.right);
    await notesShow(notes, 2);
    expect(readFileSync(squatted, 'utf8')).toBe('squatter');
    presenting.press('q');
    await presenting.exited;
  }, 30_000);

  it('two presenters of one lesson: notes stay with the first; the second takes over once the first quits', async () => {
    const notes = startNotes();
    const first = startPresenter();
    await notesShow(notes, 1);
    first.press(KEY.right);
    await notesShow(notes, 2);

    // A second presenter of the same lesson (a rehearsal in another pane) must not steal the notes.
    const second = startPresenter('--start', '5');
    await waitForSlide(second, 5, 8000, TOTAL);
    second.press(KEY.right);
    await waitForSlide(second, 6, 4000, TOTAL);
    await new Promise((r) => setTimeout(r, 1500));
    first.press(KEY.right);
    await notesShow(notes, 3);

    // The first quits: the second takes over within its retry, and the notes follow it.
    first.press('q');
    expect((await first.exited).exitCode).toBe(0);
    second.press(KEY.right);
    await notesShow(notes, 7);
    second.press('q');
    expect((await second.exited).exitCode).toBe(0);
    await notes.waitFor('Waiting for the presenter', 4000);
  }, 60_000);

  it('follows the presenter into the next lesson of a course and shows its notes', async () => {
    const course = tempDir('lectern-notes-course-');
    writeFileSync(
      join(course.path, '01-satu.md'),
      '# Satu\n\npertama\n\n<!-- notes: SATU-1 notes -->\n\n---\n\n# Satu akhir\n\n<!-- notes: SATU-2 notes -->\n',
    );
    writeFileSync(join(course.path, '02-dua.md'), '# Dua\n\nkedua\n\n<!-- notes: DUA-1 notes -->\n\n---\n\n# Dua akhir\n\n<!-- notes: DUA-2 notes -->\n');
    const notes = startLectern(['notes', course.path], { cols: 80, rows: 24, env: env() });
    const presenter = startLectern(['--no-resume', course.path], { cols: 80, rows: 24, env: env() });
    await presenter.waitFor('Lessons', 8000);
    presenter.press('\r');
    await notes.waitFor('SATU-1 notes', 4000);
    presenter.press(KEY.right);
    await notes.waitFor('SATU-2 notes', 4000);
    // Past the end of lesson 1 (its last slide says what comes next), into lesson 2.
    presenter.press(KEY.right);
    await presenter.waitFor('kedua', 4000);
    await notes.waitFor((s) => s.text().includes('DUA-1 notes') && s.text().includes('Notes — slide 1/2 · Dua'), 4000);
    presenter.press(KEY.right);
    await notes.waitFor('DUA-2 notes', 4000);
    // A save of the lesson shown reloads its notes, as the presenter reloads its slides.
    writeFileSync(join(course.path, '02-dua.md'), '# Dua\n\nkedua\n\n---\n\n# Dua akhir\n\n<!-- notes: DUA-2 edited -->\n');
    await notes.waitFor('DUA-2 edited', 4000);
    notes.press('q');
    expect((await notes.exited).exitCode).toBe(0);
    course.cleanup();
  }, 60_000);

  it("scrolls long notes with ↓ and PgUp, and starts the next slide's notes at their top", async () => {
    const numbered = Array.from({ length: 40 }, (_, i) => `LINE-${i + 1}`).join('\n\n');
    writeFileSync(deckPath, `# Long notes\n\nbody\n\n<!-- notes -->\n${numbered}\n<!-- /notes -->\n\n---\n\n# After\n\n<!-- notes: AFTER notes -->\n`);
    const notes = startLectern(['notes', deckPath], { cols: 80, rows: 16, env: env() });
    const presenter = startPresenter();
    // Both ends of the view: a frame can reach the emulator in several reads.
    await notes.waitFor((s) => s.text().includes('LINE-1') && s.text().includes('… ↓ more'), 8000);
    expect(notes.text()).not.toContain('LINE-10');
    notes.press(KEY.down.repeat(20));
    await notes.waitFor((s) => s.text().includes('LINE-11') && s.text().includes('↑ …'), 4000);
    expect(notes.screen().map((l) => l.trim())).not.toContain('LINE-1');
    notes.press('\x1b[5~'); // PgUp
    notes.press('\x1b[5~');
    notes.press('\x1b[5~');
    await notes.waitFor((s) => s.text().includes('LINE-1') && !s.text().includes('↑ …'), 4000);
    notes.press(KEY.down.repeat(200));
    await notes.waitFor((s) => s.text().includes('LINE-40') && !s.text().includes('… ↓ more'), 4000);
    // The presenter moves on: the next slide's notes, from their top.
    presenter.press(KEY.right);
    await notes.waitFor('AFTER notes', 4000);
    presenter.press(KEY.left);
    await notes.waitFor((s) => s.text().includes('LINE-1') && !s.text().includes('↑ …'), 4000);
    await waitForSlide(presenter, 1, 4000, 2);
  }, 60_000);

  it('needs a terminal', async () => {
    const result = await runLectern(['notes', deckPath], { env: env() });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(['lectern: notes needs a terminal: run it in a second terminal or tmux pane']);
    expect(result.stdout).toBe('');
  });
});
