import { basename, dirname } from 'node:path';
import { clampPosition, startPosition } from '../../deck/navigate.js';
import type { Deck, Position } from '../../deck/types.js';
import type { PresenterLink } from '../../follow/notes-link.js';
import { courseAround, type CourseLesson } from '../../load/course.js';
import { deckOf } from '../../load/open-deck.js';
import type { LessonSource } from '../../load/read-source.js';
import { readResume, resumeFilePath } from '../../load/resume-store.js';
import { parseInBackground } from '../../load/background-parse.js';
import { startLongLesson } from '../../parse/deck-preview.js';
import { parsedToEnd } from '../../parse/parse-deck.js';
import { chooseStrings } from '../../render/ui-strings.js';
import type { Styles } from '../../theme/styles.js';
import { detectColorLevel } from '../../theme/color-level.js';
import { paintFirstSlide } from '../../terminal/first-paint.js';
import { loadInkVendor } from '../../terminal/ink/ink-vendor.js';
import type { OpenLesson } from '../../terminal/presenter-shell.js';
import type { CliCommand } from '../args.js';
import { backgroundFromColorFgBg, themeForBackground } from '../../theme/background.js';
import { detectHyperlinks } from '../../theme/hyperlinks.js';
import { queryBackground } from '../../terminal/background-query.js';
import { stylesFor } from '../look.js';

/**
 * Below this many characters, a long lesson (startLongLesson) is parsed to its end between
 * the first paint and Ink's loading, as a short one is before the first paint: its parse
 * takes a fraction of Ink's loading. Parsed beside Ink's loading instead, the 500-slide
 * bench deck (205 KB) peaked 2 MB higher (measured on 2026-12-01, 3 runs each: 77.3–79.8 MB
 * against 75.7–76.9 MB), against a target of 80 MB. Longer lessons still parse a stretch
 * per turn of the event loop, so that keys are answered meanwhile.
 */
const PARSE_BEFORE_INK = 512 * 1024;

