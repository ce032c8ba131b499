#!/usr/bin/env node
// npm run bench: runs the built bin/lectern.js — and Debian's mdp, patat and lookatme where
// they are installed — in a real pseudo-terminal read by xterm.js, on the same decks in the
// same run, and reports medians as a table (stdout) and as JSON.
//
//   node scripts/bench.mjs [--runs N] [--json PATH] [--only lectern,patat] [--rows TEXT] [--quiet-ms MS] [--base DIR]
// (--rows: only the rows whose name contains TEXT, e.g. `--rows svg`.)
// (--base: a built checkout of another revision, measured as `lectern@base` in the same run
// wherever lectern is, so before/after is one run's ratio: `git worktree add DIR REV`, then
// `npm ci && npm run build` in it.)
//
// Figures (see scripts/bench/pty-session.mjs for how they are taken):
//   first slide  spawn → the status bar's counter (`1/7`) on screen
//   next slide   → key written → last byte of the redraw (the new counter on screen, then quiet)
//   bytes/next   bytes the program wrote for that redraw
//   last slide   End (patat: G) on the first slide of the big deck → last byte of the redraw
//   peak RSS     VmHWM of the process tree at the end of a run
// The `screenshot` rows (lectern only: the peers draw no pictures) take → from a title slide
// to a 1920x1080 screenshot: "next slide" is the time until the picture is on screen, in
// half blocks at 256 colours, and "bytes/next" what that cost (scripts/bench/picture.mjs).
// The `svg diagram` row does the same for a 1280x720 SVG diagram, drawn by resvg's
// WebAssembly (its compile, on the first SVG, included).
// Two reference rows: `node` (Node printing the counter from an empty script: no Node program
// starts sooner) and, where this machine sets NODE_EXTRA_CA_CERTS, `lectern*` (lectern with it;
// every other row runs without it, see environment()).
// Programs are measured in turns (run 1 of each, then run 2 of each…) so that a busy machine
// slows them alike, and ratios compare figures taken in one run of this script.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedDeck, sectionedLesson } from './bench/decks.mjs';
import { programs } from './bench/programs.mjs';
import { counterShows, measureSession } from './bench/pty-session.mjs';
import { fmt, summary, table } from './bench/stats.mjs';
import { pictureShows, writeScreenshotDeck, writeSvgDeck } from './bench/picture.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'lectern.js');
// The targets are set on the course lesson, so measure it where it sits beside the repo; a
// clone without it measures the test fixture written in the same shape (same slides, table,
// emoji headings), which the figures can be compared against.
const LESSON = resolve(ROOT, '..', 'shared', 'lessons', '03-pengantar-kvm-vs-lxc.md');
const FALLBACK_LESSON = join(ROOT, 'test', 'fixtures', 'course', '03-pengantar-kvm-vs-lxc.md');
const BIG_SLIDES = 500;
/** Sections of the heading-split lesson: about 600 lines. */
const SECTIONS = 50;

