import { IMAGE_MIME } from '../load/images/picture.js';
import { pngFile } from '../load/images/png-file.js';
import type { Frame } from '../render/frame.js';
import type { Placement } from '../render/images/placement.js';
import { restyle, type Styles } from '../theme/styles.js';
import type { FramePicture } from './export-frames.js';

/**
 * Pictures in exported pages: HTML, PDF and SVG show each picture's own file, embedded as a
 * `data:` URI (the page stays one self-contained file), over the cells the slide keeps for
 * it. Frames for them are rendered with `placedPictures`, so the cells are blank and each
 * Frame lists where its pictures go.
 */

/** The styles page exports render with: the same look, pictures placed rather than drawn in text. */
export function pageStyles(styles: Styles): Styles {
  return restyle(styles, { placedPictures: true });
}

/**
 * A picture's file as a `data:` URI. An SVG goes as a PNG of its kept pixels, not as
 * itself: an SVG document can carry script, event handlers and foreign HTML, and a page
 * that embeds it is only as safe as every browser's handling of SVG in `<img>` (and of
 * whoever opens the image on its own). Drawing it is what lectern does anyway, so the page
 * shows what the terminal shows, and no SVG sanitizer (with its own idea of SVG, unlike the
 * browser's) has to be trusted.
 */
export function pictureDataUri(placement: Placement): string {
  const { bytes, format, picture } = placement.entry;
  if (format === 'svg') return `data:${IMAGE_MIME.png};base64,${pngFile(picture).toString('base64')}`;
  return `data:${IMAGE_MIME[format]};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;
}

/**
 * The pictures a Frame places, for SlideFrame.pictures. Exported slides are whole (never
 * scrolled), so every picture shows all its rows; one cut by the Frame's edge is left out
 * rather than drawn squeezed into the rows it has.
 */
export function framePictures(frame: Frame): FramePicture[] {
  return (frame.placements ?? [])
    .filter((p) => p.firstRow === 0 && p.visibleRows === p.rows)
    .map((p) => ({ row: p.line, column: p.col, rows: p.rows, columns: p.cols, dataUri: pictureDataUri(p), alt: p.alt }));
}
