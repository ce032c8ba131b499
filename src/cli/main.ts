import { existsSync, openSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { ReadStream } from 'node:tty';
import { fileURLToPath } from 'node:url';
import { USAGE, UsageError, parseArgs, type CliCommand, type LookOptions } from './args.js';
import { clampPosition, startPosition } from '../deck/navigate.js';
import type { Deck, Position } from '../deck/types.js';
import { readCourse, type CourseLesson } from '../load/course.js';
import { MAX_LESSON_BYTES } from '../load/decode-lesson.js';
import { InputError } from '../deck/input-error.js';
import { lessonNumber } from '../load/lesson-order.js';
import { deckOf, openDeck, type OpenedDeck } from '../load/open-deck.js';
import { previewDeck } from '../parse/deck-preview.js';
import { readSource, type LessonSource } from '../load/read-source.js';
import { readResume, resumeFilePath } from '../load/resume-store.js';
import { screenViewport } from '../render/frame.js';
import { chooseStrings } from '../render/ui-strings.js';
import { detectColorLevel } from '../theme/color-level.js';
import { isUtf8Locale } from '../theme/locale.js';
import { makeStyles, type ColorLevel, type Styles } from '../theme/styles.js';
import { darkTheme, type Theme } from '../theme/theme.js';
import { backgroundFromColorFgBg, themeForBackground } from '../theme/background.js';
import { detectHyperlinks } from '../theme/hyperlinks.js';
import { queryBackground } from '../terminal/background-query.js';
import { loadTheme, themeBase } from '../load/theme-file.js';
import type { PresenterLink } from '../follow/notes-link.js';
import type { OpenLesson } from '../terminal/presenter-shell.js';
import { printFrames } from '../output/print.js';
import { paintFirstSlide } from '../terminal/first-paint.js';
import { loadInkVendor } from '../terminal/ink/ink-vendor.js';
import { runCheck } from '../check/run-check.js';
import { writeExport } from '../output/export.js';
import type { ParsedKey } from 'ssh2';

/** The repository root: both src/ (tests) and dist/ (the bundle) sit one level below it. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The deck `lectern` presents when given no path. */
export const BUNDLED_SLIDES = join(ROOT, 'slides');

/**
 * The program: argv in, exit code out. The only place that reads process.argv/env and
 * decides between presenting, printing and failing with one clear line.
 */
export async function main(argv: readonly string[]): Promise<number> {
  // Piping into `head` closes stdout early; that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  try {
    return await run(parseArgs(argv));
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      process.stderr.write(`lectern: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`lectern: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function run(command: CliCommand): Promise<number> {
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${version()}\n`);
      return 0;
    case 'serve':
      return serveCommand(command);
    case 'follow': {
      delete process.env['CI'];
      const { followOverSocket } = await import('../follow/socket/client.js');
      const env = process.env;
      const locale = env['LC_ALL'] || env['LC_CTYPE'] || env['LANG'];
      return followOverSocket(command.socket, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, term: env['TERM'], locale });
    }
    case 'print':
      return print((await open(command.path)).deck, command);
    case 'present': {
      // No terminal to show slides on or to read keys from: print them instead.
      const keys = process.stdout.isTTY ? openKeyboard() : undefined;
      if (!keys) return print((await open(command.path)).deck, command);
      try {
        return await present(await readSource(command.path ?? BUNDLED_SLIDES, readStdin), command, keys);
      } finally {
        // A /dev/tty stream of our own keeps the process alive (and reading) until closed.
        if (keys !== process.stdin) keys.destroy();
      }
    }
    case 'check':
      return check(command);
    case 'export':
      return exportSlides(command);
    case 'notes': {
      if (!process.stdout.isTTY) throw new UsageError('notes needs a terminal: run it in a second terminal or tmux pane');
      if (command.path === '-') throw new UsageError('notes needs a lesson file to follow, not standard input');
      return notes(await open(command.path), command);
    }
  }
}

/** `lectern check`: every lesson of a folder, or the one lesson; exit 1 when anything is found. */
async function check(command: Extract<CliCommand, { kind: 'check' }>): Promise<number> {
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
  const result = runCheck({ decks, sizes: command.sizes, format: command.format, styles, exists: existsSync, fileName });
  process.stdout.write(result.output);
  return result.code;
}

/** `lectern export`: a page, pictures or text files made from the screen's Frames. */
async function exportSlides(command: Extract<CliCommand, { kind: 'export' }>): Promise<number> {
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

function open(path: string | undefined) {
  return openDeck(path ?? BUNDLED_SLIDES, readStdin);
}

async function print(deck: Deck, command: Extract<CliCommand, { kind: 'print' | 'present' }>): Promise<number> {
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

async function present(source: LessonSource, command: Extract<CliCommand, { kind: 'present' }>, stdin: NodeJS.ReadStream): Promise<number> {
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
  // A long lesson shows it from a preview, before the rest of the lesson is parsed.
  const paintFirst = (deck: Deck, styles: Styles) =>
    paintFirstSlide({ stdin, stdout: process.stdout }, deck, styles, chooseStrings(deck.meta.lang, process.env['LANG']));
  const resuming = saved !== undefined && (saved.slide > 0 || saved.step > 0);
  const preview = !menu && !start && !resuming ? previewDeck(source.text, source.path, source.name) : undefined;
  const fallback = themeForBackground(await answer);
  let early = preview && preview.slides.length > 1 ? paintFirst(preview, await stylesFor(preview, command, level, fallback, links)) : undefined;
  let deck: Deck;
  let styles: Styles;
  let presentOnTerminal: typeof import('../terminal/present-terminal.js').presentOnTerminal;
  let course: CourseLesson[];
  try {
    deck = deckOf(source);
    styles = await stylesFor(deck, command, level, fallback, links);
  } catch (error) {
    early?.undo();
    throw error;
  }
  const offer = resuming && saved.slide < deck.slides.length ? saved : undefined;
  if (!early && !menu && !start && !offer && deck.slides.length > 1) early = paintFirst(deck, styles);
  try {
    await loadInkVendor();
    ({ presentOnTerminal } = await import('../terminal/present-terminal.js'));
    course = await courseOf(source.path, source.course);
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
    first: menu ? undefined : { deck, path: source.path, ...(start ? { start } : {}), ...(offer ? { resume: offer } : {}) },
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
    const { socketPathFor, startPresenterLink } = await import('../follow/notes-link.js');
    const link = startPresenterLink(socketPathFor(lessonPath, process.env));
    // Signals end the presenter with process.exit(), past the finally above; remove the socket then too.
    process.once('exit', () => link.close());
    return link;
  } catch {
    return undefined;
  }
}

/** The speaker-notes view (`lectern notes`): follows a presenter of the same lesson. */
async function notes({ deck, source }: OpenedDeck, command: Extract<CliCommand, { kind: 'notes' }>): Promise<number> {
  delete process.env['CI']; // as in present(): a terminal is showing it.
  const { socketPathFor } = await import('../follow/notes-link.js');
  let socketPath: string;
  try {
    socketPath = socketPathFor(deck.meta.source, process.env);
  } catch (error) {
    process.stderr.write(`lectern: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  await loadInkVendor();
  const { showNotesOnTerminal } = await import('./commands/notes.js');
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

/**
 * The course a lesson belongs to: the folder's lessons when a folder was opened, or the
 * numbered lessons beside a numbered lesson file (so its end leads into the next one).
 */
async function courseOf(path: string, folderLessons: readonly string[]): Promise<CourseLesson[]> {
  if (path === '-') return [];
  if (folderLessons.length === 0 && lessonNumber(basename(path)) === undefined) return [];
  const lessons = await readCourse(dirname(path)).catch(() => []);
  return folderLessons.length > 0 ? lessons : lessons.filter((l) => l.number !== undefined);
}

/**
 * The look of the slides: `--theme` (relative to the current folder) over the deck's
 * front matter `theme:` (relative to the lesson), else dark; ASCII when asked or when the
 * locale is not UTF-8.
 */
async function stylesFor(deck: Deck, look: LookOptions, level: ColorLevel, fallback: Theme = darkTheme, hyperlinks = false): Promise<Styles> {
  const theme =
    look.theme !== undefined
      ? await loadTheme(look.theme, process.cwd())
      : deck.meta.theme !== undefined
        ? await loadTheme(deck.meta.theme, themeBase(deck.meta.source))
        : fallback;
  return makeStyles(theme, level, { ascii: look.ascii ?? !isUtf8Locale(process.env), hyperlinks });
}

/** Keys come from stdin, or from the terminal itself when the lesson was piped into stdin. */
function keyboard(): NodeJS.ReadStream {
  const keys = openKeyboard();
  if (!keys) throw new InputError('no keyboard: standard input is not a terminal and /dev/tty cannot be opened');
  return keys;
}

/** stdin when it is a terminal, else the controlling terminal (/dev/tty); undefined when there is none. */
function openKeyboard(): NodeJS.ReadStream | undefined {
  if (process.stdin.isTTY) return process.stdin;
  try {
    return new ReadStream(openSync('/dev/tty', 'r'));
  } catch {
    return undefined;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    // What is already over the limit can only be refused: stop reading (and holding) it.
    if (size > MAX_LESSON_BYTES) throw new InputError(`standard input: too large for a lesson (over ${MAX_LESSON_BYTES / 1024 / 1024} MB)`);
  }
  return Buffer.concat(chunks);
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * `lectern serve`: present on this terminal (headless when stdout is not one) while viewers
 * watch over SSH and/or a local socket.
 */
async function serveCommand(command: Extract<CliCommand, { kind: 'serve' }>): Promise<number> {
  delete process.env['CI']; // as in present(): a terminal is showing it.
  const { deck, source } = await open(command.path);
  const viewerPassword = command.viewerPasswordFile === undefined ? command.viewerPassword : readPasswordFile(command.viewerPasswordFile);
  const viewerKeys = command.viewerKeys === undefined ? undefined : await readKeyFile(command.viewerKeys, '--viewer-keys');
  const presenterKeys = command.presenterKeys === undefined ? undefined : await readKeyFile(command.presenterKeys, '--presenter-keys');
  const onTerminal = process.stdout.isTTY === true;
  const level = detectColorLevel(command.color, onTerminal, process.env);
  const styles = await stylesFor(deck, command, level);
  const course = await courseOf(source.path, source.course);
  const menu = source.course.length > 1;
  const start = command.start === undefined ? undefined : { slide: command.start - 1, step: 0, scroll: 0 };
  await loadInkVendor();
  const { serve } = await import('./commands/serve.js');
  const { configDir } = await import('../follow/ssh/host-key.js');
  try {
    return await serve({
      deck,
      lessonPath: source.path,
      first: menu ? undefined : { deck, path: source.path, ...(start ? { start } : {}) },
      shell: {
        styles,
        envLang: process.env['LANG'],
        course,
        courseName: source.path === '-' ? 'stdin' : basename(dirname(source.path)),
        ...(deck.meta.lang === undefined ? {} : { courseLang: deck.meta.lang }),
        // Viewers follow the slide the teacher is on: no offer to resume somewhere else.
        resumeFile: undefined,
        watch: source.path !== '-',
      },
      theme: styles.theme,
      // Each viewer draws in ASCII by --ascii or by its own locale, not by the teacher's.
      ascii: command.ascii === true,
      maxViewers: command.maxViewers,
      ssh: command.ssh
        ? {
            host: command.host,
            port: command.port,
            hostKeyDir: configDir(process.env),
            auth: {
              ...(viewerPassword === undefined ? {} : { viewerPassword }),
              ...(viewerKeys ? { viewerKeys } : {}),
              ...(presenterKeys ? { presenterKeys } : {}),
            },
          }
        : undefined,
      socketPath: command.socket,
      terminal: onTerminal ? { stdin: keyboard(), stdout: process.stdout, stderr: process.stderr } : undefined,
      out: (text) => void process.stdout.write(text),
      env: process.env,
    });
  } catch (error) {
    // A port in use, a folder we cannot write: one line, and a failed run.
    process.stderr.write(`lectern: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** The first line of a password file (--viewer-password-file); InputError when unreadable or empty. */
function readPasswordFile(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`--viewer-password-file ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const password = text.split(/\r?\n/, 1)[0] ?? '';
  if (password === '') throw new InputError(`--viewer-password-file ${path}: its first line is empty`);
  return password;
}

/** Reads an authorized_keys file for `flag`; InputError when it cannot be read or has a line that is not a key. */
async function readKeyFile(path: string, flag: string): Promise<ParsedKey[]> {
  const { parseAuthorizedKeys } = await import('../follow/ssh/auth.js');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${flag} ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const { keys, bad } = parseAuthorizedKeys(text);
  if (bad.length > 0) throw new InputError(`${flag} ${path}: line ${bad[0]} is not a public key`);
  if (keys.length === 0) throw new InputError(`${flag} ${path}: has no keys`);
  return keys;
}
