/**
 * Pictures on a real terminal: half blocks whose cell colours are the picture's, and, for a
 * terminal that says it speaks kitty graphics or sixel, that protocol's bytes at the
 * picture's cells, erased when the slide changes. The emulated terminal answers lectern's
 * queries as the declared terminal would (xterm.js itself draws neither protocol).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pty from 'node-pty';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, KEY, cleanEnv, isolatedHome, makeTerminal, runLectern, tempDir, until } from './pty-screen.js';
import { GRID_COLORS, SVG_BOX, bombPng, boxSvg, gridPng, laughsSvg } from '../support/pictures.js';

type Answering = 'plain' | 'kitty' | 'sixel';

interface GraphicsPty {
  raw: () => string;
  press: (keys: string) => void;
  bg: (row: number, col: number) => number | undefined;
  fg: (row: number, col: number) => number | undefined;
  char: (row: number, col: number) => string;
  screen: () => string[];
  stop: () => void;
}

const running: GraphicsPty[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const p of running.splice(0)) p.stop();
  for (const c of cleanups.splice(0)) c();
});

/** lectern in a pty whose emulated terminal answers the kitty query, DA1 and the cell size like `answering`. */
function presentIn(answering: Answering, lesson: string, env: Record<string, string> = {}): GraphicsPty {
  const home = isolatedHome();
  cleanups.push(home.cleanup);
  const term = makeTerminal(80, 24);
  const child = pty.spawn(process.execPath, [BIN, lesson], {
    name: 'xterm-256color',
    cols: 80,
    rows: 24,
    env: cleanEnv({ TERM: 'xterm-256color', COLORTERM: 'truecolor', ...home.env, ...env }),
  });
  let raw = '';
  child.onData((data) => {
    raw += data;
    term.write(data);
    if (data.includes('\u001B_Gi=31,') && answering === 'kitty') child.write('\u001B_Gi=31;OK\u001B\\');
    if (data.includes('\u001B[16t')) child.write('\u001B[6;20;10t');
    if (data.includes('\u001B[c')) child.write(answering === 'sixel' ? '\u001B[?62;4;22c' : '\u001B[?62;22c');
  });
  const cell = (row: number, col: number) => term.buffer.active.getLine(row)?.getCell(col);
  const session: GraphicsPty = {
    raw: () => raw,
    press: (keys) => child.write(keys),
    bg: (row, col) => {
      const c = cell(row, col);
      return c && c.isBgRGB() ? c.getBgColor() : undefined;
    },
    fg: (row, col) => {
      const c = cell(row, col);
      return c && c.isFgRGB() ? c.getFgColor() : undefined;
    },
    char: (row, col) => cell(row, col)?.getChars() ?? '',
    screen: () => Array.from({ length: 24 }, (_, y) => term.buffer.active.getLine(y)?.translateToString(true) ?? ''),
    stop: () => {
      try {
        child.kill('SIGKILL');
      } catch {
        // gone already
      }
      term.dispose();
    },
  };
  running.push(session);
  return session;
}

function lessonWithGrid(): string {
  const dir = tempDir('lectern-pictures-');
  cleanups.push(dir.cleanup);
  writeFileSync(join(dir.path, 'grid.png'), gridPng(64, 32));
  const lesson = join(dir.path, 'lesson.md');
  // The picture is on slide 2: slide 1 is the title slide (laid out around a big title).
  writeFileSync(lesson, '# Pictures\n\n---\n\n## Grid\n\n![a grid of eight colours](grid.png)\n\n---\n\n## After\n\nNo picture here.\n');
  return lesson;
}

const rgb = ([r, g, b]: readonly [number, number, number]) => (r << 16) | (g << 8) | b;