/** `lectern [PATH]` on a terminal: the first slide at once, then the presenter. */
export async function present(source: LessonSource, command: Extract<CliCommand, { kind: 'present' }>, stdin: NodeJS.ReadStream): Promise<number> {
  // Ink renders nothing when CI is set (is-in-ci). We only get here with a real terminal on
  // stdout, where someone is looking at the slides, so the variable must not hide them.
  delete process.env['CI'];
  const level = detectColorLevel(command.color, true, process.env);
  const resumeFile = resumeFilePath(process.env);
  // A folder of several lessons opens its menu; a single lesson opens at once.
  const menu = source.course.length > 1;
  const start = command.start === undefined ? undefined : { slide: command.start - 1, step: 0, scroll: 0 };
  // Without a theme asked for, follow the terminal: COLORFGBG, else its answer to a query,
  // asked now and awaited only when the first slide is about to be painted, so the round
  // trip overlaps reading the resume file and parsing the first slide.
  const fromEnv = command.theme === undefined ? backgroundFromColorFgBg(process.env['COLORFGBG']) : undefined;
  const answer = command.theme === undefined && fromEnv === undefined ? queryBackground(stdin, process.stdout) : Promise.resolve(fromEnv);
  const saved = command.resume && !start && source.path !== '-' ? await readResume(resumeFile, source.path) : undefined;
  // Clickable web links only on this terminal, and only one known to support them.
  const links = detectHyperlinks(process.env);
  // Show the first slide now; the presenter (Ink, React: half the startup) takes over from it.
  // A long lesson shows it once its first slides are parsed. Under PARSE_BEFORE_INK, the rest
  // is then parsed before Ink loads; a longer lesson parses while it is presented (a slide
  // asked for before it is parsed, by --start or a resume, shows empty until it is).
  const paintFirst = (deck: Deck, styles: Styles) =>
    paintFirstSlide({ stdin, stdout: process.stdout }, deck, styles, chooseStrings(deck.meta.lang, process.env['LANG']));
  const resuming = saved !== undefined && (saved.slide > 0 || saved.step > 0);
  const started = menu ? undefined : startLongLesson(source.text, source.path, source.name);
  // A lesson with no slide at all goes the whole parse's way, which says so.
  const long = started && started.preview.slides.length > 0 ? started : undefined;
  let presentOnTerminal: typeof import('../../terminal/present-terminal.js').presentOnTerminal;
  let course: CourseLesson[];
  const deck = long ? long.preview : deckOf(source);
  // Awaited only now: the terminal's round trip (a network's, over SSH) overlaps the parse.
  const fallback = themeForBackground(await answer);
  const styles = await stylesFor(deck, command, level, fallback, links);
  const offer = resuming && saved.slide < deck.slides.length ? saved : undefined;
  const early = !menu && !start && !offer && deck.slides.length > 1 ? paintFirst(deck, styles) : undefined;
  let whole: Deck | undefined;
  try {
    if (long && source.text.length < PARSE_BEFORE_INK) whole = parsedToEnd(long.rest);
    await loadInkVendor();
    ({ presentOnTerminal } = await import('../../terminal/present-terminal.js'));
    course = await courseAround(source.path, source.course);
  } catch (error) {
    early?.undo();
    throw error;
  }
  // `lectern notes` in another terminal follows: the lesson shown (a course moves on) and where.
  const startedAt = Date.now();
  const link = await openNotesLink(deck.meta.source);
  let shown: { path: string; position: Position } | undefined;
  const notesFollow = (position: Position, lesson: OpenLesson) => {
    if (lesson.path === '-') return;
    shown = { path: lesson.path, position };
    link?.publish({ slide: position.slide, step: position.step, startedAt, lesson: lesson.path });
  };
  // A lesson opened (from the menu, the end of the last one, a link) starts at its start; a
  // reload of the lesson shown stays where it was.
  const notesLesson = (lesson: OpenLesson) =>
    notesFollow(lesson.path === shown?.path ? shown.position : clampPosition(lesson.deck, lesson.start ?? startPosition), lesson);
  early?.handOver();
  return presentOnTerminal({
    styles,
    envLang: process.env['LANG'],
    first: menu
      ? undefined
      : {
          deck: whole ?? deck,
          path: source.path,
          ...(start ? { start } : {}),
          ...(offer ? { resume: offer } : {}),
          ...(long && !whole ? { updates: (listener: (deck: Deck) => void) => parseInBackground(long, listener) } : {}),
        },
    course,
    courseName: source.path === '-' ? 'stdin' : basename(dirname(source.path)),
    ...(deck.meta.lang === undefined ? {} : { courseLang: deck.meta.lang }),
    resumeFile: command.resume ? resumeFile : undefined,
    watch: source.path !== '-',
    stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    onPosition: notesFollow,
    onLesson: notesLesson,
    ...(early ? { painted: early.painted } : {}),
    // Pictures drawn by the terminal need colour and Unicode cells to reserve.
    ...(level > 0 && !styles.ascii ? { graphics: process.env } : {}),
  }).finally(() => link?.close());
}

/**
 * Starts the link notes views follow, or undefined when there can be none (stdin, or no
 * private socket folder): the presentation goes on without notes either way.
 */
async function openNotesLink(lessonPath: string): Promise<PresenterLink | undefined> {
  if (lessonPath === '-') return undefined;
  try {
    // Imported here, after the first slide is shown: sockets and hashing cost several ms to load.
    const { socketPathFor, startPresenterLink } = await import('../../follow/notes-link.js');
    const link = startPresenterLink(socketPathFor(lessonPath, process.env));
    // Signals end the presenter with process.exit(), past the finally above; remove the socket then too.
    process.once('exit', () => link.close());
    return link;
  } catch {
    return undefined;
  }
}
