'use strict';
// Usage: node scripts/build/write-code-cache.cjs BUNDLE DECK
// Runs the bundle once on DECK (printed at 80x24 in color, output discarded by the caller)
// and saves V8's code cache of it beside the bundle (bin/load-bundle.js reads it). Made after
// the run, the cache holds every function the run compiled: parsing, laying out and drawing
// slides, which is what a start needs before its first slide.
const { readFileSync, writeFileSync } = require('node:fs');
const { codeCacheFile, encodeCodeCache, loadBundle } = require('../../bin/load-bundle.js');

const [bundle, deck] = process.argv.slice(2);
const { exports: lectern, script } = loadBundle(bundle, { useCache: false });
lectern.main(['print', deck, '--size', '80x24', '--color', 'always']).then((code) => {
  if (code !== 0) {
    process.stderr.write(`write-code-cache: printing ${deck} failed (exit ${code})\n`);
    process.exit(1);
  }
  writeFileSync(codeCacheFile(bundle), encodeCodeCache(readFileSync(bundle, 'utf8'), script.createCachedData()));
});
