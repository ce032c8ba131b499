/**
 * Hostile files around a lesson, one route each (issue 15): file names with escapes, YAML
 * escapes in front matter, theme-file keys, link targets, symlinks out of the course,
 * /dev/zero and FIFOs swapped in during reload, a burst of 1,000 notes positions, and
 * 10,000-deep quotes and lists. Each runs the real CLI in a pty and asserts that the terminal
 * received nothing but text, SGR and lectern's own screen codes, that memory stayed bounded
 * and that the program ends on q.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { socketPathFor, startPresenterLink } from '../../src/follow/notes-link.js';
import { killAll, runLectern, startLectern, tempDir, type PtySession } from './pty-screen.js';

afterEach(killAll);

let dir: { path: string; cleanup: () => void };
beforeEach(() => {
  dir = tempDir('lectern-hostile-');
});
afterEach(() => dir.cleanup());

const OSC52 = '\x1b]52;c;SGFja2Vk\x07';
const BLINK_HIDE = '\x1b[5m\x1b[8m';
const C1_CSI = '\u009b6n';

/** What lectern itself may write to a terminal: SGR, cursor moves, erase, and modes (alternate screen, cursor). */
const OWN_CSI_FINALS = new Set(['m', 'H', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'J', 'K', 'h', 'l']);

/** True when SGR parameters turn on blink, rapid blink or hidden text (lectern never does). */
function blinksOrHides(params: string): boolean {
  const list = params.split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (p === 38 || p === 48 || p === 58) {
      i += list[i + 1] === 5 ? 2 : 4; // 38;5;N or 38;2;R;G;B
      continue;
    }
    if (p === 5 || p === 6 || p === 8) return true;
  }
  return false;
}

/**
 * Every control sequence or control character in `raw` that is not text, SGR (without blink
 * or hidden) or — unless `sgrOnly` — one of lectern's own screen codes. `\n`, `\r`, `\t` and
 * the form feed between printed Frames are text.
 */
