// One measured session of a terminal program: spawn it in a pseudo-terminal (node-pty), feed
// everything it writes into an emulated screen (@xterm/headless, Unicode 11 widths), and
// time when things appear. Timestamps are taken when bytes arrive, not when the emulator has
// parsed them, so emulator cost is not counted against the program.
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as pty from 'node-pty';
import xtermHeadless from '@xterm/headless';
import { Unicode11Addon } from '@xterm/addon-unicode11';

const { Terminal } = xtermHeadless;

/** Peak resident memory (VmHWM, KB) of a process and all its descendants, 0 when gone. */
export function peakRssKb(pid) {
  let total = 0;
  const seen = new Set();
  const visit = (p) => {
    if (seen.has(p)) return;
    seen.add(p);
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const tid of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').trim();
        for (const c of children.split(/\s+/).filter(Boolean)) visit(Number(c));
      }
    } catch {
      // the process ended while we looked
    }
  };
  visit(pid);
  return total;
}

/** CPU time (user + system, ms) a process has used so far; NaN when it is gone. */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = 100;

/**
 * CPU time (ms, counted in nanoseconds: schedstat) all threads of a process have used so
 * far; NaN when it is gone. Finer than cpuMs's clock ticks, for comparing builds.
 */
export function threadCpuMs(pid) {
  try {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return NaN;
  }
}

/**
 * Runs `file args` on a `cols` x `rows` pty and measures:
 *  - firstMs: spawn → the output chunk after which `ready(screen)` first holds;
 *  - for each step `{ keys, expect }`: key written → last byte before `quietMs` of silence,
 *    once `expect(screen)` holds (latencyMs), and the bytes written in between;
 *  - peakRssKb: VmHWM of the process tree, read after the last step;
 *  - CPU time of the program's threads (threadCpuMs) at the first slide (firstCpuMs), once
 *    it is idle after it (settledCpuMs) and for each step (cpuMs).
 * Never throws for a misbehaving program: failures are reported in `error`.
 *
 * @param {object} o
 * @param {string} o.file
 * @param {string[]} o.args
 * @param {number} o.cols
 * @param {number} o.rows
 * @param {Record<string,string>} o.env
 * @param {string} [o.cwd]
 * @param {(screen: string[]) => boolean} o.ready
 * @param {{ keys: string, expect: (screen: string[]) => boolean }[]} [o.steps]
 * @param {number} [o.quietMs]   silence that ends a step (default 50)
 * @param {number} [o.settleMs]  silence after the first slide before the first key (default 400)
 * @param {number} [o.timeoutMs] per wait (default 10 s)
 * @param {string} [o.quitKeys]  sent at the end (default 'q')
 */