function parseOptions(argv) {
  const opts = { runs: 15, json: undefined, only: undefined, rows: undefined, quietMs: 50, base: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') opts.runs = Math.max(1, Number(value()) || 1);
    else if (a === '--json') opts.json = resolve(value());
    else if (a === '--only') opts.only = value().split(',');
    else if (a === '--rows') opts.rows = value();
    else if (a === '--quiet-ms') opts.quietMs = Math.max(10, Number(value()) || 50);
    else if (a === '--base') opts.base = join(resolve(value()), 'bin', 'lectern.js');
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown option ${a}`);
  }
  return opts;
}

function usage(error) {
  const text =
    'usage: node scripts/bench.mjs [--runs N] [--json PATH] [--only lectern,lectern*,node,mdp,patat,lookatme] [--rows TEXT] [--quiet-ms MS] [--base DIR]';
  if (error) {
    process.stderr.write(`bench: ${error}\n${text}\n`);
    process.exit(2);
  }
  process.stdout.write(`${text}\n`);
  process.exit(0);
}

/** The environment of a user's terminal, with a throwaway HOME so no run sees another's state. */
function environment(home) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k === 'CI' || k.startsWith('CI_') || k === 'NO_COLOR' || k === 'FORCE_COLOR') continue;
    if (k === 'COLUMNS' || k === 'LINES' || k === 'NODE_ENV' || k.startsWith('VITEST')) continue;
    // Node reads and parses this certificate file when it starts, before any script runs:
    // ~70 ms on this machine, whose sandbox sets it. A user's terminal rarely does; the
    // `lectern*` row shows lectern with it (lectern never opens a TLS connection).
    if (k === 'NODE_EXTRA_CA_CERTS') continue;
    // A plain xterm-256color terminal, as ptybench.py runs programs: 256 colors, no COLORTERM.
    if (k === 'COLORTERM') continue;
    env[k] = v;
  }
  return {
    ...env,
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
    HOME: home,
    XDG_STATE_HOME: join(home, 'state'),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
  };
}

/** Slides in a deck as lectern counts them (front matter aside, `---` separates slides). */
function countSlides(markdown) {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  let inFence = false;
  let count = 1;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && /^---+\s*$/.test(line)) count++;
  }
  return count;
}

/** The course lesson when it is there, else the fixture in its shape. */
function lessonToMeasure() {
  return existsSync(LESSON) ? LESSON : FALLBACK_LESSON;
}

function scenarios(work, lessonPath) {
  const lessonSlides = countSlides(readFileSync(lessonPath, 'utf8'));
  const bigPath = join(work, `deck-${BIG_SLIDES}.md`);
  writeFileSync(bigPath, generatedDeck(BIG_SLIDES));
  // The same 600-line lesson split at its headings and at `---`: the first slide must show as fast.
  const sectionedPath = join(work, 'sectioned.md');
  const brokenPath = join(work, 'sectioned-breaks.md');
  writeFileSync(sectionedPath, sectionedLesson(SECTIONS));
  writeFileSync(brokenPath, sectionedLesson(SECTIONS, { breaks: true }));
  const walk = (p, total) => (p.next ? Array.from({ length: total - 1 }, (_, i) => ({ kind: 'next', keys: p.next, expect: counterShows(i + 2, total) })) : []);
  const screenshot = writeScreenshotDeck(work);
  const diagram = writeSvgDeck(work);
  const toPicture = (p) => (p.next ? [{ kind: 'next', keys: p.next, expect: (screen) => counterShows(2, 2)(screen) && pictureShows(screen) }] : []);
  const lecternOnly = ['lectern', 'lectern*'];
  return [
    { name: 'screenshot 80x24', deck: screenshot, cols: 80, rows: 24, slides: 2, steps: toPicture, only: lecternOnly },
    { name: 'screenshot 200x50', deck: screenshot, cols: 200, rows: 50, slides: 2, steps: toPicture, only: lecternOnly },
    { name: 'svg diagram 80x24', deck: diagram, cols: 80, rows: 24, slides: 2, steps: toPicture, only: lecternOnly },
    { name: 'lesson 80x24', deck: lessonPath, cols: 80, rows: 24, slides: lessonSlides, steps: walk },
    { name: 'lesson 120x40', deck: lessonPath, cols: 120, rows: 40, slides: lessonSlides, steps: walk },
    ...[
      ['sectioned lesson 80x24 (headings)', sectionedPath],
      ['sectioned lesson 80x24 (---)', brokenPath],
    ].map(([name, deck]) => ({
      name,
      deck,
      cols: 80,
      rows: 24,
      slides: SECTIONS + 1,
      // Other presenters split such a lesson their own way (or not at all): lectern against itself.
      programs: ['lectern', 'lectern*'],
      steps: (p, total) => (p.last ? [{ kind: 'last', keys: p.last, expect: counterShows(total, total) }] : []),
    })),
    {
      name: `${BIG_SLIDES} slides 80x24`,
      deck: bigPath,
      cols: 80,
      rows: 24,
      slides: BIG_SLIDES,
      steps: (p, total) => (p.last ? [{ kind: 'last', keys: p.last, expect: counterShows(total, total) }] : []),
    },
  ];
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
  const home = join(work, 'home');
  mkdirSync(home);
  const env = environment(home);
  const all = programs(BIN, process.env.NODE_EXTRA_CA_CERTS || undefined, opts.base).filter((p) => !opts.only || opts.only.includes(p.name));
  const allPresent = all.filter((p) => p.file);
  const present = allPresent;
  const missing = all.filter((p) => !p.file);
  const lesson = lessonToMeasure();
  const list = scenarios(work, lesson).filter((sc) => !opts.rows || sc.name.includes(opts.rows));

  const info = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    runs: opts.runs,
    quietMs: opts.quietMs,
    lesson,
    missing: missing.map((p) => ({ name: p.name, install: p.install })),
  };
  process.stderr.write(`bench: ${present.map((p) => p.name).join(', ')}; ${opts.runs} runs per figure; work in ${work}\n`);
  process.stderr.write(`bench: lesson ${lesson}\n`);
  for (const p of missing) process.stderr.write(`bench: ${p.name} is not installed, skipped (${p.install})\n`);

  const results = [];
  for (const sc of list) {
    // lectern@base runs wherever lectern does.
    const as = (p) => (p.name === 'lectern@base' ? 'lectern' : p.name);
    const runners = allPresent.filter((p) => (!sc.programs || sc.programs.includes(as(p))) && (!sc.only || sc.only.includes(as(p))));
    if (runners.length === 0) continue;
    const byProgram = new Map(runners.map((p) => [p.name, []]));
    // One uncounted warm-up run each (file cache, Python bytecode), then the runs in turns.
    for (let run = -1; run < opts.runs; run++) {
      for (const p of runners) {
        const steps = sc.steps(p, sc.slides);
        const r = await measureSession({
          file: p.file,
          args: p.args(sc.deck, sc.slides),
          cols: sc.cols,
          rows: sc.rows,
          env: { ...env, ...p.env },
          cwd: work,
          ready: counterShows(1, sc.slides),
          steps,
          quietMs: opts.quietMs,
        });
        r.kinds = steps.map((s) => s.kind);
        if (run >= 0) byProgram.get(p.name).push(r);
        process.stderr.write(r.error ? 'x' : '.');
      }
    }
    process.stderr.write(` ${sc.name}\n`);
    for (const p of runners) results.push(summarize(sc, p, byProgram.get(p.name)));
  }

  const report = { info, results };
  const jsonPath = opts.json ?? join(work, 'bench-results.json');
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${render(report)}\n\nJSON: ${jsonPath}\n`);
  rmSync(home, { recursive: true, force: true });
}

