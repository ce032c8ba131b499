'use strict';
// CommonJS, like the whole of bin/ (bin/package.json): Node starts a CommonJS entry about
// 10 ms sooner than an ES module one, and only a script compiled here can use a code cache.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, resolve } = require('node:path');
const vm = require('node:vm');

/** The last line of a bundle, written by the build: `//# lectern-build <hash of the rest>`. */
const BUILD_LINE = '//# lectern-build ';

/** Where the V8 code cache of a bundle is kept: beside it (`npm run build` writes it). */
function codeCacheFile(bundleFile) {
  return `${bundleFile}.v8cache`;
}

/** The build line of a bundle's source, or undefined when it has none. */
function buildLineOf(source) {
  const line = source.slice(source.lastIndexOf('\n', source.length - 2) + 1).trimEnd();
  return line.startsWith(BUILD_LINE) ? line : undefined;
}

/**
 * A code cache file: the bundle's build line, a newline, then V8's data. V8 checks only the
 * length of the source a cache was made from, so the build line ties the cache to one build.
 */
function encodeCodeCache(source, data) {
  const line = buildLineOf(source);
  if (line === undefined) throw new Error('the bundle has no build line');
  return Buffer.concat([Buffer.from(`${line}\n`), data]);
}

/** V8's data from the code cache of `source`, or undefined when there is none for this build. */
function readCodeCache(bundleFile, source) {
  const line = buildLineOf(source);
  if (line === undefined) return undefined;
  let file;
  try {
    file = readFileSync(codeCacheFile(bundleFile));
  } catch {
    return undefined;
  }
  const header = Buffer.from(`${line}\n`);
  return file.subarray(0, header.length).equals(header) ? file.subarray(header.length) : undefined;
}

/**
 * Runs a CommonJS bundle (dist/cli.cjs) as `require` would, but compiled with the V8 code
 * cache the build made for it. Most of lectern's time before the first slide is V8
 * compiling functions as they are first called; the cache holds them already compiled
 * (scripts/build/write-code-cache.cjs). A missing cache, or one V8 rejects (another Node
 * version, other V8 flags), only means compiling as usual.
 * Returns the bundle's exports and the compiled script (to make a cache from, or to ask
 * whether V8 took the cache: `script.cachedDataRejected`).
 */
function loadBundle(file, { useCache = true } = {}) {
  const bundleFile = resolve(file);
  const source = readFileSync(bundleFile, 'utf8');
  const cachedData = useCache ? readCodeCache(bundleFile, source) : undefined;
  // The CommonJS wrapper on the first line keeps line numbers in stack traces right.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, importModule) {${source}\n})`, {
    filename: bundleFile,
    cachedData,
  });
  const module = { exports: {} };
  // The bundle loads Ink (an ES module) through importModule: an import() in code compiled
  // from a code cache fails on Node 20 ("A dynamic import callback was not specified"),
  // even with vm's importModuleDynamically option, so the import() is made here.
  const importModule = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile), importModule);
  return { exports: module.exports, script, cachedData };
}

module.exports = { BUILD_LINE, codeCacheFile, encodeCodeCache, loadBundle };
