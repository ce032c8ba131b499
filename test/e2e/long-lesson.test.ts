import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { generatedDeck } from '../../scripts/bench/decks.mjs';
import { KEY, killAll, runLectern, splitFrames, startLectern, tempDir } from './pty-screen.js';
import { counterRows, waitForSlide } from './lectern-screen.js';

afterEach(killAll);

const dir = tempDir();
afterAll(dir.cleanup);
const SLIDES = 500;
const lesson = join(dir.path, 'long.md');
writeFileSync(lesson, generatedDeck(SLIDES));

const trimRight = (lines: string[]) => lines.map((l) => l.trimEnd());

describe('a 500-slide lesson (its first slide shows from a preview)', () => {
  it('shows the first slide and its count, then presents the whole lesson as print does', async () => {
    const printed = await runLectern(['print', lesson, '--size', '80x24', '--color', 'never']);
    const frames = splitFrames(printed.stdout);
    const s = startLectern([lesson], { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 8000, SLIDES);
    expect(counterRows(s, 1, SLIDES)).toHaveLength(1);
    const first = trimRight(frames[0]!);
    await s.waitFor(() => JSON.stringify(trimRight(s.screen()).slice(0, first.length)) === JSON.stringify(first), 3000).catch(() => undefined);
    expect(trimRight(s.screen()).slice(0, first.length)).toEqual(first);

    s.press(KEY.end);
    await waitForSlide(s, SLIDES, 4000, SLIDES);
    const last = trimRight(frames[frames.length - 1]!);
    await s.waitFor(() => JSON.stringify(trimRight(s.screen()).slice(0, last.length)) === JSON.stringify(last), 3000).catch(() => undefined);
    expect(trimRight(s.screen()).slice(0, last.length)).toEqual(last);
  });
});
