/**
 * Robustness of the running presenter in a real pty: seeded random byte streams as input,
 * a storm of 1,000 resizes, and a 50 MB file. After each, the process is alive (or refused
 * the input with one clear line) and the screen is exactly what `lectern print` shows.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY, LESSON, killAll, pause, runLectern, splitFrames, startLectern, tempDir, type PtySession } from './pty-screen.js';
import { anyCounterRows, waitForSlide } from './lectern-screen.js';

afterEach(killAll);

const trimRight = (lines: string[]): string[] => lines.map((l) => l.replace(/\s+$/u, ''));

/** A small seeded PRNG (mulberry32): the same seed gives the same storm on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One chunk of hostile input: raw bytes (invalid UTF-8 too), C0 controls, CSI/SS3/OSC/DCS
 * sequences with random parameters, bracketed paste, emoji, navigation keys. Left out: what
 * quits (q, Ctrl-C, a lone Escape) and what opens a mode the test could not leave without
 * Escape (/ search, o overview, ? help, f follow), so the test can check the screen after.
 */
function hostileChunk(rand: () => number): Buffer {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (n: number) => Math.floor(rand() * n);
  const parts: Buffer[] = [];
  const count = 1 + int(8);
  for (let i = 0; i < count; i++) {
    switch (int(9)) {
      case 0:
        parts.push(Buffer.from(Array.from({ length: 1 + int(16) }, () => int(256))));
        break;
      case 1:
        parts.push(Buffer.from([pick([0x00, 0x01, 0x02, 0x04, 0x07, 0x08, 0x09, 0x0a, 0x0d, 0x0e, 0x1c, 0x1f, 0x7f])]));
        break;
      case 2: {
        const params = Array.from({ length: int(4) }, () => String(int(1000))).join(pick([';', ':']));
        parts.push(Buffer.from(`\x1b[${pick(['', '?', '<', '>'])}${params}${String.fromCharCode(0x40 + int(63))}`));
        break;
      }
      case 3:
        parts.push(Buffer.from(`\x1bO${String.fromCharCode(0x40 + int(63))}`));
        break;
      case 4:
        parts.push(
          Buffer.from(
            pick(['\x1b]11;rgb:0000/0000/0000\x07', '\x1b]52;c;aGVsbG8=\x07', '\x1bP1$r0m\x1b\\', '\x1b[200~pasted q text\x1b[201~', '\x1b[I', '\x1b[O']),
          ),
        );
        break;
      case 5:
        parts.push(Buffer.from(pick([KEY.right, KEY.left, KEY.up, KEY.down, KEY.home, KEY.end, '\x1b[5~', '\x1b[6~', ' ', 'l', 'h', 'j', 'k', 'g', 'G', 'n'])));
        break;
      case 6:
        parts.push(Buffer.from(`${int(12)}${pick(['\r', '', '\x7f'])}`));
        break;
      case 7:
        parts.push(Buffer.from(pick(['🧩', 'é', '漢字', '\u200d', '\ufe0f', '\u202e', 'abcxyz', 'Q'])));
        break;
      default:
        parts.push(Buffer.from(`\x1b${pick(['x', 'Z', '7', '8', '=', '>', '#8', '(0'])}`));
    }
  }
  const bytes = Buffer.concat(parts);
  // Drop what would quit or open a mode: q, Ctrl-C, / o ? f — and an ESC that ends the chunk.
  const kept = [...bytes].filter((b) => ![0x03, 0x71, 0x2f, 0x6f, 0x3f, 0x66].includes(b));
  while (kept[kept.length - 1] === 0x1b) kept.pop();
  for (let i = 0; i < kept.length - 1; i++) if (kept[i] === 0x1b && kept[i + 1] === 0x1b) kept[i + 1] = 0x5b; // ESC ESC is Escape
  return Buffer.from(kept);
}

let frames: string[][];
const files = tempDir('lectern-stress-');

beforeAll(async () => {
  const printed = await runLectern(['print', LESSON, '--size', '80x24', '--color', 'never']);
  frames = splitFrames(printed.stdout);
});
afterAll(() => files.cleanup());