describe('pictures in the terminal', () => {
  it('draws half blocks whose cell colours are the picture pixels', async () => {
    const s = presentIn('plain', lessonWithGrid());
    await until(() => s.screen().some((l) => l.includes('1/3')), 8000, 'the first slide');
    s.press(KEY.right);
    // 64x32 pixels at 80x24: 64 columns x 16 rows, one pixel per column and two per row,
    // starting under the title (row 3), centered in the 76-column content box (column 2 + 6).
    const top = 3;
    const left = 2 + Math.floor((76 - 64) / 2);
    await until(() => s.bg(top, left) !== undefined, 8000, 'the picture drawn');
    for (let gy = 0; gy < 2; gy++) {
      for (let gx = 0; gx < 4; gx++) {
        const expected = rgb(GRID_COLORS[gy * 4 + gx] ?? [0, 0, 0]);
        for (const [dy, dx] of [
          [0, 0],
          [7, 15],
          [3, 8],
        ] as const) {
          const row = top + gy * 8 + dy;
          const col = left + gx * 16 + dx;
          // A flat area is a space on the colour, or ▀ in it on the same colour.
          expect(s.bg(row, col), `cell ${row},${col}`).toBe(expected);
          if (s.char(row, col) === '▀') expect(s.fg(row, col)).toBe(expected);
        }
      }
    }
    expect(s.raw()).not.toContain('\u001B_Ga=T');
    expect(s.raw()).not.toMatch(/\u001BP[0-9;]*q/);
  });

  it('speaks kitty graphics to a terminal that answers the kitty query, and deletes the picture on the next slide', async () => {
    const s = presentIn('kitty', lessonWithGrid(), { TERM: 'xterm-kitty', KITTY_WINDOW_ID: '1' });
    await until(() => s.screen().some((l) => l.includes('1/3')), 8000, 'the first slide');
    s.press(KEY.right);
    await until(() => /\u001B_Ga=T,f=32,o=z,s=\d+,v=\d+,c=64,r=16,i=(\d+)/.test(s.raw()), 8000, 'a kitty image');
    const id = /\u001B_Ga=T[^;]*,i=(\d+)/.exec(s.raw())?.[1];
    // Placed at the picture's top-left cell (1-based), with the cursor saved around it.
    expect(s.raw()).toMatch(new RegExp(`\\u001B7\\u001B\\[4;9H\\u001B_Ga=T[^;]*,i=${id}`));
    // The cells under it are blank: no half blocks were written.
    expect(s.screen()[3]?.trim()).toBe('');
    const before = s.raw().length;
    s.press(KEY.right);
    await until(() => s.raw().slice(before).includes(`\u001B_Ga=d,d=I,i=${id},q=2\u001B\\`), 5000, 'the kitty image deleted');
    await until(() => s.screen().some((l) => l.includes('No picture here.')), 5000, 'the next slide');
  });

  it('speaks sixel to a terminal whose DA1 answer has attribute 4, and blanks its cells on the next slide', async () => {
    const s = presentIn('sixel', lessonWithGrid(), { TERM: 'foot' });
    await until(() => s.screen().some((l) => l.includes('1/3')), 8000, 'the first slide');
    s.press(KEY.right);
    await until(() => /\u001B\[4;9H\u001BP[0-9;]*q/.test(s.raw()), 8000, 'a sixel image');
    // 64x16 cells of a 10x20-pixel terminal: a 640x320 raster.
    expect(s.raw()).toMatch(/\u001BP[0-9;]*q"1;1;640;320/);
    const before = s.raw().length;
    s.press(KEY.right);
    await until(() => s.raw().slice(before).includes('\u001B[4;9H\u001B[64X'), 5000, 'the sixel cells blanked');
    await until(() => s.screen().some((l) => l.includes('No picture here.')), 5000, 'the next slide');
  });
});

function lessonWithSvg(): string {
  const dir = tempDir('lectern-svg-');
  cleanups.push(dir.cleanup);
  writeFileSync(join(dir.path, 'box.svg'), boxSvg(64, 32));
  const lesson = join(dir.path, 'lesson.md');
  writeFileSync(lesson, '# Pictures\n\n---\n\n## Box\n\n<img src="box.svg" alt="a red box on blue">\n\n---\n\n## After\n\nNo picture here.\n');
  return lesson;
}

describe('SVG pictures in the terminal', () => {
  it('draws an SVG as half blocks whose cell colours are the drawing, at the size it states', async () => {
    const s = presentIn('plain', lessonWithSvg());
    await until(() => s.screen().some((l) => l.includes('1/3')), 8000, 'the first slide');
    s.press(KEY.right);
    // 64x32 units: 64 columns x 16 rows under the title, centered in the 76-column content box.
    const top = 3;
    const left = 2 + Math.floor((76 - 64) / 2);
    await until(() => s.bg(top, left) !== undefined, 15000, 'the SVG drawn');
    const blue = rgb(SVG_BOX.outside);
    const red = rgb(SVG_BOX.inside);
    // The red box covers the middle half: columns 16–47, rows 4–11 of the picture.
    for (const [row, col, expected] of [
      [0, 0, blue],
      [15, 63, blue],
      [3, 15, blue],
      [4, 15, blue],
      [4, 16, red],
      [8, 32, red],
      [11, 47, red],
      [12, 47, blue],
      [8, 48, blue],
    ] as const) {
      expect(s.bg(top + row, left + col), `picture cell ${row},${col}`).toBe(expected);
      if (s.char(top + row, left + col) === '▀') expect(s.fg(top + row, left + col)).toBe(expected);
    }
    expect(s.bg(top + 16, left)).toBeUndefined();
    expect(s.raw()).not.toContain('\u001B_Ga=T');
  });

  it('draws an SVG for kitty at the pixel size of its cells', async () => {
    const s = presentIn('kitty', lessonWithSvg(), { TERM: 'xterm-kitty', KITTY_WINDOW_ID: '1' });
    await until(() => s.screen().some((l) => l.includes('1/3')), 8000, 'the first slide');
    s.press(KEY.right);
    // 64x16 cells of a 10x20-pixel terminal: a 640x320 picture.
    await until(() => /\u001B_Ga=T,f=32,o=z,s=640,v=320,c=64,r=16,/.test(s.raw()), 15000, 'a kitty image of the SVG');
  });
});

describe('check and pictures', () => {
  it('reports a missing picture and a decompression bomb, one line each, and does not crash', async () => {
    const dir = tempDir('lectern-pictures-');
    cleanups.push(dir.cleanup);
    writeFileSync(join(dir.path, 'bomb.png'), bombPng());
    const lesson = join(dir.path, 'lesson.md');
    writeFileSync(lesson, '## Bomb\n\n![boom](bomb.png)\n\n---\n\n## Missing\n\n![gone](img/none.png)\n');
    const result = await runLectern(['check', lesson, '--size', '80x24']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/lesson\.md:3: slide 1: bomb\.png: refused, 100000x100000 pixels is over the limit/);
    expect(result.stdout).toMatch(/lesson\.md:9: slide 2: img\/none\.png: no such file/);
    // Presenting (print) the same lesson shows the alt text boxes and exits cleanly.
    const printed = await runLectern(['print', lesson, '--size', '80x24']);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('[image: boom]');
    expect(printed.stdout).toContain('[image: gone]');
  });

  it('reports a billion-laughs SVG and one claiming 100000x100000 pixels, and shows their alt text', async () => {
    const dir = tempDir('lectern-svg-');
    cleanups.push(dir.cleanup);
    writeFileSync(join(dir.path, 'laughs.svg'), laughsSvg());
    writeFileSync(join(dir.path, 'huge.svg'), boxSvg(100000, 100000));
    const lesson = join(dir.path, 'lesson.md');
    writeFileSync(lesson, '## Laughs\n\n![lol](laughs.svg)\n\n---\n\n## Huge\n\n<img src="huge.svg" alt="huge">\n');
    const result = await runLectern(['check', lesson, '--size', '80x24']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/lesson\.md:3: slide 1: laughs\.svg: cannot draw the SVG image \(.*entity/);
    expect(result.stdout).toMatch(/lesson\.md:9: slide 2: huge\.svg: refused, 100000x100000 pixels is over the limit/);
    const printed = await runLectern(['print', lesson, '--size', '80x24']);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('[image: lol]');
    expect(printed.stdout).toContain('[image: huge]');
  });
});
