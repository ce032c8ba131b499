/**
 * The built bundle leaves out marked-terminal's code highlighter (cli-highlight), table
 * drawer (cli-table3) and emoji list (node-emoji), and draws big titles from cfonts' fonts
 * without cfonts (scripts/build.mjs). These check, through the real `bin/lectern.js`, that
 * nothing lectern shows depended on them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLectern, splitFrames, tempDir, type RunResult } from './pty-screen.js';

const DECK = [
  '# KVM vs LXC',
  '',
  '---',
  '',
  '## Code',
  '',
  '```bash',
  'echo "hi" # a comment',
  '```',
  '',
  'Some **bold**, `code`, [a link](http://pve:8006) and :smile:',
  '',
  '| Fitur | KVM |',
  '|---|---|',
  '| OS | Linux |',
  '',
].join('\n');

const dir = tempDir('lectern-bundle-');
let printed: RunResult;

beforeAll(async () => {
  const path = join(dir.path, 'deck.md');
  writeFileSync(path, DECK);
  printed = await runLectern(['print', path, '--size', '100x30', '--color', 'always'], { env: { COLORTERM: 'truecolor' } });
});
afterAll(() => dir.cleanup());

const sgrColors = (line: string) =>
  new Set([...line.matchAll(/\x1b\[([0-9;]*)m/g)].map((m) => m[1]).filter((c) => c !== '' && c !== '0' && c !== '39' && c !== '22'));
const plain = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '');

describe('the bundle without cli-highlight, cli-table3, node-emoji and cfonts code', () => {
  it('prints without errors', () => {
    expect(printed.stderr).toBe('');
    expect(printed.status).toBe(0);
  });

  it('draws the first title in big letters', () => {
    const first = splitFrames(printed.stdout)[0]!.map(plain);
    expect(first.join('\n')).toMatch(/[█╗╔═║╚╝]/);
  });

  it('still highlights code: keyword, string and comment in different colors', () => {
    const frame = splitFrames(printed.stdout)[1]!;
    const line = frame.find((l) => plain(l).includes('echo'));
    expect(line, frame.map(plain).join('\n')).toBeDefined();
    expect(sgrColors(line!).size).toBeGreaterThanOrEqual(3);
  });

  it('still styles inline prose, keeps :shortcodes: and URLs as written, and draws tables', () => {
    const frame = splitFrames(printed.stdout)[1]!;
    const prose = frame.find((l) => plain(l).includes('bold'))!;
    expect(prose).toContain('\x1b[1m');
    expect(plain(prose)).toContain(':smile:');
    expect(plain(frame.join('\n'))).toContain('http://pve:8006');
    expect(frame.map(plain).join('\n')).toMatch(/│ Fitur\s+│ KVM\s+│/);
  });
});
