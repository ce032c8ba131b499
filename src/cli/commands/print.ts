import type { Deck } from '../../deck/types.js';
import { printFrames } from '../../output/print.js';
import { screenViewport } from '../../render/frame.js';
import { chooseStrings } from '../../render/ui-strings.js';
import { detectColorLevel } from '../../theme/color-level.js';
import type { CliCommand } from '../args.js';
import { stylesFor } from '../look.js';

/** `lectern print` (and `lectern PATH` when stdout is not a terminal): every Frame, form-feed separated. */
export async function print(deck: Deck, command: Extract<CliCommand, { kind: 'print' | 'present' }>): Promise<number> {
  const out = process.stdout;
  const size = command.size ?? (out.isTTY ? { columns: out.columns, rows: out.rows } : { columns: 80, rows: 24 });
  const level = detectColorLevel(command.color, out.isTTY === true, process.env);
  const styles = await stylesFor(deck, command, level);
  const strings = chooseStrings(deck.meta.lang, process.env['LANG']);
  for (const chunk of printFrames(deck, screenViewport(size.columns, size.rows), styles, strings)) {
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  }
  return 0;
}
