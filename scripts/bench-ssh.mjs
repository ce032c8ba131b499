#!/usr/bin/env node
// npm run bench (second part): `lectern serve` with N real OpenSSH followers on loopback.
//
//   node scripts/bench-ssh.mjs [--followers 1,50,200,500] [--hostile 200:8] [--slides 20] [--json PATH]
//
// For each N: the teacher runs the built bin/lectern.js serve in a pseudo-terminal (node-pty);
// N `ssh -tt` clients join over 127.0.0.1 (80x24: ssh without a local terminal reports 0x0,
// which the server takes as 80x24, so all share one Frame per slide). The teacher presses →
// 20 times; for each key we take the time from writing the key to the moment each follower's
// ssh process hands us the new slide counter ("k/21", drawn in the status bar).
//   p50, max       of those delays over all followers and keys
//   RSS/viewer     (server RSS with N followers − RSS before any) / N, after GC has had a chance
//   server CPU     user+system CPU time of the server over the 20 keys, per key and as % of a core
//   teacher p50    the same delay to the teacher's own screen
// A `--hostile F:M` row runs F followers beside M hostile viewers (scripts/bench/hostile-viewers.mjs,
// a process of its own): each browses by mashing keys on a screen near 400x200, every one a
// different size, while 300 idle connections reconnect whenever they are closed. Compare its
// p50 with the plain row of F followers: the mashers should cost the others little.
// Then a picture row per follower size (80x24, 200x50): scripts/bench/ssh-picture.mjs.
// Everything stays on loopback; every process started here is killed at the end.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';
import { pause, studentSshArgs, until } from './bench/ssh-client.mjs';
import { sshPictureRun, sshPictureTable } from './bench/ssh-picture.mjs';

const HOSTILE = join(dirname(fileURLToPath(import.meta.url)), 'bench', 'hostile-viewers.mjs');
const IDLE_CONNECTIONS = 300;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'lectern.js');
const CLK_TCK = 100;

function options(argv) {
  const opts = { followers: [1, 50, 200, 500], hostile: [[200, 8]], slides: 20, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[++i];
    if (value === undefined) fail(`${flag} needs a value`);
    if (flag === '--followers')
      opts.followers = value
        .split(',')
        .map(Number)
        .filter((n) => n > 0 && n <= 1000);
    else if (flag === '--hostile')
      opts.hostile = value
        .split(',')
        .map((pair) => pair.split(':').map(Number))
        .filter(([f, m]) => f > 0 && f <= 1000 && m >= 0 && m <= 64);
    else if (flag === '--slides') opts.slides = Math.min(100, Math.max(1, Number(value) || 20));
    else if (flag === '--json') opts.json = value;
    else fail(`unknown option ${flag}`);
  }
  return opts;
}

function fail(message) {
  process.stderr.write(`bench-ssh: ${message}\n`);
  process.exit(2);
}

/** A deck of `count` slides with the usual blocks, so each key redraws a real slide. */
function deck(count) {
  const slides = [];
  for (let i = 1; i <= count; i++) {
    slides.push(
      `# Slide ${i}: containers and VMs\n\nA paragraph of prose that wraps across the screen, with **bold** and \`code\`, ` +
        `long enough to fill two lines at 80 columns on every slide of the deck.\n\n- first point ${i}\n- second point\n- third point\n\n` +
        '```bash\npct create 101 local:vztmpl/debian-12.tar.zst --memory 512\nqm start 100\n```\n',
    );
  }
  return slides.join('\n---\n\n');
}

function procStat(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { cpuTicks: Number(fields[11]) + Number(fields[12]) };
}

function rssKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** One follower: an ssh process whose stdout we scan for the slide counter. */
function follower(port, total, env) {
  const child = spawn('ssh', studentSshArgs(port), { stdio: ['pipe', 'pipe', 'ignore'], env });
  const f = { child, seen: new Map(), tail: '' };
  child.stdout.on('data', (chunk) => {
    const now = performance.now();
    const text = f.tail + chunk.toString('latin1');
    for (const m of text.matchAll(new RegExp(`(\\d+)/${total}(?!\\d)`, 'g'))) {
      const n = Number(m[1]);
      if (!f.seen.has(n)) f.seen.set(n, now);
    }
    f.tail = text.slice(-12);
  });
  child.on('error', () => {});
  return f;
}

/** Starts the hostile viewers; resolves once every masher has its shell. */
async function hostileViewers(port, mashers) {
  const child = spawn(process.execPath, [HOSTILE, String(port), String(mashers), String(IDLE_CONNECTIONS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: ROOT,
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  await until(() => out.includes('ready'), 60000, 'the hostile viewers');
  return child;
}

async function run(count, slides, workDir, mashers = 0) {
  const total = slides + 1;
  const deckPath = join(workDir, `deck-${total}.md`);
  writeFileSync(deckPath, deck(total));
  const env = { ...process.env, XDG_CONFIG_HOME: join(workDir, 'config'), XDG_STATE_HOME: join(workDir, 'state'), LANG: 'C.UTF-8', TERM: 'xterm-256color' };
  for (const k of ['CI', 'NODE_ENV', 'FORCE_COLOR', 'NO_COLOR']) delete env[k];
  let screen = '';
  // Every follower comes from 127.0.0.1: one address may fill the whole room here.
  const teacher = pty.spawn(process.execPath, [BIN, 'serve', deckPath, '--port', '0', '--max-viewers', '1000', '--max-viewers-per-address', '1000'], {
    name: 'xterm-256color',
    cols: 100,
    rows: 30,
    cwd: ROOT,
    env,
  });
  // The teacher's own screen: when each slide counter first appears on it.
  const teacherSeen = new Map();
  let teacherTail = '';
  teacher.onData((d) => {
    screen = (screen + d).slice(-20000);
    const now = performance.now();
    const text = teacherTail + d;
    for (const m of text.matchAll(new RegExp(`(\\d+)/${total}(?!\\d)`, 'g'))) if (!teacherSeen.has(Number(m[1]))) teacherSeen.set(Number(m[1]), now);
    teacherTail = text.slice(-12);
  });
  const followers = [];
  let hostile;
  try {
    await until(() => /ssh -p \d+/.test(screen) && screen.includes('Press Enter'), 15000, 'the server');
    const port = Number(/ssh -p (\d+)/.exec(screen)[1]);
    teacher.write('\r');
    await until(() => screen.includes(`1/${total}`), 10000, 'the teacher view');
    await pause(500);
    const rssBefore = rssKb(teacher.pid);
    const sshEnv = { ...env, TERM: 'xterm-256color' };
    // Join in waves so 200 handshakes do not all land in the same instant.
    for (let i = 0; i < count; i += 20) {
      const wave = Array.from({ length: Math.min(20, count - i) }, () => follower(port, total, sshEnv));
      followers.push(...wave);
      await until(() => wave.every((f) => f.seen.has(1)), 30000, `followers ${i + 1}–${i + wave.length} to join`);
    }
    if (mashers > 0) {
      hostile = await hostileViewers(port, mashers);
      // Let the mashing reach its steady state before measuring.
      await pause(2000);
    }
    await pause(1000);
    const rssAfter = rssKb(teacher.pid);
    const cpuBefore = procStat(teacher.pid).cpuTicks;
    const wallStart = performance.now();
    const delays = [];
    const teacherDelays = [];
    let lost = 0;
    for (let k = 2; k <= total; k++) {
      const t0 = performance.now();
      teacher.write('\u001B[C');
      try {
        await until(() => followers.every((f) => f.seen.has(k)), 10000, `slide ${k} on every follower`);
      } catch {
        lost += followers.filter((f) => !f.seen.has(k)).length;
      }
      for (const f of followers) if (f.seen.has(k)) delays.push(f.seen.get(k) - t0);
      // The teacher's own view draws after the stage has told the followers.
      await until(() => teacherSeen.has(k), 10000, `slide ${k} on the teacher's screen`).catch(() => {});
      if (teacherSeen.has(k)) teacherDelays.push(teacherSeen.get(k) - t0);
      await pause(150);
    }
    const wall = (performance.now() - wallStart) / 1000;
    const cpu = (procStat(teacher.pid).cpuTicks - cpuBefore) / CLK_TCK;
    delays.sort((a, b) => a - b);
    teacherDelays.sort((a, b) => a - b);
    return {
      followers: count,
      mashers,
      teacherP50Ms: percentile(teacherDelays, 50),
      keys: slides,
      p50Ms: percentile(delays, 50),
      p95Ms: percentile(delays, 95),
      maxMs: delays[delays.length - 1],
      lost,
      rssBeforeMb: rssBefore / 1024,
      rssAfterMb: rssAfter / 1024,
      rssPerViewerMb: (rssAfter - rssBefore) / 1024 / count,
      cpuSeconds: cpu,
      cpuMsPerKey: (cpu * 1000) / slides,
      cpuPercent: (100 * cpu) / wall,
    };
  } finally {
    hostile?.kill('SIGKILL');
    for (const f of followers) f.child.kill('SIGKILL');
    try {
      teacher.kill('SIGKILL');
    } catch {
      // already gone
    }
    await pause(300);
  }
}

const opts = options(process.argv.slice(2));
const workDir = mkdtempSync(join(tmpdir(), 'lectern-bench-ssh-'));
const results = [];
const pictureRuns = [];
try {
  for (const n of opts.followers) {
    process.stderr.write(`bench-ssh: ${n} follower(s)…\n`);
    results.push(await run(n, opts.slides, workDir));
  }
  for (const [n, m] of opts.hostile) {
    process.stderr.write(`bench-ssh: ${n} follower(s) beside ${m} hostile viewers and ${IDLE_CONNECTIONS} idle connections…\n`);
    results.push(await run(n, opts.slides, workDir, m));
  }
  const env = { ...process.env, XDG_CONFIG_HOME: join(workDir, 'config'), XDG_STATE_HOME: join(workDir, 'state'), LANG: 'C.UTF-8' };
  for (const k of ['CI', 'NODE_ENV', 'FORCE_COLOR', 'NO_COLOR']) delete env[k];
  for (const [cols, rows] of [
    [80, 24],
    [200, 50],
  ]) {
    process.stderr.write(`bench-ssh: picture at ${cols}x${rows}…\n`);
    pictureRuns.push(await sshPictureRun(BIN, ROOT, workDir, env, cols, rows));
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const lines = [
  `lectern serve: presenter's key → follower's screen, ${opts.slides} keys, OpenSSH clients on 127.0.0.1`,
  '',
  '| followers | hostile | p50 ms | p95 ms | max ms | lost | teacher p50 ms | server RSS before → after | RSS/viewer MB | server CPU ms/key | CPU % of a core |',
  '|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|',
  ...results.map(
    (r) =>
      `| ${r.followers} | ${r.mashers > 0 ? `${r.mashers} mashing + ${IDLE_CONNECTIONS} idle` : '–'} | ${f1(r.p50Ms)} | ${f1(r.p95Ms)} | ${f1(r.maxMs)} | ${r.lost} | ${f1(r.teacherP50Ms)} | ${f1(r.rssBeforeMb)} → ${f1(r.rssAfterMb)} MB | ${f2(r.rssPerViewerMb)} | ${f1(r.cpuMsPerKey)} | ${f1(r.cpuPercent)} |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n${sshPictureTable(pictureRuns)}\n`);
if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ followers: results, pictures: pictureRuns }, null, 2)}\n`);