/** Goes to the first slide and checks the screen against `print`'s first Frame at cols x rows. */
async function expectFirstSlideAsPrinted(s: PtySession, expected: string[]): Promise<void> {
  s.press(KEY.home);
  await waitForSlide(s, 1, 5000);
  const shown = (): string[] => trimRight(s.screen()).slice(0, expected.length);
  await s.waitFor(() => JSON.stringify(shown()) === JSON.stringify(expected), 3000).catch(() => undefined);
  expect(shown()).toEqual(expected);
  for (let row = 0; row < s.rows; row++) expect(s.isWrapped(row), `row ${row} wrapped`).toBe(false);
}

describe('stress', () => {
  it('survives seeded random byte streams and still shows the slides exactly', async () => {
    const s = startLectern([LESSON, '--no-resume'], { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 8000);
    for (const seed of [1, 2, 3]) {
      const rand = random(seed);
      for (let chunk = 0; chunk < 150; chunk++) {
        s.press(hostileChunk(rand));
        if (chunk % 25 === 24) await pause(20);
      }
      await pause(200);
      expect(s.isAlive(), `alive after storm ${seed}`).toBe(true);
      expect(s.isAlternateScreen()).toBe(true);
      // Leave any half-typed slide number, then check slide 1 against print.
      s.press('\x7f\x7f\x7f\x7f');
      await expectFirstSlideAsPrinted(s, trimRight(frames[0]!));
    }
  });

  it('is alive after 1,000 resizes and shows the first slide as print does at the final size', async () => {
    const s = startLectern([LESSON, '--no-resume'], { cols: 80, rows: 24 });
    await waitForSlide(s, 1, 8000);
    const rand = random(42);
    for (let i = 0; i < 1000; i++) {
      s.resize(1 + Math.floor(rand() * 200), 1 + Math.floor(rand() * 60));
      if (i % 100 === 99) await pause(10);
    }
    s.resize(100, 30);
    const printed = await runLectern(['print', LESSON, '--size', '100x30', '--color', 'never']);
    const expected = trimRight(splitFrames(printed.stdout)[0]!);
    await s.waitFor((x) => anyCounterRows(x).length === 1, 5000, 'one status bar after the storm');
    expect(s.isAlive()).toBe(true);
    await expectFirstSlideAsPrinted(s, expected);
  });

  it('refuses a 50 MB file with one clear line, without reading it into memory', async () => {
    const big = join(files.path, 'huge-lesson.md');
    const line = `${'lorem ipsum dolor sit amet '.repeat(3).trim()}\n`;
    writeFileSync(big, `# Huge\n\n${line.repeat(Math.ceil((50 * 1024 * 1024) / line.length))}`);
    const rss = join(files.path, 'rss');
    // Peak memory of the CLI, reported by a preload hook as it exits.
    const hook = join(files.path, 'rss-hook.cjs');
    writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));\n`);
    const measured = async (args: string[]) => {
      const run = await runLectern(args, { env: { NODE_OPTIONS: `--require ${hook}`, RSS_FILE: rss } });
      return { run, maxRssKb: Number((await import('node:fs')).readFileSync(rss, 'utf8')) };
    };
    const normal = await measured(['print', LESSON]);
    const huge = await measured(['print', big]);
    expect(huge.run.status).toBe(2);
    expect(huge.run.stderr).toBe('lectern: huge-lesson.md: too large for a lesson (50.0 MB; the limit is 8 MB)\n');
    expect(huge.run.stdout).toBe('');
    // Refused by its size: memory as for a normal lesson, nowhere near the file's 50 MB.
    expect(huge.maxRssKb).toBeLessThan(normal.maxRssKb + 20 * 1024);

    // Presenting it in a terminal: the same line, the terminal left as it was.
    const s = startLectern([big], { cols: 80, rows: 24 });
    const exit = await s.exited;
    expect(exit.exitCode).toBe(2);
    expect(s.text()).toContain('too large for a lesson');
    expect(s.isAlternateScreen()).toBe(false);
  });

  it('refuses 50 MB on standard input after reading only past the limit', async () => {
    const run = await runLectern(['print', '-'], { input: Buffer.alloc(50 * 1024 * 1024, 0x61) });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('lectern: standard input: too large for a lesson (over 8 MB)\n');
  });
});
