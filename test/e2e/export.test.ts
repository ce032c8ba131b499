import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runLectern, splitFrames, tempDir } from './pty-screen.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const temp = () => {
  const dir = tempDir('lectern-export-');
  cleanups.push(dir.cleanup);
  return dir.path;
};

describe('lectern export', () => {
  it('writes one HTML page with a section per slide', async () => {
    const out = join(temp(), 'deck.html');
    const run = await runLectern(['export', 'slides', '--format', 'html', '-o', out]);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<section id="slide-\d+"/g)).toHaveLength(15);
    expect(html).toContain('Perbandingan: dasar');
  });

  it('draws one SVG per slide into a folder or after a file name', async () => {
    const dir = temp();
    const intoFolder = await runLectern(['export', 'slides', '--format', 'svg', '--size', '80x24', '-o', `${dir}/pics/`]);
    expect(intoFolder.status).toBe(0);
    expect(readdirSync(join(dir, 'pics')).sort()).toEqual(Array.from({ length: 15 }, (_, i) => `slide-${String(i + 1).padStart(2, '0')}.svg`));
    const picked = await runLectern(['export', 'slides', '--format', 'svg', '--slides', '1,5', '-o', join(dir, 'deck.svg')]);
    expect(picked.status).toBe(0);
    expect(existsSync(join(dir, 'deck-01.svg')) && existsSync(join(dir, 'deck-05.svg'))).toBe(true);
    expect(existsSync(join(dir, 'deck-02.svg'))).toBe(false);
    expect(readFileSync(join(dir, 'deck-05.svg'), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+/);
  });

  it('writes txt exactly as print does, and ansi with colors', async () => {
    const [txt, print] = await Promise.all([
      runLectern(['export', 'slides', '--format', 'txt', '--size', '60x16']),
      runLectern(['print', 'slides', '--size', '60x16', '--color', 'never']),
    ]);
    expect(txt.status).toBe(0);
    expect(txt.stdout).toBe(print.stdout);
    expect(splitFrames(txt.stdout).length).toBeGreaterThanOrEqual(15);
    const ansi = await runLectern(['export', 'slides', '--format', 'ansi', '--slides', '9']);
    expect(ansi.stdout).toContain('\u001B[38;2;');
    expect(ansi.stdout).not.toContain('\f');
  });

  it('says what is wrong with bad usage in one line, exit 2', async () => {
    for (const args of [
      ['export', 'slides'],
      ['export', 'slides', '--format', 'gif'],
      ['export', 'slides', '--format', 'html', '--slides', '16'],
      ['export', 'slides', '--format', 'txt', '--slides', '2-x'],
      ['export', 'slides', '--format', 'svg'],
      ['export', 'slides', '--format', 'html', '-o', '/no/such/folder/deck.html'],
    ]) {
      const run = await runLectern(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