function foreign(raw: string, sgrOnly = false): string[] {
  const found: string[] = [];
  // lectern's own questions to the terminal (its background colour, then DA1; what pictures
  // it can draw: the cell size, then DA1) are not foreign.
  const rest = raw
    .split('\x1b]11;?\x1b\\\x1b[c')
    .join('')
    .split('\x1b[16t\x1b[c')
    .join('')
    .replace(/\x1b\[([0-?]*)([ -/]*)([@-~])/g, (seq, params: string, inter: string, final: string) => {
      const own = inter === '' && (sgrOnly ? final === 'm' : OWN_CSI_FINALS.has(final)) && !(final === 'm' && blinksOrHides(params));
      const modes = final === 'h' || final === 'l' ? /^\?(1049|25|2004|2026|1)$/.test(params) : true;
      if (!own || !modes) found.push(JSON.stringify(seq));
      return '';
    });
  for (const m of rest.matchAll(/[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/g)) found.push(JSON.stringify(rest.slice(m.index, m.index + 12)));
  return found;
}

/** Peak resident memory of a running process, in MB (VmHWM). */
function peakMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Quits with q and expects a clean exit with nothing foreign on the terminal. */
async function quitClean(s: PtySession, code = 0): Promise<void> {
  s.press('q');
  const exit = await s.exited;
  expect(exit.exitCode).toBe(code);
  expect(foreign(s.rawOutput())).toEqual([]);
}

const write = (name: string, text: string): string => {
  const path = join(dir.path, name);
  writeFileSync(path, text);
  return path;
};

describe('file names with escapes', () => {
  it('reaches no terminal through check, one-line errors or the course menu', async () => {
    const course = join(dir.path, 'course');
    mkdirSync(course);
    writeFileSync(join(course, `01-${OSC52}intro${BLINK_HIDE}.md`), '# Intro\n\n[gone](./missing.md)\n\n---\n\n# Two\n');
    const check = await runLectern(['check', course]);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/01-.*intro.*\.md:3: slide 1: link "gone" points to \.\/missing\.md/);
    expect(foreign(check.stdout + check.stderr, true)).toEqual([]);
    const json = await runLectern(['check', '--format', 'json', course]);
    expect(foreign(json.stdout, true)).toEqual([]);

    const empty = join(course, `02-${C1_CSI}empty.md`);
    writeFileSync(empty, '\n');

    const error = await runLectern(['print', empty]);
    expect(error.status).toBe(2);
    expect(error.stderr).toMatch(/^lectern: 02-.*empty\.md: is empty\n$/);
    expect(foreign(error.stderr, true)).toEqual([]);

    const s = startLectern([course], { cols: 80, rows: 24 });
    await s.waitFor('Intro', 8000);
    s.press('\x1b[B'); // the second lesson: empty, so its error shows in the menu
    s.press('\r');
    await s.waitFor('is empty', 8000);
    expect(peakMb(s.pid)).toBeLessThan(200);
    await quitClean(s);
  });
});

describe('YAML escapes in front matter', () => {
  const frontMatter = (theme: boolean) =>
    `---\ntitle: "\\e]0;OWNED\\a\\e[2J\\x9b6n Talk"\nauthor: "\\e[5m\\e[8mMe"\n${theme ? 'theme: "\\e]52;c;QQ==\\a"\n' : ''}---\n\n# One\n\nText.\n\n---\n\n# Two\n`;

  it('are cleaned after YAML decodes them: the unknown-theme finding and notice', async () => {
    const path = write('theme.md', frontMatter(true));
    // A theme lectern lacks is no reason to refuse a deck: check reports it, the slide says so.
    const check = await runLectern(['check', path]);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/unknown theme ".*52;c;QQ=="/);
    expect(foreign(check.stdout, true)).toEqual([]);
    const print = await runLectern(['print', '--color', 'always', path]);
    expect(print.status).toBe(0);
    expect(print.stdout).toContain('not available');
    expect(foreign(print.stdout, true)).toEqual([]);
  });

  it('are cleaned in serve start-up text and the presenter', async () => {
    const path = write('talk.md', frontMatter(false));
    const serve = startLectern(['serve', '--socket', join(dir.path, 'sock'), path], { cols: 80, rows: 24, env: { XDG_RUNTIME_DIR: dir.path } });
    await serve.waitFor('Press Enter', 8000);
    expect(serve.text()).toContain('OWNED');
    await quitClean(serve);

    const s = startLectern([path], { cols: 80, rows: 24 });
    await s.waitFor('Talk', 8000);
    await quitClean(s);
  });
});

describe('theme-file keys', () => {
  it('reach the unknown-key error without their escapes', async () => {
    const lesson = write('lesson.md', '# One\n\nText.\n');
    const theme = write('evil.yaml', `"${'\\e]52;c;QQ==\\a\\e[5m'}head": "#ffffff"\nheading: "#ffcc00"\n`);
    const s = startLectern(['--theme', theme, lesson], { cols: 80, rows: 24 });
    const exit = await s.exited;
    expect(exit.exitCode).toBe(2);
    expect(s.text()).toMatch(/unknown key ".*head"/);
    expect(foreign(s.rawOutput(), true)).toEqual([]);
  });
});