function summarize(sc, p, runs) {
  const ok = runs.filter((r) => !r.error);
  const stepsOf = (kind) => ok.flatMap((r) => r.steps.filter((_, i) => r.kinds[i] === kind));
  const failed = runs.filter((r) => r.error);
  // A program that fails every run tells why on its screen (mdp: "terminal too small").
  const why = failed[0] ? (failed[0].screen.find((l) => l.trim() !== '')?.trim() ?? failed[0].error) : undefined;
  return {
    scenario: sc.name,
    program: p.name,
    reference: p.reference,
    runs: runs.length,
    failedRuns: failed.length,
    failure: ok.length === 0 ? why : undefined,
    firstMs: summary(ok.map((r) => r.firstMs)),
    nextMs: summary(stepsOf('next').map((s) => s.latencyMs)),
    nextBytes: summary(stepsOf('next').map((s) => s.bytes)),
    lastMs: summary(stepsOf('last').map((s) => s.latencyMs)),
    lastBytes: summary(stepsOf('last').map((s) => s.bytes)),
    peakRssMb: summary(ok.map((r) => r.peakRssKb / 1024)),
  };
}

function render({ info, results }) {
  const out = [];
  out.push(
    `lectern bench: ${info.cpus} × ${info.cpu}, Node ${info.node}, ${info.runs} runs per program and deck (medians; next slide over every key of every run)`,
  );
  if (info.missing.length) out.push(`not installed, skipped: ${info.missing.map((m) => `${m.name} (${m.install})`).join(', ')}`);
  out.push('');
  const rows = results.map((r) =>
    r.failure
      ? [r.scenario, r.program, '–', '–', '–', '–', '–', `failed: ${r.failure.replace(/^Error: /, '')}`.slice(0, 52)]
      : [
          r.scenario,
          r.program,
          fmt(r.firstMs.median, ' ms'),
          fmt(r.nextMs.median, ' ms'),
          fmt(r.nextBytes.median, '', 0),
          fmt(r.lastMs.median, ' ms'),
          fmt(r.peakRssMb.median, ' MB', 1),
          r.failedRuns ? `${r.failedRuns} failed` : '',
        ],
  );
  out.push(table(['deck', 'program', 'first slide', 'next slide', 'bytes/next', 'last slide', 'peak RSS', ''], rows, 2));
  const references = new Map(results.filter((r) => r.reference).map((r) => [r.program, r.reference]));
  for (const [name, what] of references) out.push(`${name}: ${what}`);

  const ours = new Map(results.filter((r) => r.program === 'lectern').map((r) => [r.scenario, r]));
  const ratioRows = [];
  for (const r of results) {
    const us = ours.get(r.scenario);
    if (r.program === 'lectern' || r.reference || !us || r.failure || us.failure) continue;
    const ratio = (key) => fmt(us[key].median / r[key].median, '×', 2);
    ratioRows.push([r.scenario, r.program, ratio('firstMs'), ratio('nextMs'), ratio('nextBytes'), ratio('lastMs'), ratio('peakRssMb')]);
  }
  if (ratioRows.length) {
    out.push('', 'lectern ÷ peer (below 1×: lectern is faster or smaller)', '');
    out.push(table(['deck', 'peer', 'first slide', 'next slide', 'bytes/next', 'last slide', 'peak RSS'], ratioRows, 2));
  }
  out.push('', 'targets', '', ...targets(results).map((t) => `${t.met ? 'met    ' : t.met === false ? 'NOT MET' : 'n/a    '}  ${t.what}: ${t.detail}`));
  return out.join('\n');
}

