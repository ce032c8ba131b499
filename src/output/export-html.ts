import { graphemes } from '../render/text/graphemes.js';
import { displayWidth } from '../render/text/text.js';
import { cellColors, styleKey, styledRuns, type CellStyle, type StyledRun } from '../render/text/sgr/cells.js';
import type { FramePicture, SlideFrame } from './export-frames.js';
import { findLinkSpans, type LinkSpan } from './frame-links.js';
import { PAGE_SCRIPT, pageCss } from './html-assets.js';
import type { Palette } from './palette.js';

/** What the page says about itself. */
export interface PageInfo {
  title: string;
  /** `lang` of the page (the deck's), when known. */
  lang?: string;
  palette: Palette;
  generator: string;
  /** Show each slide's speaker notes under it (`--notes`). */
  notes: boolean;
  /** Rows of the screen the slides were laid out for (a slide may be taller). */
  screenRows: number;
  /** The words of the page's own controls, in the lesson's language. */
  words: PageWords;
}

/** The page's own words (from the interface strings). */
export interface PageWords {
  lessons: string;
  notes: string;
  previous: string;
  next: string;
  pauses: string;
}

/** One lesson on the page: its slides, and the id prefix of their sections. */
export interface HtmlLesson {
  title: string;
  /** Section ids are `${idPrefix}-N`: `slide-3`, or `lesson-2-slide-3` in a course. */
  idPrefix: string;
  /** The lesson's slides exported (all, or those asked for). */
  slides: SlideFrame[];
  /** How many slides the lesson has (more than `slides` when only some were asked for). */
  slideCount: number;
}

/**
 * One self-contained web page (no network: inline CSS, a few lines of inline script, and
 * only `data:` pictures) with a section per slide, each the whole slide's Frame drawn as a
 * terminal would: the theme's colors, monospace cells, wide characters two cells wide,
 * web links and links to other lessons on the page clickable. A course has a lesson menu.
 */
