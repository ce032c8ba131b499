#!/usr/bin/env node
// A long fuzzing run of parse + render, of parsing slide by slide, and of the routes around a lesson (test/fuzz: link
// targets, YAML escapes, file names, theme keys, deep nesting): the same properties `npm test` runs with
// a bounded number of cases, run many more times.
//
//   node scripts/fuzz-long.mjs [RUNS] [SEED]      (default 5000 cases, a random seed)
//
// A failure prints fast-check's counterexample and seed; keep it in
// test/fuzz/regressions.test.ts once fixed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.argv[2] ?? '5000';
const seed = process.argv[3] ?? String(Math.floor(Math.random() * 2 ** 31));
process.stderr.write(`fuzz: ${runs} cases per property, seed ${seed}\n`);
const result = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    'test/fuzz/parse-render.test.ts',
    'test/fuzz/hostile.test.ts',
    'test/fuzz/parse-by-slide.test.ts',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
  },
);
process.exit(result.status ?? 1);
