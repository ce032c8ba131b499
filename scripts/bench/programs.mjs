// The presenters the benchmark runs: lectern (the built bin/lectern.js) and, where installed,
// Debian's mdp, patat and lookatme. Each knows its command line and its keys.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Full path of an executable on PATH, or undefined. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return undefined;
}

const END = '\x1b[F';
const RIGHT = '\x1b[C';

/**
 * @typedef {object} Program
 * @property {string} name
 * @property {string} [install]     how to get it, when missing
 * @property {string|undefined} file executable, undefined when not installed
 * @property {(deck: string, slides: number) => string[]} args
 * @property {string|undefined} next key for the next slide (undefined: only the first slide is timed)
 * @property {string|undefined} last key for the last slide (undefined: it has none)
 * @property {Record<string, string>} [env] set for this program only
 * @property {string} [reference]   what this row is beside the presenters (not compared with them)
 */

/**
 * Node's own floor: an empty script that prints what the bench waits for (the counter, on
 * the last row), then quits on a key. Whatever a Node program does, it cannot start sooner.
 */
const NODE_FLOOR =
  "process.stdout.write('\\x1b[999;1H1/' + process.argv[1]); process.stdin.setRawMode(true); process.stdin.once('data', () => process.exit(0));";

/**
 * @param {string} lecternBin
 * @param {string|undefined} caCerts this machine's NODE_EXTRA_CA_CERTS (see bench.mjs), if any
 * @param {string|undefined} baseBin bin/lectern.js of another revision (--base), if any
 * @returns {Program[]}
 */
export function programs(lecternBin, caCerts, baseBin) {
  return [
    {
      name: 'lectern',
      file: process.execPath,
      args: (deck) => [lecternBin, '--no-resume', deck],
      next: RIGHT,
      last: END,
    },
    // Not a reference row: the ratio table then reads lectern ÷ lectern@base, after ÷ before.
    ...(baseBin === undefined
      ? []
      : [{ name: 'lectern@base', file: process.execPath, args: (deck) => [baseBin, '--no-resume', deck], next: RIGHT, last: END }]),
    ...(caCerts === undefined
      ? []
      : [
          {
            name: 'lectern*',
            file: process.execPath,
            args: (deck) => [lecternBin, '--no-resume', deck],
            next: undefined,
            last: undefined,
            env: { NODE_EXTRA_CA_CERTS: caCerts },
            reference: "lectern with this machine's NODE_EXTRA_CA_CERTS",
          },
        ]),
    {
      name: 'node',
      file: process.execPath,
      args: (_deck, slides) => ['-e', NODE_FLOOR, String(slides)],
      next: undefined,
      last: undefined,
      reference: 'Node printing the counter from an empty script',
    },
    {
      name: 'mdp',
      install: 'apt-get install mdp',
      file: which('mdp'),
      // -f: no fading animation between slides (it would be timed as latency).
      args: (deck) => ['-f', deck],
      next: RIGHT,
      last: END,
    },
    {
      name: 'patat',
      install: 'apt-get install patat',
      file: which('patat'),
      args: (deck) => [deck],
      next: RIGHT,
      last: 'G',
    },
    {
      name: 'lookatme',
      install: 'apt-get install lookatme python3-mistune0',
      file: which('lookatme'),
      args: (deck) => [deck],
      next: RIGHT,
      last: undefined, // no key jumps to the last slide
    },
  ];
}
