import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Deck } from '../deck/types.js';
import type { Viewport } from '../render/frame.js';
import type { UiStrings } from '../render/ui-strings.js';
import type { Styles } from '../theme/styles.js';
import { selectedSlides, slideFrames, textFrames } from './export-frames.js';
import { framesToHtml } from './export-html.js';
import { paletteFor } from './palette.js';
import { frameToSvg } from './export-svg.js';
import { pageStyles } from './embed-pictures.js';
import { InputError } from '../deck/input-error.js';

/** What `lectern export` writes. */
export type ExportFormat = 'html' | 'txt' | 'ansi' | 'svg';

/** What to export and where. */
export interface ExportRequest {
  format: ExportFormat;
  viewport: Viewport;
  /** 1-based slide numbers; undefined for all. */
  slides: number[] | undefined;
  /** A file; for svg a name pattern (`out.svg` → `out-01.svg`…) or a folder; undefined or `-`: stdout. */
  output: string | undefined;
  /** For the page's `<meta name="generator">`. */
  generator: string;
}

/** One file to write (path undefined: standard output), and its content in chunks. */
export interface ExportOutput {
  path: string | undefined;
  chunks: Iterable<string>;
}

/**
 * The files an export produces, all drawn from the Frames renderScreen makes: `txt`/`ansi`
 * are print's Frames (`styles` at depth 0 or with colors), `html` one page and `svg` one
 * picture per slide of the Frames with every step shown. `folder` says whether `output`
 * names an existing folder (asked by the caller, which owns the file system).
 */
export function exportOutputs(deck: Deck, request: ExportRequest, styles: Styles, strings: UiStrings, folder: boolean): ExportOutput[] {
  const target = request.output === '-' ? undefined : request.output;
  if (request.format === 'txt' || request.format === 'ansi') {
    return [{ path: target, chunks: textFrames(deck, request.slides, request.viewport, styles, strings) }];
  }
  const numbers = selectedSlides(deck, request.slides);
  const frames = slideFrames(deck, numbers, request.viewport, pageStyles(styles), strings);
  const palette = paletteFor(styles.theme);
  if (request.format === 'html') {
    const page = { title: deck.meta.title, palette, generator: request.generator, ...(deck.meta.lang ? { lang: deck.meta.lang } : {}) };
    return [{ path: target, chunks: [framesToHtml(frames, page)] }];
  }
  const digits = Math.max(2, String(deck.slides.length).length);
  return frames.map((slide) => ({
    path: svgPath(target ?? 'slide.svg', slide.number, digits, folder),
    chunks: [frameToSvg(slide, palette)],
  }));
}

/** `out.svg` → `out-05.svg`; a folder → `folder/slide-05.svg`. */
export function svgPath(output: string, number: number, digits: number, folder: boolean): string {
  const nn = String(number).padStart(digits, '0');
  if (folder || output.endsWith('/')) return join(output, `slide-${nn}.svg`);
  return `${output.replace(/\.svg$/i, '')}-${nn}.svg`;
}

/**
 * Runs an export: computes the outputs and writes them (creating a folder given as
 * `OUT/`), standard output when no file is named. Returns the paths written.
 */
export async function writeExport(
  deck: Deck,
  request: ExportRequest,
  styles: Styles,
  strings: UiStrings,
  stdout: NodeJS.WritableStream,
): Promise<string[]> {
  const output = request.output;
  const folder = output !== undefined && output !== '-' && (await stat(output).then((s) => s.isDirectory(), () => false));
  if (request.format === 'svg' && output !== undefined && output.endsWith('/') && !folder) await mkdir(output, { recursive: true });
  const written: string[] = [];
  for (const { path, chunks } of exportOutputs(deck, request, styles, strings, folder)) {
    if (path === undefined) {
      for (const chunk of chunks) if (!stdout.write(chunk)) await new Promise((resolve) => stdout.once('drain', resolve));
      continue;
    }
    await writeFile(path, [...chunks].join('')).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`${path}: cannot write (${error.code ?? error.message})`);
    });
    written.push(path);
  }
  return written;
}
