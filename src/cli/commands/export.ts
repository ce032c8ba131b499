import { basename, dirname } from 'node:path';
import { loadPictures } from '../../load/images/picture-store.js';
import { InputError } from '../../deck/input-error.js';
import { openDeck } from '../../load/open-deck.js';
import { writeExport } from '../../output/export.js';
import { NO_BROWSER, findBrowser } from '../../output/export-pdf.js';
import { screenViewport } from '../../render/frame.js';
import { chooseStrings } from '../../render/ui-strings.js';
import { UsageError, type CliCommand } from '../args.js';
import { open, readStdin, version } from '../deck-input.js';
import { errorLine } from '../error-line.js';
import { stylesFor } from '../look.js';
import { restyle, type Styles } from '../../theme/styles.js';

/** `lectern export`: a page, a PDF, pictures or text files of every slide whole; a folder is the course. */
export async function exportSlides(command: Extract<CliCommand, { kind: 'export' }>): Promise<number> {
  const first = await open(command.path);
  const others = first.source.course.filter((path) => path !== first.source.path);
  const decks = [first.deck, ...(await Promise.all(others.map((path) => openDeck(path, readStdin)))).map((o) => o.deck)];
  await Promise.all(decks.map((deck) => loadPictures(deck)));
  const size = command.size ?? { columns: 100, rows: 30 };
  // Files are looked at elsewhere: exact colors (truecolor) except plain text, and Unicode
  // unless --ascii, whatever this terminal's locale.
  const level = command.format === 'txt' ? 0 : 3;
  const lessons = await Promise.all(
    decks.map(async (deck) => ({
      deck,
      styles: pageLinks(await stylesFor(deck, { ...command, ascii: command.ascii ?? false }, level), command.format),
      strings: chooseStrings(deck.meta.lang, process.env['LANG']),
    })),
  );
  const title = decks.length > 1 ? basename(dirname(first.source.path)) : first.deck.meta.title;
  // A PDF's bytes on a terminal would be taken for control sequences.
  if (command.format === 'pdf' && (command.output === undefined || command.output === '-') && process.stdout.isTTY) {
    throw new UsageError('export --format pdf: needs -o FILE.pdf (or standard output sent to a file)');
  }
  const browser = command.format === 'pdf' ? findBrowser(process.env['PATH']) : undefined;
  if (command.format === 'pdf' && browser === undefined) throw new InputError(NO_BROWSER);
  const request = {
    format: command.format,
    viewport: screenViewport(size.columns, size.rows),
    slides: command.slides,
    output: command.output,
    generator: `lectern ${version()}`,
    notes: command.notes,
    crop: command.crop,
    noStatus: command.noStatus,
    ...(browser === undefined ? {} : { browser }),
  };
  const written = await writeExport({ title, lessons }, request, process.stdout);
  if (written.length > 1) process.stderr.write(errorLine(`wrote ${written.length} files (${written[0]} … ${written[written.length - 1]})`));
  return 0;
}

/**
 * A page (html, pdf, svg) links lessons itself: their paths stay on the slide for it to
 * find. txt and ansi are exactly what print writes.
 */
function pageLinks(styles: Styles, format: string): Styles {
  if (format === 'txt' || format === 'ansi') return styles;
  return restyle(styles, { lessonPaths: true });
}
