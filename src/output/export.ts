import { promises as fs } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Deck } from '../deck/types.js';
import { InputError } from '../deck/input-error.js';
import { resolveLessonLink } from '../load/course.js';
import { isLessonLink, slideLinks } from '../parse/links.js';
import type { Viewport } from '../render/frame.js';
import type { UiStrings } from '../render/ui-strings.js';
import type { Styles } from '../theme/styles.js';
import { selectedSlides, slideFrames, textFrames } from './export-frames.js';
import { framesToHtml, type HtmlLesson } from './export-html.js';
import { htmlToPdf } from './export-pdf.js';
import { frameToSvg } from './export-svg.js';
import { pageStyles } from './embed-pictures.js';
import { isWebLink, type ExportLink } from './frame-links.js';
import { paletteFor } from './palette.js';
import { FRAME_SEPARATOR } from './print.js';

/** What `lectern export` writes. */
export type ExportFormat = 'html' | 'txt' | 'ansi' | 'svg' | 'pdf';

/** What to export and where. */
export interface ExportRequest {
  format: ExportFormat;
  viewport: Viewport;
  /** 1-based slide numbers; undefined for all. */
  slides: number[] | undefined;
  /**
   * A file; for svg a name pattern (`out.svg` → `out-01.svg`…) or a folder; for a course's
   * svg, txt and ansi a folder; undefined or `-`: stdout.
   */
  output: string | undefined;
  /** For the page's `<meta name="generator">`. */
  generator: string;
  /** html, pdf: each slide's speaker notes under it. */
  notes?: boolean;
  /** svg: trim the empty rows below the content. */
  crop?: boolean;
  /** svg: leave out the status bar. */
  noStatus?: boolean;
  /** pdf: the Chromium or Chrome that prints the page (found on the PATH by the caller). */
  browser?: string;
}

/** One lesson to export, with the look and words it is drawn in. */
export interface ExportLesson {
  deck: Deck;
  styles: Styles;
  strings: UiStrings;
}

/** What is exported: one lesson, or a course (a folder of lessons) in course order. */
export interface ExportSource {
  /** The course's name (its folder's), or the lesson's title. */
  title: string;
  lessons: ExportLesson[];
}

/** One file to write (path undefined: standard output), and its content in chunks. */
export interface ExportOutput {
  path: string | undefined;
  chunks: Iterable<string>;
}

/**
 * The files an export produces, all drawn from the Frames renderScreen makes: `txt`/`ansi`
 * are print's Frames (`styles` at depth 0 or with colors), `html` one page of every slide
 * whole, `svg` one picture per slide. A course is one page with a lesson menu, or a file
 * or folder per lesson in course order. `folder` says whether `output` names an existing
 * folder (asked by the caller, which owns the file system). `pdf` is the html page, printed
 * by writeExport. Throws InputError for slides the lesson does not have.
 */
export function exportOutputs(source: ExportSource, request: ExportRequest, folder: boolean): ExportOutput[] {
  const target = request.output === '-' ? undefined : request.output;
  const course = source.lessons.length > 1;
  if (course && request.slides !== undefined) {
    throw new InputError('--slides picks slides of one lesson: export a lesson file, not the course folder');
  }
  const first = source.lessons[0];
  if (!first) throw new InputError('nothing to export: no lessons');
  for (const lesson of source.lessons) selectedSlides(lesson.deck, request.slides);
  if (request.format === 'txt' || request.format === 'ansi') {
    const frames = (lesson: ExportLesson) => textFrames(lesson.deck, request.slides, request.viewport, lesson.styles, lesson.strings);
    if (!course) return [{ path: target, chunks: frames(first) }];
    if (target === undefined) return [{ path: undefined, chunks: joinLessons(source.lessons.map(frames)) }];
    return source.lessons.map((lesson, i) => ({
      path: join(target, `${lessonFileName(lesson, i, source.lessons.length)}.${request.format}`),
      chunks: frames(lesson),
    }));
  }
  const ids = lessonIds(source.lessons);
  const exported = source.lessons.map((lesson, i) => {
    const { deck, styles, strings } = lesson;
    const linksOf = (number: number) => exportLinks(deck, number, ids);
    // Pictures are the files themselves on a page (embed-pictures.ts), not half blocks.
    const slides = slideFrames(deck, selectedSlides(deck, request.slides), request.viewport, pageStyles(styles), strings, linksOf);
    return { lesson, slides, idPrefix: course ? `lesson-${i + 1}-slide` : 'slide' };
  });
  if (request.format === 'svg') {
    return exported.flatMap(({ lesson, slides }, i) => {
      const digits = Math.max(2, String(lesson.deck.slides.length).length);
      // A course is a folder of folders: `-o pics` or `-o pics.svg` → pics/01-intro/slide-01.svg.
      const folderName = (target ?? 'slides').replace(/\.svg$/i, '');
      const base = course ? join(folderName, lessonFileName(lesson, i, source.lessons.length)) : (target ?? 'slide.svg');
      return slides.map((slide) => ({
        path: svgPath(base, slide.number, digits, folder || course),
        chunks: [frameToSvg(slide, paletteFor(lesson.styles.theme), { crop: request.crop === true, noStatus: request.noStatus === true })],
      }));
    });
  }
  const lessons: HtmlLesson[] = exported.map(({ lesson, slides, idPrefix }) => ({
    title: lesson.deck.meta.title,
    idPrefix,
    slides,
    slideCount: lesson.deck.slides.length,
  }));
  const strings = first.strings;
  const page = {
    title: course ? source.title : first.deck.meta.title,
    palette: paletteFor(first.styles.theme),
    generator: request.generator,
    notes: request.notes === true,
    screenRows: request.viewport.height,
    words: { lessons: strings.courseTitle, notes: strings.notesTitle, previous: strings.previous, next: strings.next, pauses: strings.pauses },
    ...(first.deck.meta.lang ? { lang: first.deck.meta.lang } : {}),
  };
  return [{ path: target, chunks: [framesToHtml(lessons, page)] }];
}

