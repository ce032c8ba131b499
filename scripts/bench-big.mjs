#!/usr/bin/env node
// Big lessons (part of `npm run bench`): lectern at the lesson size limit, 8 MB.
//
//   node scripts/bench-big.mjs [--runs N]
//
// Lessons shaped like real ones (scripts/bench/decks.mjs bigLesson: `---` slides with
// headings, prose, lists, tables, code, notes, definitions at the end), made here, never kept.
// Figures, medians of N runs (default 3):
//   print        `lectern print` of a 1, 4 and 8 MB lesson to /dev/null: wall and CPU time,
//                peak RSS (GNU time's %M), and CPU seconds per MB, also per MB past the first
//                (linear time: those agree);
//                the 8 MB lesson also split by headings only (no `---`)
//   first slide  the presenter in a pty: spawn → the counter `1/N` on screen, and VmHWM then
//   → key        → pressed at once on the first slide, while the rest parses: until slide 2
//   whole lesson End pressed then → the last slide's own content (the whole lesson parsed),
//                and VmHWM then
//   reference    the first slide of a 5-slide lesson the same way: what the machine's load
//                and Node's start cost in this run
// Targets (issue 15): print under 300 MB, time linear in size; first slide under 500 ms at
// under 200 MB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigLesson, generatedDeck } from './bench/decks.mjs';
import { counterShows, measureSession } from './bench/pty-session.mjs';
import { fmt, median, table } from './bench/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'lectern.js');
const MB = 1024 * 1024;

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;

function environment(home) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k === 'CI' || k.startsWith('CI_') || k === 'NO_COLOR' || k === 'FORCE_COLOR') continue;
    if (k === 'NODE_EXTRA_CA_CERTS' || k === 'NODE_ENV' || k.startsWith('VITEST')) continue;
    env[k] = v;
  }
  return { ...env, TERM: 'xterm-256color', LANG: 'C.UTF-8', HOME: home, XDG_STATE_HOME: join(home, 'state') };
}

/** `lectern print PATH > /dev/null` under GNU time: seconds and peak MB. */
function timePrint(path, env) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, BIN, 'print', path], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const last = run.stderr.trim().split('\n').pop() ?? '';
  const [seconds, user, system, kb] = last.split(' ').map(Number);
  if (run.status !== 0 || !Number.isFinite(seconds)) throw new Error(`print failed: ${run.stderr.trim()}`);
  return { seconds, cpu: user + system, mb: kb / 1024 };
}

/** Screen predicate: the slide's own heading (`## N. Working with …`) shows. */
const headingShows = (n) => (screen) => screen.some((line) => line.includes(`${n}. Working with`));

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'lectern-bench-big-'));
  const env = environment(work);
  const lessons = [1, 4, 8].map((size) => ({ size, ...bigLesson(size * MB - 1024), path: join(work, `lesson-${size}mb.md`) }));
  const headings = { size: 8, ...bigLesson(8 * MB - 1024, { breaks: false }), path: join(work, 'lesson-8mb-headings.md') };
  for (const lesson of [...lessons, headings]) writeFileSync(lesson.path, lesson.text);
  const big = lessons[2];
  const tinyPath = join(work, 'lesson-5.md');
  writeFileSync(tinyPath, generatedDeck(5));
  process.stderr.write(`bench-big: ${RUNS} runs; ${lessons.map((l) => `${l.size} MB = ${l.slides} slides`).join(', ')}\n`);

  const prints = new Map([...lessons, headings].map((l) => [l, []]));
  const firsts = [];
  const tiny = [];
  const session = (path, ready, steps, more = {}) =>
    measureSession({ file: process.execPath, args: [BIN, '--no-resume', path], cols: 80, rows: 24, env, cwd: work, ready, steps, ...more });
  for (let run = 0; run < RUNS; run++) {
    for (const [lesson, times] of prints) times.push(timePrint(lesson.path, env));
    const ready = counterShows(1, big.slides);
    const atFirst = await session(big.path, ready, [], { settleMs: 0 });
    const keys = await session(big.path, ready, [{ keys: '\x1b[C', expect: headingShows(2) }], { settleMs: 0 });
    const whole = await session(big.path, ready, [{ keys: '\x1b[F', expect: (s) => counterShows(big.slides, big.slides)(s) && headingShows(big.slides)(s) }], {
      timeoutMs: 120_000,
    });
    const reference = await session(tinyPath, counterShows(1, 5), [], { settleMs: 0 });
    const failed = [atFirst, keys, whole, reference].find((r) => r.error);
    if (failed) throw new Error(failed.error);
    tiny.push({ ms: reference.firstMs, mb: reference.peakRssKb / 1024 });
    firsts.push({
      ms: atFirst.firstMs,
      mbAtFirst: atFirst.peakRssKb / 1024,
      keyMs: keys.steps[0]?.latencyMs ?? NaN,
      mbWhole: whole.peakRssKb / 1024,
      msWhole: whole.steps[0]?.latencyMs ?? NaN,
    });
    process.stderr.write('.');
  }
  process.stderr.write('\n');

  const m = (xs, key) => median(xs.map((x) => x[key]));
  // Linear time: each MB past the first costs the same (the first also pays Node's start and the JIT's warm-up).
  const cpu1 = m(prints.get(lessons[0]), 'cpu');
  const printRow = (lesson, label) => {
    const times = prints.get(lesson);
    const cpu = m(times, 'cpu');
    const perMb = lesson.size > 1 ? `${fmt(cpu / lesson.size, ' s/MB')} (+${fmt((cpu - cpu1) / (lesson.size - 1), ' s')} a MB past 1)` : fmt(cpu, ' s/MB');
    return [label, `${fmt(m(times, 'seconds'), ' s')} (${fmt(cpu, ' s CPU')})`, perMb, fmt(m(times, 'mb'), ' MB'), '< 300 MB, linear'];
  };
  const rows = [
    ...lessons.map((l) => printRow(l, `print ${l.size} MB`)),
    printRow(headings, 'print 8 MB, headings only'),
    ['first slide 8 MB', fmt(m(firsts, 'ms'), ' ms'), '–', fmt(m(firsts, 'mbAtFirst'), ' MB'), '< 500 ms, < 200 MB'],
    ['→ while it parses', fmt(m(firsts, 'keyMs'), ' ms'), '–', '–', '–'],
    ['whole lesson 8 MB (End)', fmt(m(firsts, 'msWhole'), ' ms'), '–', fmt(m(firsts, 'mbWhole'), ' MB'), '–'],
    ['first slide 5 slides', fmt(m(tiny, 'ms'), ' ms'), '–', fmt(m(tiny, 'mb'), ' MB'), 'reference'],
  ];
  process.stdout.write(`${table(['big lessons', 'time', 'CPU per MB', 'peak RSS', 'target'], rows)}\n`);
  rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  process.stderr.write(`bench-big: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
