/**
 * End-to-end harness: runs the real CLI in a pseudo-terminal (node-pty) and keeps an
 * emulated screen of what it drew (@xterm/headless with Unicode 11 widths, like a modern
 * terminal), plus helpers to run the CLI non-interactively with pipes.
 *
 * Every child started here is tracked; call `killAll()` in `afterEach`.
 */
import { spawn as spawnChild } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pty from 'node-pty';
import xtermHeadless from '@xterm/headless';
import type { Terminal as XTerminal } from '@xterm/headless';
import { Unicode11Addon } from '@xterm/addon-unicode11';

const { Terminal } = xtermHeadless;

/** Repository root (this file lives in test/e2e/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The CLI entry that users run. */
export const BIN = join(REPO_ROOT, 'bin', 'lectern.js');
/** The lesson the suite presents: our fixture in the shape of the course lesson. */
export const LESSON = join(REPO_ROOT, 'test', 'fixtures', 'course', '03-pengantar-kvm-vs-lxc.md');
/** package.json version, for `--version`. */
export const VERSION: string = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Key sequences as a terminal in normal (non-application) cursor mode sends them. */
export const KEY = {
  right: '\x1b[C',
  left: '\x1b[D',
  up: '\x1b[A',
  down: '\x1b[B',
  home: '\x1b[H',
  end: '\x1b[F',
  enter: '\r',
  esc: '\x1b',
  ctrlC: '\x03',
} as const;

/**
 * An environment like a user's terminal: no CI markers (Ink renders nothing when CI is set,
 * and CI runs with CI=true), no forced or disabled color, no test-runner variables.
 */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) continue;
    if (key === 'FORCE_COLOR' || key === 'NO_COLOR' || key === 'NODE_ENV') continue;
    if (key === 'COLUMNS' || key === 'LINES') continue;
    if (key.startsWith('VITEST') || key === 'TEST') continue;
    // A non-UTF-8 locale switches lectern to ASCII mode; tests pick the locale themselves.
    if (key === 'LANG' || key === 'LANGUAGE' || key.startsWith('LC_')) continue;
    env[key] = value;
  }
  return { LANG: 'C.UTF-8', ...env, ...extra };
}

/**
 * Per-run folders for state, config, cache and data (lectern remembers where each lesson was
 * left), so runs never see each other's or the user's files. `cleanup` removes them.
 */
export function isolatedHome(): { env: Record<string, string>; cleanup: () => void } {
  const dir = tempDir('lectern-e2e-home-');
  return {
    env: {
      HOME: dir.path,
      XDG_STATE_HOME: join(dir.path, 'state'),
      XDG_CONFIG_HOME: join(dir.path, 'config'),
      XDG_CACHE_HOME: join(dir.path, 'cache'),
      XDG_DATA_HOME: join(dir.path, 'data'),
    },
    cleanup: dir.cleanup,
  };
}

/** Foreground color of one cell. */
export interface CellColor {
  /** 'default' (no color set), 'palette' (0–255) or 'rgb' (0xRRGGBB). */
  mode: 'default' | 'palette' | 'rgb';
  value: number;
}

/** One screen cell as xterm laid it out. */
export interface Cell {
  /** Column (0-based, in display cells). */
  col: number;
  /** Text of the cell ('' for the right half of a wide character). */
  chars: string;
  /** 0 (right half of a wide char), 1 or 2. */
  width: number;
  fg: CellColor;
  /** True when the background is not the default. */
  hasBg: boolean;
  /** Drawn in inverse video (SGR 7). */
  inverse: boolean;
}

/** How the child ended. */
export interface ExitInfo {
  exitCode: number;
  signal: number | undefined;
}

/** Options for `startPty` / `startLectern`. */
export interface StartOptions {
  cols?: number;
  rows?: number;
  /** Extra environment on top of `cleanEnv()`. */
  env?: Record<string, string>;
  cwd?: string;
  /** Lines of scrollback the emulated terminal keeps (default 0). */
  scrollback?: number;
}

