import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { bigLesson } from '../../scripts/bench/decks.mjs';
import { KEY, killAll, startLectern, tempDir } from './pty-screen.js';
import { counterRows, waitForSlide } from './lectern-screen.js';

afterEach(killAll);

const dir = tempDir();
afterAll(dir.cleanup);
// As big as a lesson may be (8 MB): its parse runs for seconds after the first slide shows.
const { text, slides } = bigLesson(8 * 1024 * 1024 - 1024);
const lesson = join(dir.path, 'big.md');
writeFileSync(lesson, text);

describe('an 8 MB lesson in the presenter', () => {
  it('shows slide 1 and answers → while the rest of the lesson still parses, then shows its last slide', async () => {
    const s = startLectern(['--no-resume', lesson], { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 30_000, slides);
    s.press(KEY.right);
    await waitForSlide(s, 2, 30_000, slides);
    expect(s.screen().some((line) => line.includes('2. Working with'))).toBe(true);
    // End at once: the last slide is not parsed yet, so it shows empty (a stand-in) first…
    s.press(KEY.end);
    await waitForSlide(s, slides, 30_000, slides);
    expect(s.screen().some((line) => /\d+\. Working with/.test(line))).toBe(false);
    // …and its own content once the whole lesson is parsed.
    await s.waitFor((x) => x.screen().some((line) => line.includes(`${slides}. Working with`)), 120_000, 'the last slide parsed');
    expect(counterRows(s, slides, slides)).toHaveLength(1);
    s.press('q');
    expect((await s.exited).exitCode).toBe(0);
  }, 180_000);
});
