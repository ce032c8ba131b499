import type { PictureEntry } from '../../load/images/picture.js';
import { displayWidth } from '../text/text.js';

/**
 * Pictures drawn by a terminal graphics protocol: the slide keeps their cells, and the
 * terminal layer paints over them after the text is on screen. While a Frame is built the
 * kept cells hold private-use characters that say which picture and which of its rows they
 * are (one column each, like the spaces that replace them), so scrolling, centering,
 * columns and the title all move them like text; `extractPlacements` turns them back into
 * spaces plus a list of where each picture goes.
 */

/** Where one picture (or the visible rows of it) goes on a Frame. */
export interface Placement {
  /** The ready picture. */
  entry: Extract<PictureEntry, { status: 'ready' }>;
  /** Frame line and display column of its top-left visible cell. */
  line: number;
  col: number;
  /** Its alt text, for outputs that can show both. */
  alt: string;
  /** The cells the whole picture takes, and which of its rows are on this Frame. */
  cols: number;
  rows: number;
  firstRow: number;
  visibleRows: number;
}

const ROW_BASE = 0x100000; // Supplementary Private Use Area-B: the picture row of a line.
const ID_BASE = 0xf0000; // Area-A: the picture id, in every other cell.
const MAX_IDS = 0xfffd;

interface Placed {
  entry: Extract<PictureEntry, { status: 'ready' }>;
  alt: string;
  cols: number;
  rows: number;
}

const ids = new Map<string, number>();
const placed = new Map<number, Placed>();

/** The kept-cell lines for a picture at `cols` x `rows` (cols ≥ 2). */
export function placeholderLines(entry: Placed['entry'], alt: string, cols: number, rows: number): string[] {
  const key = `${entry.id}|${cols}x${rows}|${alt}`;
  let id = ids.get(key);
  if (id === undefined) {
    if (ids.size >= MAX_IDS) {
      ids.clear();
      placed.clear();
    }
    id = ids.size + 1;
    ids.set(key, id);
  }
  placed.set(id, { entry, alt, cols, rows });
  const cell = String.fromCodePoint(ID_BASE + id);
  return Array.from({ length: rows }, (_, r) => String.fromCodePoint(ROW_BASE + r) + cell.repeat(cols - 1));
}

const RUN = /[\u{100000}-\u{10FFFD}][\u{F0000}-\u{FFFFD}]+/gu;

/** Frame lines with kept cells turned to spaces, and the pictures to draw over them. */
export function extractPlacements(lines: readonly string[]): { lines: string[]; placements: Placement[] } {
  const found = new Map<string, Placement>();
  const out = lines.map((line, index) => {
    if (!RUN.test(line)) return line;
    RUN.lastIndex = 0;
    return line.replace(RUN, (run: string, offset: number) => {
      const chars = [...run];
      const row = (chars[0]?.codePointAt(0) ?? ROW_BASE) - ROW_BASE;
      const id = (chars[1]?.codePointAt(0) ?? ID_BASE) - ID_BASE;
      const info = placed.get(id);
      // Only runs this module wrote count: a lesson's own private-use characters stay text.
      if (!info || row >= info.rows || chars.length !== info.cols || chars.slice(1).some((c) => c.codePointAt(0) !== ID_BASE + id)) return run;
      const col = displayWidth(line.slice(0, offset));
      {
        // One picture's rows share the line its row 0 is (or would be, scrolled off) on.
        const key = `${id}@${col}@${index - row}`;
        const seen = found.get(key);
        if (seen) seen.visibleRows = row - seen.firstRow + 1;
        else found.set(key, { entry: info.entry, alt: info.alt, line: index, col, cols: info.cols, rows: info.rows, firstRow: row, visibleRows: 1 });
      }
      return ' '.repeat(chars.length);
    });
  });
  return { lines: out, placements: [...found.values()] };
}
