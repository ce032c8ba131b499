#!/usr/bin/env node
'use strict';
// Thin shim: the real program is the bundle made by `npm run build` (scripts/build.mjs).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle } = require('./load-bundle.js');

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('lectern: dist/cli.cjs is missing; run `npm run build` first\n');
  process.exit(1);
}
loadBundle(bundle)
  .exports.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