/** For each lesson of a course (by absolute path), the id of its first slide on the page. */
function lessonIds(lessons: readonly ExportLesson[]): Map<string, string> {
  const ids = new Map<string, string>();
  if (lessons.length < 2) return ids;
  lessons.forEach((lesson, i) => {
    if (lesson.deck.meta.source !== '-') ids.set(resolve(lesson.deck.meta.source), `#lesson-${i + 1}-slide-1`);
  });
  return ids;
}

/**
 * The links of slide `number` an export makes clickable: web links (http, https, mailto)
 * and links to a lesson on the same page, each with the texts the slide shows for it (the
 * href, or the lesson path decoded).
 */
function exportLinks(deck: Deck, number: number, lessonIds: ReadonlyMap<string, string>): ExportLink[] {
  const slide = deck.slides[number - 1];
  if (!slide) return [];
  const links: ExportLink[] = [];
  for (const { href } of slideLinks(slide)) {
    let target: string | undefined;
    if (isWebLink(href)) target = href.trim();
    else if (isLessonLink(href)) {
      const path = resolveLessonLink(href, deck.meta.source);
      target = path === undefined ? undefined : lessonIds.get(path);
    }
    if (target === undefined) continue;
    for (const shown of new Set([href, readable(href)])) links.push({ shown, target });
  }
  return links;
}

/** How the slide shows a relative link: percent-decoded (`./#4 - Mengenal.md`). */
function readable(href: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

/** Each lesson's text output one after another, a form-feed line between them as between Frames. */
function* joinLessons(lessons: readonly Iterable<string>[]): Generator<string> {
  let first = true;
  for (const chunks of lessons) {
    if (!first) yield `${FRAME_SEPARATOR}\n`;
    yield* chunks;
    first = false;
  }
}

/**
 * A lesson's file or folder name in an exported course, numbered by its place in the
 * course (file names number lessons in many ways: `3-`, `#3 - `, none): `03-intro.md` as
 * the first lesson is `01-intro`.
 */
function lessonFileName(lesson: ExportLesson, index: number, count: number): string {
  const source = lesson.deck.meta.source;
  const name = source === '-' ? 'stdin' : basename(source, extname(source)).replace(/^[#\s]*\d+(?:[\s._-]+|$)/, '');
  const safe = name.replace(/[\s/\\:*?"<>|#%]+/g, '-').replace(/^-+|-+$/g, '') || 'lesson';
  return `${String(index + 1).padStart(Math.max(2, String(count).length), '0')}-${safe}`;
}

/** `out.svg` → `out-05.svg`; a folder → `folder/slide-05.svg`. */
export function svgPath(output: string, number: number, digits: number, folder: boolean): string {
  const nn = String(number).padStart(digits, '0');
  if (folder || output.endsWith('/')) return join(output, `slide-${nn}.svg`);
  return `${output.replace(/\.svg$/i, '')}-${nn}.svg`;
}

/**
 * Runs an export: computes the outputs and writes them (creating the folders they go in),
 * standard output when no file is named; `pdf` prints the page with `request.browser`.
 * Returns the paths written.
 */
export async function writeExport(source: ExportSource, request: ExportRequest, stdout: NodeJS.WritableStream): Promise<string[]> {
  const output = request.output;
  const folder =
    output !== undefined &&
    output !== '-' &&
    (await fs.stat(output).then(
      (s) => s.isDirectory(),
      () => false,
    ));
  const outputs = exportOutputs(source, request, folder);
  const written: string[] = [];
  for (const { path, chunks } of outputs) {
    let content: string | Uint8Array | undefined;
    if (request.format === 'pdf') {
      if (request.browser === undefined) throw new InputError('export --format pdf: no Chromium or Chrome found');
      content = await htmlToPdf([...chunks].join(''), request.browser);
    }
    if (path === undefined) {
      for (const chunk of content === undefined ? chunks : [content]) {
        if (!stdout.write(chunk)) await new Promise((resolve) => stdout.once('drain', resolve));
      }
      continue;
    }
    const parent = resolve(path, '..');
    // A course's pictures and text files go into folders made for them; a page goes where asked.
    const folders = request.format === 'svg' || request.format === 'txt' || request.format === 'ansi';
    if (folders && (source.lessons.length > 1 || output?.endsWith('/'))) await fs.mkdir(parent, { recursive: true });
    await fs.writeFile(path, content ?? [...chunks].join('')).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`${path}: cannot write (${error.code ?? error.message})`);
    });
    written.push(path);
  }
  return written;
}
