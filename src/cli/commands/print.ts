import type { OpenedDeck } from '../../load/open-deck.js';
import { openDeck } from '../../load/open-deck.js';
import { FRAME_SEPARATOR, printFrames } from '../../output/print.js';
import { screenViewport } from '../../render/frame.js';
import { chooseStrings } from '../../render/ui-strings.js';
import { detectColorLevel } from '../../theme/color-level.js';
import type { CliCommand } from '../args.js';
import { readStdin } from '../deck-input.js';
import { stylesFor } from '../look.js';

/**
 * `lectern print` (and `lectern PATH` when stdout is not a terminal): every Frame of the
 * lesson, or of every lesson of a course folder in course order, form-feed separated.
 */
export async function print(first: OpenedDeck, command: Extract<CliCommand, { kind: 'print' | 'present' }>): Promise<number> {
  const out = process.stdout;
  const size = command.size ?? (out.isTTY ? { columns: out.columns, rows: out.rows } : { columns: 80, rows: 24 });
  const level = detectColorLevel(command.color, out.isTTY === true, process.env);
  const others = first.source.course.filter((path) => path !== first.source.path);
  let separate = false;
  for (const path of [first.source.path, ...others]) {
    // Each lesson is read when its turn comes: the first Frames are out before the rest is read.
    const { deck } = path === first.source.path ? first : await openDeck(path, readStdin);
    const styles = await stylesFor(deck, command, level);
    const strings = chooseStrings(deck.meta.lang, process.env['LANG']);
    // Lessons follow one another as Frames do: a form-feed line between them.
    if (separate && !out.write(`${FRAME_SEPARATOR}\n`)) await new Promise((resolve) => out.once('drain', resolve));
    for (const chunk of printFrames(deck, screenViewport(size.columns, size.rows), styles, strings)) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
    }
    separate = true;
  }
  return 0;
}