/** The goals of issue #6, checked against this run. */
function targets(results) {
  const get = (scenario, program) => results.find((r) => r.scenario === scenario && r.program === program && !r.failure);
  const t = [];
  const add = (what, value, limit, detail) => t.push({ what, met: Number.isFinite(value) && Number.isFinite(limit) ? value <= limit : undefined, detail });
  for (const size of ['80x24', '120x40']) {
    const us = get(`lesson ${size}`, 'lectern');
    const la = get(`lesson ${size}`, 'lookatme');
    const pa = get(`lesson ${size}`, 'patat');
    if (!us) continue;
    add(`lesson ${size} first slide < 150 ms`, us.firstMs.median, 150, fmt(us.firstMs.median, ' ms'));
    if (la)
      add(
        `lesson ${size} first slide ≤ lookatme`,
        us.firstMs.median,
        la.firstMs.median,
        `${fmt(us.firstMs.median, ' ms')} vs ${fmt(la.firstMs.median, ' ms')}`,
      );
    const ca = get(`lesson ${size}`, 'lectern*');
    if (ca && la)
      add(
        `lesson ${size} first slide ≤ lookatme, with NODE_EXTRA_CA_CERTS`,
        ca.firstMs.median,
        la.firstMs.median,
        `${fmt(ca.firstMs.median, ' ms')} vs ${fmt(la.firstMs.median, ' ms')}`,
      );
    add(`lesson ${size} next slide < 10 ms`, us.nextMs.median, 10, fmt(us.nextMs.median, ' ms'));
    if (pa)
      add(
        `lesson ${size} bytes/next ≤ patat`,
        us.nextBytes.median,
        pa.nextBytes.median,
        `${fmt(us.nextBytes.median, '', 0)} vs ${fmt(pa.nextBytes.median, '', 0)}`,
      );
  }
  const big = get(`${BIG_SLIDES} slides 80x24`, 'lectern');
  if (big) {
    add(`${BIG_SLIDES} slides first slide < 200 ms`, big.firstMs.median, 200, fmt(big.firstMs.median, ' ms'));
    add(`${BIG_SLIDES} slides jump to last < 20 ms`, big.lastMs.median, 20, fmt(big.lastMs.median, ' ms'));
  }
  // Issue #6's budget is for lessons of text; a decoded 1080p screenshot (8 MB of pixels, a
  // decoding worker) is shown on its own row.
  const textDecks = results.filter((r) => r.program === 'lectern' && !r.failure && !/^(screenshot|svg)/.test(r.scenario));
  const rss = Math.max(...textDecks.map((r) => r.peakRssMb.median));
  add('peak RSS < 80 MB (every deck without pictures)', rss, 80, fmt(rss, ' MB', 1));
  const shot = get('screenshot 80x24', 'lectern');
  if (shot) add('screenshot 80x24 peak RSS (no target)', undefined, undefined, fmt(shot.peakRssMb.median, ' MB', 1));
  const svg = get('svg diagram 80x24', 'lectern');
  if (svg) add('svg diagram 80x24 peak RSS (no target)', undefined, undefined, fmt(svg.peakRssMb.median, ' MB', 1));
  return t;
}

await main();
