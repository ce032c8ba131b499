import { writeExport } from '../../output/export.js';
import { screenViewport } from '../../render/frame.js';
import { chooseStrings } from '../../render/ui-strings.js';
import type { CliCommand } from '../args.js';
import { open, version } from '../deck-input.js';
import { stylesFor } from '../look.js';

/** `lectern export`: a page, pictures or text files made from the screen's Frames. */
export async function exportSlides(command: Extract<CliCommand, { kind: 'export' }>): Promise<number> {
  const { deck } = await open(command.path);
  const size = command.size ?? { columns: 100, rows: 30 };
  // Files are looked at elsewhere: exact colors (truecolor) except plain text, and Unicode
  // unless --ascii, whatever this terminal's locale.
  const styles = await stylesFor(deck, { ...command, ascii: command.ascii ?? false }, command.format === 'txt' ? 0 : 3);
  const strings = chooseStrings(deck.meta.lang, process.env['LANG']);
  const request = { format: command.format, viewport: screenViewport(size.columns, size.rows), slides: command.slides, output: command.output, generator: `lectern ${version()}` };
  const written = await writeExport(deck, request, styles, strings, process.stdout);
  if (written.length > 1) process.stderr.write(`lectern: wrote ${written.length} files (${written[0]} … ${written[written.length - 1]})\n`);
  return 0;
}
