import { cellColors, styledRuns } from '../render/text/sgr/cells.js';
import type { SlideFrame } from './export-frames.js';
import { isEmbeddedImage, trimTrailingBlank } from './export-html.js';
import type { Palette } from './palette.js';

/** One terminal cell, in pixels: a 14 px monospace font advances ~8.4 px, lines 17 px apart. */
export const CELL = { width: 8.4, height: 17 } as const;
const FONT_SIZE = 14;
/** From a cell's top to the text baseline. */
const BASELINE = 13;
const PAD = { x: 12, y: 10 };

/** How a picture is cut out of the slide. */
export interface SvgOptions {
  /** `--crop`: drop the empty rows between the content and the status bar (or the end). */
  crop?: boolean;
  /** `--no-status`: drop the status bar (the Frame's last row). */
  noStatus?: boolean;
}

/** The rows of a slide's Frame a picture shows, as indexes of `frame.lines`. */
export function svgRows(lines: readonly string[], options: SvgOptions): number[] {
  const status = lines.length - 1;
  let end = status;
  if (options.crop) while (end > 0 && trimTrailingBlank(styledRuns(lines[end - 1] ?? '')).length === 0) end--;
  const rows = Array.from({ length: end }, (_, i) => i);
  return options.noStatus || status < 0 ? rows : [...rows, status];
}

/**
 * One slide's Frame as an SVG picture of a terminal: a rounded background, a rectangle
 * per colored background run, a text element per styled run placed on the cell grid.
 * Every run is stretched to exactly its cells (textLength), so the grid holds whatever
 * font the viewer has, emoji two cells wide included.
 */
export function frameToSvg(slide: SlideFrame, palette: Palette, options: SvgOptions = {}): string {
  const { frame } = slide;
  const rows = svgRows(frame.lines, options);
  const width = round(frame.width * CELL.width + 2 * PAD.x);
  const height = round(Math.max(1, rows.length) * CELL.height + 2 * PAD.y);
  const shapes: string[] = [];
  const texts: string[] = [];
  rows.forEach((source, row) => {
    const line = frame.lines[source] ?? '';
    let column = 0;
    for (const run of trimTrailingBlank(styledRuns(line))) {
      const { fg, bg } = cellColors(run.style, palette);
      const x = round(PAD.x + column * CELL.width);
      const y = round(PAD.y + row * CELL.height);
      const w = round(run.width * CELL.width);
      if (bg !== undefined) shapes.push(`<rect x="${x}" y="${y}" width="${w}" height="${CELL.height}" fill="${bg}"/>`);
      if (run.text.trim() !== '' || run.style.underline || run.style.strike) {
        const attributes = [
          `x="${x}"`,
          `y="${round(y + BASELINE)}"`,
          `textLength="${w}"`,
          'lengthAdjust="spacingAndGlyphs"',
          // On each text element: browsers do not all inherit it, and collapsed spaces
          // would stretch the rest of the run over the cells the spaces were meant to fill.
          'xml:space="preserve"',
          fg === palette.fg ? '' : `fill="${fg}"`,
          run.style.bold ? 'font-weight="bold"' : '',
          run.style.italic ? 'font-style="italic"' : '',
          run.style.dim ? 'opacity="0.65"' : '',
          decoration(run.style.underline, run.style.strike),
        ].filter(Boolean);
        texts.push(`<text ${attributes.join(' ')}>${escapeXml(run.text)}</text>`);
      }
      column += run.width;
    }
  });
  // Pictures (image blocks) over their cells, embedded: a picture file fetches nothing.
  for (const picture of slide.pictures) {
    const row = rows.indexOf(picture.row);
    if (row < 0 || !isEmbeddedImage(picture.dataUri)) continue;
    const x = round(PAD.x + picture.column * CELL.width);
    const y = round(PAD.y + row * CELL.height);
    const size = `width="${round(picture.columns * CELL.width)}" height="${round(picture.rows * CELL.height)}"`;
    shapes.push(
      `<image x="${x}" y="${y}" ${size} href="${picture.dataUri}" preserveAspectRatio="xMidYMid meet"><title>${escapeXml(picture.alt)}</title></image>`,
    );
  }
  const label = `Slide ${slide.number}${slide.title ? `: ${slide.title}` : ''}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}">
<title>${escapeXml(label)}</title>
<rect width="${width}" height="${height}" rx="8" fill="${palette.bg}"/>
${shapes.join('\n')}
<g font-family="'DejaVu Sans Mono','Cascadia Mono',Menlo,Consolas,'Liberation Mono',monospace" font-size="${FONT_SIZE}" fill="${palette.fg}" style="white-space:pre">
${texts.join('\n')}
</g>
</svg>
`;
}

function decoration(underline: boolean | undefined, strike: boolean | undefined): string {
  const lines = [underline ? 'underline' : '', strike ? 'line-through' : ''].filter(Boolean);
  return lines.length > 0 ? `text-decoration="${lines.join(' ')}"` : '';
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
