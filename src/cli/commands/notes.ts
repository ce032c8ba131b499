import type { OpenedDeck } from '../../load/open-deck.js';
import { chooseStrings } from '../../render/ui-strings.js';
import { detectColorLevel } from '../../theme/color-level.js';
import { loadInkVendor } from '../../terminal/ink/ink-vendor.js';
import type { CliCommand } from '../args.js';
import { keyboard } from '../deck-input.js';
import { errorLine } from '../error-line.js';
import { stylesFor } from '../look.js';

/** The speaker-notes view (`lectern notes`): follows a presenter of the same lesson. */
export async function notes({ deck, source }: OpenedDeck, command: Extract<CliCommand, { kind: 'notes' }>): Promise<number> {
  delete process.env['CI']; // as in present(): a terminal is showing it.
  const { socketPathFor } = await import('../../follow/notes-link.js');
  let socketPath: string;
  try {
    socketPath = socketPathFor(deck.meta.source, process.env);
  } catch (error) {
    process.stderr.write(errorLine(error instanceof Error ? error.message : String(error)));
    return 1;
  }
  await loadInkVendor();
  const { showNotesOnTerminal } = await import('./notes-terminal.js');
  const level = detectColorLevel(command.color, true, process.env);
  return showNotesOnTerminal({
    deck,
    styles: await stylesFor(deck, command, level),
    strings: chooseStrings(deck.meta.lang, process.env['LANG']),
    socketPath,
    watchPath: source.path,
    stdin: keyboard(),
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
