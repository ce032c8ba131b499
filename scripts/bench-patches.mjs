#!/usr/bin/env node
// What each patch of a dependency is worth. Builds lectern once with every patch and once
// without each (LECTERN_BUILD_WITHOUT, see scripts/build.mjs), each in a copy of the repo,
// then times them in turns in a pseudo-terminal as scripts/bench.mjs does: first slide of a
// deck at 80x24 and every → after it. A patch earns its place when leaving it out costs at
// least 5 ms at start (the first slide, or loading Ink after it) or 1 ms a key (issue #11),
// as the CPU time of lectern's threads (schedstat) shows it: wall times on a shared machine
// move with its load, CPU time much less.
//
//   node scripts/bench-patches.mjs [--runs N] [--deck PATH] [--only name,name] [--ref COMMIT] [--json PATH]
//
// --ref COMMIT adds that commit, built with every patch, as one more row (a before/after of
// a change, measured in the same run). Prints medians and each row's difference from `all`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { counterShows, measureSession } from './bench/pty-session.mjs';
import { PATCH_NAMES as PATCHES } from './build/patches/index.mjs';
import { fmt, median, table } from './bench/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RIGHT = '\x1b[C';

function options(argv) {
  const o = { runs: 15, deck: lessonDeck(), only: PATCHES, ref: undefined, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const value = () => argv[++i] ?? fail(`${argv[i - 1]} needs a value`);
    if (argv[i] === '--runs') o.runs = Math.max(1, Number(value()) || 1);
    else if (argv[i] === '--deck') o.deck = resolve(value());
    else if (argv[i] === '--only') o.only = value().split(',');
    else if (argv[i] === '--ref') o.ref = value();
    else if (argv[i] === '--json') o.json = resolve(value());
    else fail(`unknown option ${argv[i]}`);
  }
  for (const name of o.only) if (!PATCHES.includes(name)) fail(`no patch named ${name} (${PATCHES.join(', ')})`);
  return o;
}

/** The course lesson beside the repo, as scripts/bench.mjs times it, else the bundled slides. */
function lessonDeck() {
  const lesson = resolve(ROOT, '..', 'shared', 'lessons', '03-pengantar-kvm-vs-lxc.md');
  try {
    readFileSync(lesson);
    return lesson;
  } catch {
    return join(ROOT, 'slides', '03-kvm-vs-lxc.md');
  }
}

function fail(message) {
  process.stderr.write(`bench-patches: ${message}\n`);
  process.exit(2);
}

/** A copy of the repo's sources (of `ref`, or of the working tree) in `dir`, built with `env`. */
function build(dir, env, ref) {
  mkdirSync(dir, { recursive: true });
  if (ref) {
    const tar = execFileSync('git', ['archive', ref, 'bin', 'scripts', 'src', 'slides', 'package.json'], { cwd: ROOT, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  } else {
    for (const part of ['bin', 'scripts', 'src', 'slides', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) fail(`building ${dir} failed`);
  return join(dir, 'bin', 'lectern.js');
}

function environment(home) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k === 'CI' || k.startsWith('CI_') || k === 'NO_COLOR' || k === 'FORCE_COLOR' || k === 'COLORTERM') continue;
    if (k === 'NODE_EXTRA_CA_CERTS' || k === 'NODE_ENV' || k.startsWith('VITEST')) continue;
    env[k] = v;
  }
  return { ...env, TERM: 'xterm-256color', LANG: 'C.UTF-8', HOME: home, XDG_STATE_HOME: join(home, 'state'), XDG_CONFIG_HOME: join(home, 'config') };
}

// Ink and React load after the first slide is painted, before keys answer: CPU time of
// importing dist/ink-vendor.js (and handing it a string-width, as loadInkVendor does).
const INK_LOAD = `const c0 = process.cpuUsage();
const vendor = await import(process.argv[1]);
vendor.setStringWidth((text) => text.length);
const c = process.cpuUsage(c0);
process.stdout.write(String((c.user + c.system) / 1000));`;

/** CPU ms a fresh Node takes to load a build's dist/ink-vendor.js. */
function inkLoadCpuMs(bin, env) {
  const vendor = pathToFileURL(join(dirname(bin), '..', 'dist', 'ink-vendor.js')).href;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', INK_LOAD, vendor], { env, encoding: 'utf8' });
  return run.status === 0 ? Number(run.stdout) : NaN;
}

function slideCount(bin, deck, env) {
  const out = execFileSync(process.execPath, [bin, 'print', deck, '--size', '80x24', '--color', 'never'], { env, encoding: 'utf8' });
  return out.split('\f').length;
}

async function main() {
  const o = options(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'lectern-patches-'));
  const home = join(work, 'home');
  mkdirSync(home);
  const env = environment(home);
  const variants = [{ name: 'all', bin: build(join(work, 'all'), {}) }];
  for (const name of o.only) variants.push({ name: `without ${name}`, bin: build(join(work, name), { LECTERN_BUILD_WITHOUT: name }) });
  if (o.ref) variants.push({ name: `all at ${o.ref}`, bin: build(join(work, 'ref'), {}, o.ref) });
  const slides = slideCount(variants[0].bin, o.deck, env);
  process.stderr.write(`bench-patches: ${variants.length} builds, ${o.runs} runs each of ${o.deck} (${slides} slides), in turns\n`);

  const runs = new Map(variants.map((v) => [v.name, []]));
  const inkLoads = new Map(variants.map((v) => [v.name, []]));
  for (let run = -1; run < o.runs; run++) {
    for (const v of variants) {
      const steps = Array.from({ length: slides - 1 }, (_, i) => ({ keys: RIGHT, expect: counterShows(i + 2, slides) }));
      const r = await measureSession({
        file: process.execPath,
        args: [v.bin, '--no-resume', o.deck],
        cols: 80,
        rows: 24,
        env,
        cwd: work,
        ready: counterShows(1, slides),
        steps,
      });
      if (run >= 0 && !r.error) runs.get(v.name).push(r);
      if (run >= 0) inkLoads.get(v.name).push(inkLoadCpuMs(v.bin, env));
      process.stderr.write(r.error ? 'x' : '.');
    }
  }
  process.stderr.write('\n\n');

  const rows = variants.map((v) => {
    const ok = runs.get(v.name);
    const keys = ok.flatMap((r) => r.steps);
    return {
      name: v.name,
      runs: ok.length,
      first: median(ok.map((r) => r.firstMs)),
      next: median(keys.map((s) => s.latencyMs)),
      bytes: median(keys.map((s) => s.bytes)),
      rss: median(ok.map((r) => r.peakRssKb / 1024)),
      // CPU time moves less than wall time on a shared machine: up to the first slide, up
      // to idle after it (Ink loaded), and for each key.
      cpuFirst: median(ok.map((r) => r.firstCpuMs)),
      cpuStart: median(ok.map((r) => r.settledCpuMs)),
      cpuKey: median(keys.map((s) => s.cpuMs)),
      cpuInk: median(inkLoads.get(v.name)),
    };
  });
  const all = rows[0];
  const delta = (value, base, unit, digits) => (v) => (v === all ? '' : `${value(v) - base >= 0 ? '+' : ''}${fmt(value(v) - base, unit, digits)}`);
  const firstDelta = delta((r) => r.first, all.first, ' ms', 1);
  const nextDelta = delta((r) => r.next, all.next, ' ms', 2);
  const cpuFirstDelta = delta((r) => r.cpuFirst, all.cpuFirst, ' ms', 1);
  const cpuStartDelta = delta((r) => r.cpuStart, all.cpuStart, ' ms', 1);
  const cpuKeyDelta = delta((r) => r.cpuKey, all.cpuKey, ' ms', 2);
  const cpuInkDelta = delta((r) => r.cpuInk, all.cpuInk, ' ms', 1);
  process.stdout.write(
    `lectern patches: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ` +
      `${o.runs} runs of ${o.deck.replace(`${ROOT}/`, '')} at 80x24 (medians; next slide over every key of every run)\n\n` +
      table(
        [
          'build',
          'runs',
          'first slide',
          'Δ',
          'next slide',
          'Δ',
          'bytes/next',
          'peak RSS',
          'CPU to first',
          'Δ',
          'CPU to idle',
          'Δ',
          'CPU/key',
          'Δ',
          'Ink load CPU',
          'Δ',
        ],
        rows.map((r) => [
          r.name,
          String(r.runs),
          fmt(r.first, ' ms', 1),
          firstDelta(r),
          fmt(r.next, ' ms', 2),
          nextDelta(r),
          fmt(r.bytes, '', 0),
          fmt(r.rss, ' MB', 1),
          fmt(r.cpuFirst, ' ms', 1),
          cpuFirstDelta(r),
          fmt(r.cpuStart, ' ms', 1),
          cpuStartDelta(r),
          fmt(r.cpuKey, ' ms', 2),
          cpuKeyDelta(r),
          fmt(r.cpuInk, ' ms', 1),
          cpuInkDelta(r),
        ]),
        2,
      ) +
      '\n',
  );
  if (o.json) writeFileSync(o.json, `${JSON.stringify(rows, null, 2)}\n`);
  rmSync(work, { recursive: true, force: true });
}

await main();
