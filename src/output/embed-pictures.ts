import { IMAGE_MIME } from '../load/images/picture.js';
import type { Frame } from '../render/frame.js';
import type { Placement } from '../render/images/placement.js';
import { makeStyles, type Styles } from '../theme/styles.js';

/**
 * Pictures in exported pages: HTML and SVG show each picture's own file, embedded as a
 * `data:` URI (the page stays one self-contained file), over the cells the slide keeps for
 * it. Frames for them are rendered with `placedPictures`, so the cells are blank and each
 * Frame lists where its pictures go.
 */

/** The styles HTML and SVG exports render with: the same look, pictures placed rather than drawn in text. */
export function pageStyles(styles: Styles): Styles {
  return makeStyles(styles.theme, styles.level, { ascii: styles.ascii, placedPictures: true });
}

/** A picture's file as a `data:` URI. */
export function pictureDataUri(placement: Placement): string {
  const { bytes, format } = placement.entry;
  return `data:${IMAGE_MIME[format]};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;
}

/**
 * `<img>` elements for a Frame's pictures, to put inside its `<pre>` (which must be
 * `position:relative`, with `padding` as given in `ch` and `px`), sized in `ch` and the
 * line height so they sit on the cell grid whatever font the reader has. A picture cut by
 * the Frame's edge shows only its visible rows.
 */
export function picturesHtml(
  frame: Frame,
  alt: (placement: Placement) => string,
  lineHeightEm: number,
  pad: { ch: number; px: number },
  /** Lines the page shows the text higher (or lower) than the Frame has it. */
  lineShift = 0,
): string {
  return (frame.placements ?? [])
    .map((p) => {
      const box = [
        'position:absolute',
        `left:${pad.ch + p.col}ch`,
        `top:calc(${pad.px}px + ${round((p.line + lineShift) * lineHeightEm)}em)`,
        `width:${p.cols}ch`,
        `height:${round(p.visibleRows * lineHeightEm)}em`,
        'overflow:hidden',
      ].join(';');
      const img = `position:relative;display:block;top:${round(-p.firstRow * lineHeightEm)}em;width:100%;height:${round(p.rows * lineHeightEm)}em`;
      return `<span style="${box}"><img style="${img}" alt="${escapeAttribute(alt(p))}" src="${pictureDataUri(p)}"></span>`;
    })
    .join('');
}

/** `<image>` elements for a Frame's pictures on an SVG cell grid of `cell` pixels from `origin`. */
export function picturesSvg(frame: Frame, cell: { width: number; height: number }, origin: { x: number; y: number }): string {
  return (frame.placements ?? [])
    .map((p) => {
      const x = round(origin.x + p.col * cell.width);
      const y = round(origin.y + p.line * cell.height);
      const width = round(p.cols * cell.width);
      const height = round(p.visibleRows * cell.height);
      return `<svg x="${x}" y="${y}" width="${width}" height="${height}" overflow="hidden"><image x="0" y="${round(-p.firstRow * cell.height)}" width="${width}" height="${round(p.rows * cell.height)}" preserveAspectRatio="none" href="${pictureDataUri(p)}"/></svg>`;
    })
    .join('\n');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
