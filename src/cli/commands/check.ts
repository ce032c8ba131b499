import { isAbsolute, relative } from 'node:path';
import { runCheck } from '../../check/run-check.js';
import { lessonRoot, targetStateSync } from '../../load/inside-folder.js';
import { openDeck } from '../../load/open-deck.js';
import { makeStyles } from '../../theme/styles.js';
import { darkTheme } from '../../theme/theme.js';
import type { CliCommand } from '../args.js';
import { open, readStdin } from '../deck-input.js';

/** `lectern check`: every lesson of a folder, or the one lesson; exit 1 when anything is found. */
export async function check(command: Extract<CliCommand, { kind: 'check' }>): Promise<number> {
  const first = await open(command.path);
  const others = first.source.course.filter((path) => path !== first.source.path);
  const decks = [first.deck, ...(await Promise.all(others.map((path) => openDeck(path, readStdin)))).map((o) => o.deck)];
  // Presenting decides ASCII by the presenting machine's locale, not this one's: check the
  // Unicode drawing unless --ascii asks for the other.
  const styles = makeStyles(darkTheme, 0, { ascii: command.ascii === true });
  const cwd = process.cwd();
  const fileName = (source: string) => {
    if (source === '-') return '<stdin>';
    const near = relative(cwd, source);
    return near.startsWith('..') || isAbsolute(near) ? source : near;
  };
  // Links may lead only inside the course's folder (the lesson's own for a single lesson), symlinks resolved.
  const root = lessonRoot(first.source.path);
  const exists = (path: string) => {
    const state = targetStateSync(path, root, true);
    return state === 'outside' ? state : state === 'present';
  };
  const result = runCheck({ decks, sizes: command.sizes, format: command.format, styles, exists, fileName });
  process.stdout.write(result.output);
  return result.code;
}