describe('link targets', () => {
  const deck = [
    '# Links',
    '',
    'Go [there](./%1B%5B5m%1B%5B8mX.md) now.',
    '',
    '---',
    '',
    '# More',
    '',
    'A [clip](./%1B%5D52%3Bc%3BQQ%3D%3D%07y.md) and [web](https://example.com/&#27;[5mz).',
    '',
  ].join('\n');

  it('show no blink, hidden text or OSC on slides, in print, in check and after f', async () => {
    const path = write('links.md', deck);
    const print = await runLectern(['print', '--color', 'always', path]);
    expect(print.status).toBe(0);
    // A lesson link shows its text and a follow marker, not its (cleaned) target.
    expect(print.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toContain('there\u00A0→');
    expect(foreign(print.stdout, true)).toEqual([]);

    const check = await runLectern(['check', path]);
    expect(check.stdout).toContain('points to ./X.md');
    expect(foreign(check.stdout, true)).toEqual([]);

    const s = startLectern([path], { cols: 80, rows: 24 });
    await s.waitFor('there', 8000);
    s.press('f');
    await s.waitFor('Lesson not found: ./X.md');
    await quitClean(s);
  });
});

describe('symlinks and ../ out of the course', () => {
  it('are broken links in the presenter and in check, never shown', async () => {
    const outside = join(dir.path, 'outside');
    const course = join(dir.path, 'course');
    mkdirSync(outside);
    mkdirSync(course);
    writeFileSync(join(outside, 'secret.md'), '# TOPSECRET\n\nroot:$6$hash\n');
    symlinkSync(join(outside, 'secret.md'), join(course, 'shadow.md'));
    symlinkSync(join(outside, 'secret.md'), join(course, '00-shadow.md'));
    writeFileSync(join(course, '01-a.md'), '# First\n\n[next](./shadow.md)\n\n---\n\n# Up\n\n[up](../outside/secret.md)\n');
    writeFileSync(join(course, '02-b.md'), '# Second\n\nHello.\n');

    const check = await runLectern(['check', course]);
    expect(check.status).toBe(1);
    expect(check.stdout.match(/outside the course folder/g)).toHaveLength(2);
    expect(check.stdout).not.toContain('TOPSECRET');

    const s = startLectern([course], { cols: 80, rows: 24 });
    await s.waitFor('Second', 8000);
    expect(s.text()).not.toMatch(/shadow|TOPSECRET/i); // the symlink out is no lesson of the course
    s.press('\r');
    await s.waitFor('next');
    s.press('f');
    await s.waitFor('Lesson not found: ./shadow.md');
    s.press('\x1b[C');
    await s.waitFor('up');
    s.press('f');
    await s.waitFor('Lesson not found: ../outside/secret.md');
    expect(s.rawOutput()).not.toContain('TOPSECRET');
    await quitClean(s);
  });
});

describe('a lesson swapped for /dev/zero or a FIFO during live reload', () => {
  it('is refused without growing or blocking, and reloads go on', async () => {
    const path = write('live.md', '# Live\n\nVersion 0\n\n---\n\n# Two\n');
    // Wide enough for the whole reload message in the status bar.
    const s = startLectern([path], { cols: 120, rows: 24 });
    await s.waitFor('Version 0', 8000);
    const swap = (make: (tmp: string) => void) => {
      const tmp = join(dir.path, `swap-${Math.random().toString(36).slice(2)}`);
      make(tmp);
      renameSync(tmp, path);
    };
    // Live reload starts once the presenter is up, after the first paint: save until it shows.
    for (let tries = 0; !s.text().includes('Version ready'); tries++) {
      expect(tries).toBeLessThan(40);
      swap((tmp) => writeFileSync(tmp, '# Live\n\nVersion ready\n\n---\n\n# Two\n'));
      await s.waitFor('Version ready', 500).catch(() => undefined);
    }
    swap((tmp) => symlinkSync('/dev/zero', tmp));
    await s.waitFor('not a regular file', 8000);
    // More FIFOs than libuv has threads: a blocking open would stop every later reload.
    for (let k = 1; k <= 6; k++) {
      swap((tmp) => execFileSync('mkfifo', [tmp]));
      await s.waitFor('not a regular file', 8000);
      swap((tmp) => writeFileSync(tmp, `# Live\n\nVersion ${k}\n\n---\n\n# Two\n`));
      await s.waitFor(`Version ${k}`, 8000);
    }
    expect(peakMb(s.pid)).toBeLessThan(200);
    await quitClean(s);
  }, 60_000);
});

describe('files beside a lesson that are devices or FIFOs', () => {
  it('a positions.json that is /dev/zero: the presenter draws and quits, the file is ignored', async () => {
    const path = write('lesson.md', '# Resume\n\nText.\n\n---\n\n# Two\n');
    const state = join(dir.path, 'state');
    mkdirSync(join(state, 'lectern'), { recursive: true });
    symlinkSync('/dev/zero', join(state, 'lectern', 'positions.json'));
    const s = startLectern([path], { cols: 80, rows: 24, env: { XDG_STATE_HOME: state } });
    await s.waitFor('Text.', 8000);
    s.press('\x1b[C');
    await s.waitFor('Two');
    expect(peakMb(s.pid)).toBeLessThan(200);
    await quitClean(s);
  });

  it('a theme file, key file or password file that is /dev/zero or a FIFO: one line, exit 2, at once', async () => {
    const lesson = write('lesson.md', '# One\n\nText.\n');
    const zero = join(dir.path, 'zero.yaml');
    symlinkSync('/dev/zero', zero);
    const fifo = join(dir.path, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const fifoTheme = join(dir.path, 'theme.yaml');
    execFileSync('mkfifo', [fifoTheme]);
    const runs = await Promise.all([
      runLectern(['print', '--theme', zero, lesson]),
      runLectern(['print', '--theme', fifoTheme, lesson]),
      runLectern(['serve', '--socket', join(dir.path, 's1'), '--viewer-keys', fifo, lesson]),
      runLectern(['serve', '--viewer-password-file', zero, lesson]),
      runLectern(['print', fifo]),
    ]);
    const [theme, themeFifo, keys, password, lessonFifo] = runs;
    expect(theme!.stderr).toBe(`lectern: ${zero}: cannot read theme file (not a regular file)\n`);
    expect(themeFifo!.stderr).toBe(`lectern: ${fifoTheme}: cannot read theme file (not a regular file)\n`);
    expect(keys!.stderr).toMatch(/^lectern: --viewer-keys .*: cannot read it \(not a regular file\)\n$/);
    expect(password!.stderr).toMatch(/^lectern: --viewer-password-file .*: cannot read it \(not a regular file\)\n$/);
    expect(lessonFifo!.stderr).toMatch(/^lectern: .*fifo: not a regular file\n$/);
    for (const run of runs) expect(run.status).toBe(2);
  });
});

describe('a burst of notes positions', () => {
  it('shows the latest of 1,000 updates in one read, and quits on q', async () => {
    const slides = Array.from({ length: 8 }, (_, i) => `# Slide ${i + 1}\n\n<!-- notes: NOTE-${i + 1} -->\n`).join('\n---\n\n');
    const path = write('talk.md', slides);
    const env = { XDG_RUNTIME_DIR: dir.path };
    const link = startPresenterLink(socketPathFor(path, env));
    try {
      const startedAt = Date.now();
      link.publish({ slide: 0, step: 0, startedAt, lesson: path });
      const notes = startLectern(['notes', path], { cols: 80, rows: 24, env });
      await notes.waitFor('NOTE-1', 8000);
      for (let i = 0; i < 1000; i++) link.publish({ slide: i % 7, step: 0, startedAt, lesson: path });
      link.publish({ slide: 6, step: 0, startedAt, lesson: path });
      await notes.waitFor('NOTE-7', 8000);
      expect(notes.isAlive()).toBe(true);
      expect(peakMb(notes.pid)).toBeLessThan(200);
      await quitClean(notes);
    } finally {
      link.close();
    }
  }, 30_000);
});

describe('10,000-deep quotes and lists', () => {
  const deep = [
    '# Quotes',
    '',
    `${'>'.repeat(10_000)} deep quote`,
    '',
    '---',
    '',
    '# Bullets',
    '',
    `${'- '.repeat(10_000)}deep bullet`,
    '',
    '---',
    '',
    '# Numbers',
    '',
    `${'1. '.repeat(10_000)}deep number`,
    '',
    '---',
    '',
    '# Mixed',
    '',
    `${'- > '.repeat(5_000)}deep mix`,
    '',
  ].join('\n');

  it('print, check and present without overflowing the stack', async () => {
    const path = write('deep.md', deep);
    const print = await runLectern(['print', path], { timeoutMs: 30_000 });
    expect(print.stderr).toBe('');
    expect(print.status).toBe(0);
    for (const text of ['deep quote', 'deep bullet', 'deep number', 'deep mix']) expect(print.stdout).toContain(text);

    const check = await runLectern(['check', path], { timeoutMs: 30_000 });
    expect(check.stdout.match(/nested too deep/g)).toHaveLength(4);

    const s = startLectern([path], { cols: 80, rows: 24 });
    await s.waitFor('deep quote', 8000);
    s.press('\x1b[C');
    await s.waitFor('deep bullet');
    expect(peakMb(s.pid)).toBeLessThan(200);
    await quitClean(s);
  }, 60_000);
});