export function framesToHtml(lessons: readonly HtmlLesson[], page: PageInfo): string {
  const classes = new Map<string, { name: string; css: string }>();
  const classOf = (style: CellStyle): string => {
    const key = styleKey(style);
    let known = classes.get(key);
    if (!known) {
      known = { name: `s${classes.size}`, css: styleCss(style, page.palette) };
      classes.set(key, known);
    }
    return known.name;
  };
  const total = lessons.reduce((n, l) => n + l.slides.length, 0);
  const sections = lessons.flatMap((lesson) => lesson.slides.map((s) => sectionHtml(s, `${lesson.idPrefix}-${s.number}`, lesson.slideCount, page, classOf)));
  const cols = lessons.find((l) => l.slides.length > 0)?.slides[0]?.frame.width ?? 80;
  const css = [pageCss(page.palette), ...[...classes.values()].filter((c) => c.css !== '').map((c) => `.${c.name}{${c.css}}`)].join('\n');
  const w = page.words;
  const stepped = lessons.some((l) => l.slides.some((s) => s.rowSteps.some((step) => step > 0)));
  const menu =
    lessons.length > 1
      ? `<details class="menu"><summary>${escapeHtml(w.lessons)}</summary><ol>${lessons
          .map((l) => `<li><a href="#${l.idPrefix}-${l.slides[0]?.number ?? 1}">${escapeHtml(l.title)}</a></li>`)
          .join('')}</ol></details>`
      : '';
  const bar = [
    `<button type="button" data-go="-1" aria-label="${escapeHtml(w.previous)}">◀</button>`,
    `<span class="where">1 / ${total}</span>`,
    `<button type="button" data-go="1" aria-label="${escapeHtml(w.next)}">▶</button>`,
    stepped ? `<button type="button" class="pauses" aria-pressed="false" title="p">${escapeHtml(w.pauses)}</button>` : '',
    menu,
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html${page.lang ? ` lang="${escapeHtml(page.lang)}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(page.generator)}">
<title>${escapeHtml(page.title)}</title>
<style>
${css}
</style>
</head>
<body>
<nav class="bar">${bar.join('')}</nav>
<main style="--cols:${cols};--screen-rows:${page.screenRows}">
${sections.join('\n')}
</main>
<script>
${PAGE_SCRIPT}
</script>
</body>
</html>
`;
}

function sectionHtml(s: SlideFrame, id: string, count: number, page: PageInfo, classOf: (style: CellStyle) => string): string {
  const label = `${s.number} / ${count}${s.title ? `: ${s.title}` : ''}`;
  const spans = findLinkSpans(s.frame, s.links);
  const lines = s.frame.lines.map((line, row) => {
    const html = lineHtml(
      styledRuns(line),
      spans.filter((span) => span.row === row),
      classOf,
    );
    const step = s.rowSteps[row] ?? 0;
    // The newline inside the row's span: a row hidden until its step keeps its height.
    return step > 0 ? `<span data-step="${step}">${html}\n</span>` : `${html}\n`;
  });
  const pictures = s.pictures.map(pictureHtml).join('');
  const notes = page.notes && s.notes.trim() !== '' ? notesHtml(s.notes, page.words.notes) : '';
  // Rows a printed page must hold: the Frame, and the notes at about a line per 100 characters.
  const noteRows = notes === '' ? 0 : 2 + s.notes.split('\n').reduce((n, p) => n + Math.ceil((p.length + 1) / 100), 0);
  const steps = s.rowSteps.reduce((most, step) => Math.max(most, step), 0) + 1;
  const attributes = [
    `id="${id}"`,
    `aria-label="${escapeHtml(label)}"`,
    `style="--rows:${s.frame.height + noteRows}"`,
    steps > 1 ? `data-steps="${steps}"` : '',
  ];
  // The newline after <pre> is eaten by the HTML parser, so a blank first row survives.
  return `<section ${attributes.filter(Boolean).join(' ')}><pre>\n${lines.join('').replace(/\n$/, '')}${pictures}</pre>${notes}</section>`;
}

/** Speaker notes as paragraphs (a blank line apart in the notes). */
function notesHtml(notes: string, heading: string): string {
  const paragraphs = notes
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`);
  return `<aside class="notes"><h2>${escapeHtml(heading)}</h2>${paragraphs.join('')}</aside>`;
}

const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/** A picture over its cells; only an embedded `data:` image (the page fetches nothing). */
function pictureHtml(p: FramePicture): string {
  if (!DATA_IMAGE.test(p.dataUri)) return '';
  const em = (rows: number) => Math.round(rows * 1.2 * 1000) / 1000;
  const style = `left:${p.column + 1}ch;top:calc(8px + ${em(p.row)}em);width:${p.columns}ch;height:${em(p.rows)}em`;
  return `<img class="pic" src="${p.dataUri}" alt="${escapeHtml(p.alt)}" style="${style}">`;
}

/** Whether a picture's URI may go into a page or an SVG: an embedded image, nothing fetched. */
export function isEmbeddedImage(uri: string): boolean {
  return DATA_IMAGE.test(uri);
}

/** A Frame line as HTML: plain text where nothing is styled, a span per styled run, `<a>` for links. */
function lineHtml(runs: readonly StyledRun[], spans: readonly LinkSpan[], classOf: (style: CellStyle) => string): string {
  const pieces = splitAtLinks(trimTrailingBlank(runs), spans);
  let html = '';
  let open: string | undefined;
  for (const { run, target } of pieces) {
    if (target !== open) {
      if (open !== undefined) html += '</a>';
      if (target !== undefined) html += linkTag(target);
      open = target;
    }
    const text = escapeHtml(run.text);
    const name = isPlain(run.style) ? '' : classOf(run.style);
    if (run.wide) html += `<span class="${name ? `${name} ` : ''}w">${text}</span>`;
    else html += name ? `<span class="${name}">${text}</span>` : text;
  }
  return open === undefined ? html : `${html}</a>`;
}

/** `<a>` for a web link (opened apart from the handout) or a slide on the page. */
function linkTag(target: string): string {
  if (target.startsWith('#')) return `<a href="${escapeHtml(target)}">`;
  return `<a href="${escapeHtml(target)}" rel="noopener" target="_blank">`;
}

/** Runs cut where links start and end, each piece with the link it belongs to. */
function splitAtLinks(runs: readonly StyledRun[], spans: readonly LinkSpan[]): { run: StyledRun; target: string | undefined }[] {
  const linkAt = (column: number) => spans.find((s) => column >= s.from && column < s.to)?.target;
  const out: { run: StyledRun; target: string | undefined }[] = [];
  let column = 0;
  for (const run of runs) {
    const inside = spans.some((s) => s.from < column + run.width && s.to > column);
    const cut = inside && spans.some((s) => (s.from > column && s.from < column + run.width) || (s.to > column && s.to < column + run.width));
    if (!cut || run.wide) {
      out.push({ run, target: inside ? linkAt(column) : undefined });
      column += run.width;
      continue;
    }
    let piece: StyledRun | undefined;
    let pieceTarget: string | undefined;
    for (const { segment } of graphemes(run.text)) {
      const width = displayWidth(segment);
      const target = linkAt(column);
      if (piece && target === pieceTarget) {
        piece.text += segment;
        piece.width += width;
      } else {
        if (piece) out.push({ run: piece, target: pieceTarget });
        piece = { text: segment, style: run.style, width, wide: false };
        pieceTarget = target;
      }
      column += width;
    }
    if (piece) out.push({ run: piece, target: pieceTarget });
  }
  return out;
}

/** Runs up to the last one that shows anything (trailing default-background spaces are dropped). */
export function trimTrailingBlank(runs: readonly StyledRun[]): StyledRun[] {
  let end = runs.length;
  while (end > 0) {
    const run = runs[end - 1];
    if (!run || run.text.trim() !== '' || run.style.bg !== undefined || run.style.inverse || run.style.underline || run.style.strike) break;
    end--;
  }
  return runs.slice(0, end);
}

function isPlain(style: CellStyle): boolean {
  return Object.keys(style).length === 0;
}

/** CSS declarations for a style (inverse resolved against the page's colors). */
function styleCss(style: CellStyle, palette: Palette): string {
  const { fg, bg } = cellColors(style, palette);
  const out: string[] = [];
  if (fg !== palette.fg || style.inverse) out.push(`color:${fg}`);
  if (bg !== undefined) out.push(`background:${bg}`);
  if (style.bold) out.push('font-weight:bold');
  if (style.dim) out.push('opacity:.65');
  if (style.italic) out.push('font-style:italic');
  const lines = [style.underline ? 'underline' : '', style.strike ? 'line-through' : ''].filter(Boolean);
  if (lines.length > 0) out.push(`text-decoration:${lines.join(' ')}`);
  return out.join(';');
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
