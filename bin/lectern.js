#!/usr/bin/env node
// Thin shim: the real program is the esbuild bundle made by `npm run build`.
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
