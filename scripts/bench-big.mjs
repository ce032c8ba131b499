#!/usr/bin/env node
// Big lessons (part of `npm run bench`): lectern at the lesson size limit, 8 MB.
//
//   node scripts/bench-big.mjs [--runs N]
//
// Figures, medians of N runs (default 3):
//   print        `lectern print` of a 2 MB and an 8 MB lesson to /dev/null: wall time and peak
//                RSS (GNU time's %M), and seconds per MB (linear time: the two should agree)
//   first slide  the presenter in a pty: spawn → the counter `1/N` on screen, and VmHWM then
//   whole lesson End pressed on the first slide → the last slide's counter (the whole lesson
//                parsed), and VmHWM then
//   reference    the first slide of a 5-slide lesson the same way: what the machine's load
//                and Node's start cost in this run
// Targets (issue 15): print under 300 MB; first slide under 500 ms at under 200 MB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedDeck } from './bench/decks.mjs';
import { counterShows, measureSession } from './bench/pty-session.mjs';
import { fmt, median, table } from './bench/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'lectern.js');
const MB = 1024 * 1024;

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;

/** A generated lesson of about `bytes` (never over), and its slide count. */
function lessonOf(bytes) {
  const per = generatedDeck(200).length / 200;
  let slides = Math.floor(bytes / per);
  let text = generatedDeck(slides);
  while (text.length > bytes) text = generatedDeck(--slides);
  return { text, slides };
}

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
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, BIN, 'print', path], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const last = run.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kb] = last.split(' ').map(Number);
  if (run.status !== 0 || !Number.isFinite(seconds)) throw new Error(`print failed: ${run.stderr.trim()}`);
  return { seconds, mb: kb / 1024 };
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'lectern-bench-big-'));
  const env = environment(work);
  const small = lessonOf(2 * MB);
  const big = lessonOf(8 * MB);
  const smallPath = join(work, 'lesson-2mb.md');
  const bigPath = join(work, 'lesson-8mb.md');
  writeFileSync(smallPath, small.text);
  writeFileSync(bigPath, big.text);
  const tinyPath = join(work, 'lesson-5.md');
  writeFileSync(tinyPath, generatedDeck(5));
  process.stderr.write(`bench-big: ${RUNS} runs; 2 MB = ${small.slides} slides, 8 MB = ${big.slides} slides\n`);

  const prints = { small: [], big: [] };
  const firsts = [];
  const tiny = [];
  for (let run = 0; run < RUNS; run++) {
    prints.small.push(timePrint(smallPath, env));
    prints.big.push(timePrint(bigPath, env));
    const atFirst = await measureSession({
      file: process.execPath,
      args: [BIN, '--no-resume', bigPath],
      cols: 80,
      rows: 24,
      env,
      cwd: work,
      ready: counterShows(1, big.slides),
      steps: [],
      settleMs: 0,
    });
    const whole = await measureSession({
      file: process.execPath,
      args: [BIN, '--no-resume', bigPath],
      cols: 80,
      rows: 24,
      env,
      cwd: work,
      ready: counterShows(1, big.slides),
      steps: [{ keys: '\x1b[F', expect: counterShows(big.slides, big.slides) }],
      timeoutMs: 120_000,
    });
    const reference = await measureSession({
      file: process.execPath,
      args: [BIN, '--no-resume', tinyPath],
      cols: 80,
      rows: 24,
      env,
      cwd: work,
      ready: counterShows(1, 5),
      steps: [],
      settleMs: 0,
    });
    if (atFirst.error || whole.error || reference.error) throw new Error(atFirst.error ?? whole.error ?? reference.error);
    tiny.push({ ms: reference.firstMs, mb: reference.peakRssKb / 1024 });
    firsts.push({ ms: atFirst.firstMs, mbAtFirst: atFirst.peakRssKb / 1024, mbWhole: whole.peakRssKb / 1024, msWhole: whole.steps[0]?.latencyMs ?? NaN });
    process.stderr.write('.');
  }
  process.stderr.write('\n');

  const m = (xs, key) => median(xs.map((x) => x[key]));
  const perMb = (xs, size) => m(xs, 'seconds') / size;
  const rows = [
    ['print 2 MB', fmt(m(prints.small, 'seconds'), ' s'), fmt(perMb(prints.small, 2), ' s/MB'), fmt(m(prints.small, 'mb'), ' MB'), '–'],
    ['print 8 MB', fmt(m(prints.big, 'seconds'), ' s'), fmt(perMb(prints.big, 8), ' s/MB'), fmt(m(prints.big, 'mb'), ' MB'), '< 300 MB'],
    ['first slide 8 MB', fmt(m(firsts, 'ms'), ' ms'), '–', fmt(m(firsts, 'mbAtFirst'), ' MB'), '< 500 ms, < 200 MB'],
    ['whole lesson 8 MB', fmt(m(firsts, 'msWhole'), ' ms'), '–', fmt(m(firsts, 'mbWhole'), ' MB'), '–'],
    ['first slide 5 slides', fmt(m(tiny, 'ms'), ' ms'), '–', fmt(m(tiny, 'mb'), ' MB'), 'reference'],
  ];
  process.stdout.write(`${table(['big lessons', 'time', 'per MB', 'peak RSS', 'target'], rows)}\n`);
  rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  process.stderr.write(`bench-big: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
