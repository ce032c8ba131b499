import type { ImageBlock } from '../../deck/types.js';
import { pictureEntry } from '../../load/images/picture-store.js';
import type { Styles } from '../../theme/styles.js';
import { altBox } from '../images/alt-box.js';
import { fitPicture, tooSmall } from '../images/image-fit.js';
import { cachedHalfBlocks } from '../images/picture-lines.js';
import { placeholderLines } from '../images/placement.js';

/** Rows a picture may take when the caller cannot say how much room is left (inside a list item). */
const DEFAULT_ROOM = 16;

/**
 * A picture block, at most `width` columns and `room` rows, centered: half blocks at the
 * styles' colour depth, kept cells for a graphics protocol (placedPictures), or the alt
 * text box when there is no colour, in ASCII mode, when it is remote, missing, still
 * loading or would be too small to see.
 */
export function renderImage(block: ImageBlock, width: number, room: number | undefined, styles: Styles): string[] {
  const max = { cols: Math.max(0, width), rows: Math.max(0, room ?? DEFAULT_ROOM) };
  const entry = pictureEntry(block);
  const center = (lines: string[], cols: number) => {
    const pad = ' '.repeat(Math.max(0, Math.floor((width - cols) / 2)));
    return pad === '' ? lines : lines.map((l) => pad + l);
  };
  const box = (note: string, rows?: number) => {
    const lines = altBox(block.alt, note, width, styles, rows);
    return lines;
  };
  if (!entry || entry.status === 'loading') {
    if (entry?.width && entry.height && styles.level > 0 && !styles.ascii) {
      const size = fitPicture({ width: entry.width, height: entry.height }, max, block);
      if (!tooSmall(size)) return center(altBox(block.alt, '…', size.cols, styles, size.rows), size.cols);
    }
    return box('…');
  }
  if (entry.status === 'remote') return box(entry.url);
  if (entry.status === 'failed') return box(entry.reason);
  const size = fitPicture(entry.picture, max, block);
  if (styles.ascii || styles.level === 0 || tooSmall(size)) return box('');
  if (styles.placedPictures) return center(placeholderLines(entry, size.cols, size.rows), size.cols);
  return center(cachedHalfBlocks(entry, size.cols, size.rows, styles.level), size.cols);
}

/** Whether a picture would be drawn too small to see in `width` x `room` cells (for `lectern check`). */
export function pictureTooSmall(block: ImageBlock, width: number, room: number): boolean {
  const entry = pictureEntry(block);
  const pixels =
    entry?.status === 'ready'
      ? entry.picture
      : entry?.status === 'loading' && entry.width && entry.height
        ? { width: entry.width, height: entry.height }
        : undefined;
  return pixels !== undefined && tooSmall(fitPicture(pixels, { cols: width, rows: room }, block));
}