/** A running program in a pty with its emulated screen. */
export interface PtySession {
  readonly cols: number;
  readonly rows: number;
  /** The child's process id (for /proc/PID/status in memory checks). */
  readonly pid: number;
  /** Each screen row as text, right-trimmed. */
  screen(): string[];
  /** The whole screen, rows joined by '\n'. */
  text(): string;
  /** The cells of one row (wide characters take one entry of width 2 plus one of width 0). */
  rowCells(row: number): Cell[];
  /** Screen position (row, display column) of the first occurrence of `needle`, if any. */
  find(needle: string): { row: number; col: number } | undefined;
  /** Foreground color at a cell. */
  cellColor(row: number, col: number): CellColor;
  /** True when the row is the continuation of a line that overflowed the width. */
  isWrapped(row: number): boolean;
  /**
   * Resolves when `predicate(session)` holds (or the screen contains the substring / matches
   * the RegExp), checked after output has been parsed. Throws with the screen on timeout
   * (`what` names the awaited state in that message).
   */
  waitFor(predicate: string | RegExp | ((s: PtySession) => boolean), timeoutMs?: number, what?: string): Promise<void>;
  /** Every line of the normal screen buffer, scrollback included, right-trimmed. */
  history(): string[];
  /** Types keys (a string of raw bytes as the terminal would send them). */
  press(keys: string | Buffer): void;
  /** Resizes both the pty and the emulated terminal. */
  resize(cols: number, rows: number): void;
  /** True when the emulated terminal shows the alternate screen buffer. */
  isAlternateScreen(): boolean;
  /** Cursor visibility as last set by DECTCEM (`\x1b[?25h` / `\x1b[?25l`). */
  isCursorVisible(): boolean;
  /** Every byte the program wrote, decoded as UTF-8. */
  rawOutput(): string;
  /** True until the child has exited. */
  isAlive(): boolean;
  /** Resolves when the child exited and its last output has been parsed. */
  readonly exited: Promise<ExitInfo>;
  /** Sends a signal to the child (default SIGTERM). */
  kill(signal?: string): void;
  /** Frees the emulated terminal (killAll does it). */
  dispose(): void;
}

const live = new Set<PtySession>();

/** Kills every pty still running and waits for them to end (use as `afterEach(killAll)`). */
export async function killAll(): Promise<void> {
  const sessions = [...live];
  live.clear();
  await Promise.all(
    sessions.map(async (s) => {
      if (s.isAlive()) {
        try {
          s.kill('SIGKILL');
        } catch {
          // already gone
        }
      }
      await Promise.race([s.exited, pause(2000)]);
      s.dispose();
    }),
  );
}

function colorOf(cell: { isFgDefault(): boolean; isFgRGB(): boolean; getFgColor(): number }): CellColor {
  if (cell.isFgDefault()) return { mode: 'default', value: -1 };
  return { mode: cell.isFgRGB() ? 'rgb' : 'palette', value: cell.getFgColor() };
}

function describeExit(info: ExitInfo | undefined): string {
  if (!info) return 'still running';
  return `exited with code ${info.exitCode}${info.signal ? ` (signal ${info.signal})` : ''}`;
}

/** Makes an emulated terminal the way the suite needs it (Unicode 11 widths). */
export function makeTerminal(cols: number, rows: number, scrollback = 0): XTerminal {
  const term = new Terminal({ cols, rows, allowProposedApi: true, scrollback });
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';
  return term;
}