export async function measureSession(o) {
  const quietMs = o.quietMs ?? 50;
  const timeoutMs = o.timeoutMs ?? 10_000;
  const term = new Terminal({ cols: o.cols, rows: o.rows, allowProposedApi: true, scrollback: 0 });
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';

  /** Arrival time and size of every chunk, in order. */
  const chunks = [];
  let parsedUpTo = -1; // index of the last chunk the emulator has parsed
  let wake = () => {};
  let exited = false;

  const t0 = performance.now();
  const child = pty.spawn(o.file, o.args, {
    name: 'xterm-256color',
    cols: o.cols,
    rows: o.rows,
    cwd: o.cwd ?? process.cwd(),
    env: o.env,
    encoding: null,
  });
  const exitPromise = new Promise((resolve) =>
    child.onExit((e) => {
      exited = true;
      wake();
      resolve(e);
    }),
  );
  // Answer the program's terminal queries (device attributes, cursor position) as a terminal would.
  term.onData((reply) => {
    if (!exited) child.write(reply);
  });
  child.onData((data) => {
    const index = chunks.push({ t: performance.now(), bytes: data.length }) - 1;
    term.write(data, () => {
      parsedUpTo = index;
      wake();
    });
  });

  const screen = () => {
    const buf = term.buffer.active;
    const lines = [];
    for (let y = 0; y < term.rows; y++) lines.push(buf.getLine(y)?.translateToString(true) ?? '');
    return lines;
  };
  const nextEvent = (ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), ms);
      wake = () => {
        clearTimeout(timer);
        resolve('event');
      };
    });
  /** Waits until `predicate` holds on a fully parsed screen; returns the index of the chunk that made it so. */
  const waitScreen = async (predicate, since) => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      if (parsedUpTo === chunks.length - 1 && parsedUpTo >= since && predicate(screen())) return parsedUpTo;
      if (exited) throw new Error('the program ended');
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`timed out; screen:\n${screen().join('\n')}`);
      await nextEvent(Math.min(left, 25));
    }
  };
  /** Waits until no byte has arrived for quietMs; returns the index of the last chunk. */
  const waitQuiet = async (quiet = quietMs) => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const last = chunks[chunks.length - 1];
      const since = last ? performance.now() - last.t : Infinity;
      if (since >= quiet && parsedUpTo === chunks.length - 1) return chunks.length - 1;
      if (exited) return chunks.length - 1;
      if (performance.now() > deadline) throw new Error('never went quiet');
      await nextEvent(Math.max(1, quiet - since));
    }
  };
  const bytesBetween = (from, to) => chunks.slice(from, to + 1).reduce((n, c) => n + c.bytes, 0);

  const result = {
    firstMs: NaN,
    firstCpuMs: NaN,
    firstBytes: 0,
    startCpuMs: NaN,
    settledCpuMs: NaN,
    steps: [],
    stepsCpuMs: NaN,
    peakRssKb: 0,
    error: undefined,
    screen: [],
  };
  try {
    const firstIndex = await waitScreen(o.ready, 0);
    result.firstMs = chunks[firstIndex].t - t0;
    result.firstCpuMs = threadCpuMs(child.pid);
    result.firstBytes = bytesBetween(0, firstIndex);
    // A program may keep drawing after its first slide shows (lectern paints it before its
    // presenter has loaded, which then redraws the same Frame): keys wait until it is idle.
    await waitQuiet(o.settleMs ?? 400);
    result.startCpuMs = cpuMs(child.pid);
    result.settledCpuMs = threadCpuMs(child.pid);
    for (const step of o.steps ?? []) {
      const from = chunks.length;
      const cpuBefore = threadCpuMs(child.pid);
      const tKey = performance.now();
      child.write(cursorKeys(step.keys, term.modes.applicationCursorKeysMode));
      await waitScreen(step.expect, from);
      const last = await waitQuiet();
      result.steps.push({
        latencyMs: chunks[last].t - tKey,
        firstByteMs: chunks[from].t - tKey,
        bytes: bytesBetween(from, last),
        cpuMs: threadCpuMs(child.pid) - cpuBefore,
      });
    }
    result.stepsCpuMs = cpuMs(child.pid) - result.startCpuMs;
    result.peakRssKb = peakRssKb(child.pid);
  } catch (error) {
    result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
    result.peakRssKb = peakRssKb(child.pid);
  }
  result.screen = screen();

  // Quit politely, then firmly.
  if (!exited) {
    try {
      child.write(o.quitKeys ?? 'q');
    } catch {
      // already gone
    }
  }
  const ended = await Promise.race([exitPromise, new Promise((r) => setTimeout(() => r(undefined), 3000))]);
  if (!ended) {
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
    await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 1000))]);
  }
  term.dispose();
  return result;
}

/**
 * Arrow, Home and End keys as the terminal sends them: `ESC O x` instead of `ESC [ x` once
 * the program has switched on application cursor mode (DECCKM, as ncurses programs do).
 */
export function cursorKeys(keys, applicationMode) {
  return applicationMode ? keys.replace(/\x1b\[([A-DFH])/g, '\x1bO$1') : keys;
}

/** Screen predicate: the slide counter `n/total` (or `n / total`) shows on one of the last rows. */
export function counterShows(n, total, rowsFromBottom = 3) {
  const re = new RegExp(`(^|[^0-9])${n} ?/ ?${total}([^0-9]|$)`);
  return (screen) => screen.slice(-rowsFromBottom).some((line) => re.test(line));
}
