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
  const box = (note: string) => altBox(block.alt, note, width, styles, undefined, room);
  if (!entry || entry.status === 'loading') {
    if (entry?.width && entry.height) {
      const size = fitPicture({ width: entry.width, height: entry.height }, max, block);
      sizeWatcher?.(block, size);
      if (!tooSmall(size) && styles.level > 0 && !styles.ascii) return center(altBox(block.alt, '…', size.cols, styles, size.rows), size.cols);
    }
    return box('…');
  }
  if (entry.status === 'remote') return box(entry.url);
  if (entry.status === 'failed') return box(entry.reason);
  // An SVG is laid out at the size it states, not at the size its kept pixels were drawn.
  const size = fitPicture(entry.picture.intrinsic ?? entry.picture, max, block);
  sizeWatcher?.(block, size);
  if (styles.ascii || styles.level === 0 || tooSmall(size)) return box('');
  if (styles.placedPictures) return center(placeholderLines(entry, block.alt, size.cols, size.rows), size.cols);
  return center(cachedHalfBlocks(entry, size.cols, size.rows, styles.level), size.cols);
}

let sizeWatcher: ((block: ImageBlock, size: { cols: number; rows: number }) => void) | undefined;

/**
 * Runs `render` and tells `watch` the size each picture it lays out is given (for `lectern
 * check`, which reports pictures too small to see). The caller must lay out fresh (a
 * cached layout draws nothing).
 */
export function watchPictureSizes<T>(render: () => T, watch: (block: ImageBlock, size: { cols: number; rows: number }) => void): T {
  const previous = sizeWatcher;
  sizeWatcher = watch;
  try {
    return render();
  } finally {
    sizeWatcher = previous;
  }
}
