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
 * @property {(deck: string) => string[]} args
 * @property {string} next          key for the next slide
 * @property {string|undefined} last key for the last slide (undefined: it has none)
 */

/** @returns {Program[]} */
export function programs(lecternBin) {
  return [
    {
      name: 'lectern',
      file: process.execPath,
      args: (deck) => [lecternBin, '--no-resume', deck],
      next: RIGHT,
      last: END,
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