/** Starts any program in a pty with an emulated screen. */
export function startPty(file: string, args: string[], opts: StartOptions = {}): PtySession {
  let cols = opts.cols ?? 80;
  let rows = opts.rows ?? 24;
  const term = makeTerminal(cols, rows, opts.scrollback);
  let cursorVisible = true;
  const trackCursor =
    (visible: boolean) =>
    (params: (number | number[])[]): boolean => {
      if (params.some((p) => p === 25)) cursorVisible = visible;
      return false; // let xterm handle it too
    };
  term.parser.registerCsiHandler({ prefix: '?', final: 'h' }, trackCursor(true));
  term.parser.registerCsiHandler({ prefix: '?', final: 'l' }, trackCursor(false));

  const child = pty.spawn(file, args, {
    name: 'xterm-256color',
    cols,
    rows,
    cwd: opts.cwd ?? REPO_ROOT,
    env: cleanEnv({ TERM: 'xterm-256color', COLORTERM: 'truecolor', ...opts.env }),
  });

  let raw = '';
  let pending = 0;
  let childExited = false;
  child.onExit(() => {
    childExited = true;
  });
  let exitInfo: ExitInfo | undefined;
  const waiters = new Set<() => void>();
  const notify = (): void => {
    for (const w of [...waiters]) w();
  };

  child.onData((data) => {
    raw += data;
    pending++;
    term.write(data, () => {
      pending--;
      notify();
    });
  });

  const exited = new Promise<ExitInfo>((resolveExit) => {
    child.onExit(({ exitCode, signal }) => {
      // node-pty reports the exit once its socket closed; still let the last chunks be parsed
      // (and any straggler arrive) before callers look at the final screen.
      let last = raw.length;
      let quiet = 0;
      const tick = setInterval(() => {
        if (raw.length === last && pending === 0) quiet++;
        else quiet = 0;
        last = raw.length;
        if (quiet >= 3) {
          clearInterval(tick);
          exitInfo = { exitCode, signal: signal || undefined };
          notify();
          resolveExit(exitInfo);
        }
      }, 20);
    });
  });

  const screen = (): string[] => {
    const buf = term.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < term.rows; y++) out.push(buf.getLine(y)?.translateToString(true) ?? '');
    return out;
  };

  const rowCells = (row: number): Cell[] => {
    const line = term.buffer.active.getLine(row);
    const cells: Cell[] = [];
    if (!line) return cells;
    for (let x = 0; x < term.cols; x++) {
      const c = line.getCell(x);
      if (!c) break;
      cells.push({
        col: x,
        chars: c.getChars(),
        width: c.getWidth(),
        fg: colorOf(c),
        hasBg: !c.isBgDefault(),
        inverse: c.isInverse() !== 0,
      });
    }
    return cells;
  };

  const session: PtySession = {
    get cols() {
      return cols;
    },
    get rows() {
      return rows;
    },
    pid: child.pid,
    screen,
    text: () => screen().join('\n'),
    rowCells,
    find(needle) {
      for (let y = 0; y < term.rows; y++) {
        const cells = rowCells(y);
        // Build the row's text with a map from string index to cell column.
        let s = '';
        const colAt: number[] = [];
        for (const c of cells) {
          if (c.width === 0) continue;
          const chars = c.chars === '' ? ' ' : c.chars;
          for (let i = 0; i < chars.length; i++) colAt.push(c.col);
          s += chars;
        }
        const i = s.indexOf(needle);
        if (i >= 0) return { row: y, col: colAt[i] ?? 0 };
      }
      return undefined;
    },
    cellColor(row, col) {
      const c = term.buffer.active.getLine(row)?.getCell(col);
      if (!c) throw new Error(`no cell at row ${row}, col ${col}`);
      return colorOf(c);
    },
    isWrapped: (row) => term.buffer.active.getLine(row)?.isWrapped ?? false,
    waitFor(predicate, timeoutMs = 5000, what) {
      const test = (): boolean => {
        if (typeof predicate === 'string') return session.text().includes(predicate);
        if (predicate instanceof RegExp) return predicate.test(session.text());
        return predicate(session);
      };
      return new Promise<void>((resolveWait, rejectWait) => {
        let done = false;
        const finish = (err?: Error): void => {
          if (done) return;
          done = true;
          waiters.delete(check);
          clearTimeout(timer);
          clearInterval(poll);
          if (err) rejectWait(err);
          else resolveWait();
        };
        const fail = (why: string): void => {
          finish(
            new Error(
              `waitFor(${what ?? (typeof predicate === 'function' ? 'predicate' : JSON.stringify(String(predicate)))}) ${why} (${describeExit(exitInfo)}). Screen ${cols}x${rows}:\n` +
                screen()
                  .map((l, i) => `${String(i).padStart(2)}|${l}`)
                  .join('\n'),
            ),
          );
        };
        const check = (): void => {
          if (done || pending > 0) return;
          let ok = false;
          try {
            ok = test();
          } catch (e) {
            finish(e as Error);
            return;
          }
          if (ok) finish();
          else if (exitInfo) fail('cannot happen any more: the program ended');
        };
        const timer = setTimeout(() => fail(`timed out after ${timeoutMs} ms`), timeoutMs);
        // Re-check on every parsed write and also periodically (predicates may use time).
        const poll = setInterval(check, 25);
        waiters.add(check);
        check();
      });
    },
    history() {
      const buf = term.buffer.normal;
      const out: string[] = [];
      for (let y = 0; y < buf.length; y++) out.push(buf.getLine(y)?.translateToString(true) ?? '');
      return out;
    },
    press(keys) {
      child.write(keys);
    },
    resize(c, r) {
      cols = c;
      rows = r;
      term.resize(c, r);
      child.resize(c, r);
    },
    isAlternateScreen: () => term.buffer.active.type === 'alternate',
    isCursorVisible: () => cursorVisible,
    rawOutput: () => raw,
    isAlive: () => exitInfo === undefined && !childExited,
    exited,
    kill(signal = 'SIGTERM') {
      child.kill(signal);
    },
    dispose() {
      term.dispose();
    },
  };
  live.add(session);
  return session;
}

