import { afterEach, describe, expect, it } from 'vitest';
import { KEY, killAll, runLectern, startLectern } from './pty-screen.js';

afterEach(killAll);

const MARP = 'test/fixtures/decks/marp-gaia.md';
const SECTIONS = 'test/fixtures/decks/sections-20.md';

describe('decks written for other tools', () => {
  it('prints a Marp deck with a theme lectern lacks, saying so on its first slide', async () => {
    const run = await runLectern(['print', MARP, '--size', '80x24', '--color', 'never']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const frames = run.stdout.split('\f\n');
    expect(frames).toHaveLength(5);
    expect(frames[0]).toContain('Theme "gaia" not available: default theme shown');
    expect(frames[1]).toContain('Why plot from code');
  });

  it('checks it with exit 1, naming the theme and the CSS it leaves out', async () => {
    const run = await runLectern(['check', MARP]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${MARP}: 5 slides, split at #, ## headings: front matter headingDivider, and at slide breaks\n`);
    expect(run.stdout).toContain(`${MARP}:3: unknown theme "gaia"`);
    expect(run.stdout).toContain(`${MARP}:54: slide 5: HTML <style> cannot be shown in a terminal: it is left out`);
  });

  it('still refuses a theme the user typed that does not exist, and a typed one that does hides the notice', async () => {
    const run = await runLectern(['print', MARP, '--theme', 'gaia']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown theme "gaia"');
    const light = await runLectern(['print', MARP, '--theme', 'light', '--color', 'never']);
    expect([light.status, light.stdout.includes('not available')]).toEqual([0, false]);
  });

  it('presents a lesson of sections one section a slide, the theme notice only on the first', async () => {
    const marp = startLectern([MARP, '--no-resume'], { cols: 80, rows: 24 });
    await marp.waitFor('Theme "gaia" not available', 8000);
    marp.press(KEY.right);
    await marp.waitFor('Why plot from code');
    await marp.waitFor('2/5');
    expect(marp.text()).not.toContain('not available');
    const lesson = startLectern([SECTIONS, '--no-resume'], { cols: 80, rows: 24 });
    await lesson.waitFor('1/21', 8000);
    lesson.press(KEY.right);
    // The slide and its status bar may arrive in separate writes: wait for both.
    await lesson.waitFor('1. Variables');
    await lesson.waitFor('2/21');
    expect(lesson.text()).toContain('Section 1 explains variables');
  });
});