/**
 * Presents with lectern in a pty: `node bin/lectern.js ...args`, with its own empty HOME and
 * XDG folders (removed when it has exited) unless `opts.env` sets them.
 */
export function startLectern(args: string[], opts: StartOptions = {}): PtySession {
  const home = isolatedHome();
  const s = startPty(process.execPath, [BIN, ...args], { ...opts, env: { ...home.env, ...opts.env } });
  void s.exited.then(home.cleanup);
  return s;
}

/** Result of a non-interactive run. */
export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout as bytes, for byte-level checks. */
  stdoutBytes: Buffer;
}

/** Runs the CLI with pipes (stdout is not a TTY), env without CI, its own HOME and XDG folders. */
export function runLectern(
  args: string[],
  opts: { env?: Record<string, string>; cwd?: string; input?: string | Buffer; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolveRun, rejectRun) => {
    const home = isolatedHome();
    const child = spawnChild(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? REPO_ROOT,
      env: cleanEnv({ ...home.env, ...opts.env }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectRun(new Error(`lectern ${args.join(' ')} did not finish in ${opts.timeoutMs ?? 10_000} ms`));
    }, opts.timeoutMs ?? 10_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      rejectRun(e);
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      home.cleanup();
      const stdoutBytes = Buffer.concat(out);
      resolveRun({
        status,
        signal,
        stdout: stdoutBytes.toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        stdoutBytes,
      });
    });
    child.stdin.on('error', () => {
      // the CLI may exit without reading stdin
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** Splits `print` output into frames (separated by a line holding only a form feed). */
export function splitFrames(output: string): string[][] {
  const lines = output.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const frames: string[][] = [[]];
  for (const line of lines) {
    if (line === '\f') frames.push([]);
    else frames[frames.length - 1]!.push(line);
  }
  return frames;
}

/**
 * Display width of each line as xterm (Unicode 11) advances the cursor over it.
 * Lines must not contain cursor movement; SGR is fine.
 */
export async function displayWidths(lines: string[]): Promise<number[]> {
  const term = makeTerminal(1000, 4);
  const widths: number[] = [];
  for (const line of lines) {
    await new Promise<void>((r) => term.write('\r\x1b[2K' + line, r));
    widths.push(term.buffer.active.cursorX);
  }
  term.dispose();
  return widths;
}

/** A temporary folder removed by the returned cleanup. */
export function tempDir(prefix = 'lectern-e2e-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** Waits (polling) until `fn` returns true; no fixed sleeps. */
export async function until(fn: () => boolean, timeoutMs = 3000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!fn()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Resolves after `ms`; only for short settle pauses where there is nothing to poll. */
export function pause(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
