/**
 * How big a picture is drawn, in cells. A cell is about twice as tall as it is wide, so a
 * picture of `w` x `h` pixels keeps its shape at `c` columns and `c * h / w / 2` rows.
 */

/** Below this a picture is not worth drawing: the alt text box is shown instead (and `check` says so). */
export const MIN_PICTURE = { cols: 8, rows: 3 };

/** Marp's slide: size hints (`w:640px`) are read as a share of it. */
const SLIDE_PX = { width: 1280, height: 720 };

/** Cells for a picture of `pixels` inside `max` cells, honouring Marp/HTML size hints; never larger than max. */
export function fitPicture(
  pixels: { width: number; height: number },
  max: { cols: number; rows: number },
  hints: { width?: string | undefined; height?: string | undefined } = {},
): { cols: number; rows: number } {
  const aspect = pixels.height / pixels.width / 2; // rows per column
  // Never larger than one pixel per column and two per row: a 32-pixel icon stays small.
  let cols = Math.min(max.cols, pixels.width, Math.floor(pixels.height / 2 / aspect) || 1);
  const wantCols = hintCells(hints.width, SLIDE_PX.width, max.cols);
  const wantRows = hintCells(hints.height, SLIDE_PX.height, max.rows);
  if (wantCols !== undefined) cols = wantCols;
  else if (wantRows !== undefined) cols = wantRows / aspect;
  cols = Math.min(cols, max.cols, max.rows / aspect);
  let rows = wantCols === undefined && wantRows !== undefined ? Math.min(wantRows, max.rows) : cols * aspect;
  if (wantCols !== undefined && wantRows !== undefined) rows = Math.min(wantRows, max.rows); // both given: the shape the author asked for
  return { cols: Math.max(0, Math.floor(cols)), rows: Math.max(0, Math.min(max.rows, Math.round(rows))) };
}

/** A CSS length (`300`, `300px`, `50%`, `20em`) as cells of a `cells`-wide side of a `px`-wide slide. */
function hintCells(hint: string | undefined, px: number, cells: number): number | undefined {
  if (hint === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(px|%|em|rem|vw|vh)?\s*$/i.exec(hint);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'px').toLowerCase();
  const share = unit === '%' || unit === 'vw' || unit === 'vh' ? n / 100 : unit === 'px' ? n / px : (n * 16) / px;
  return share > 0 ? Math.max(1, Math.min(cells, share * cells)) : undefined;
}

/** Whether a picture drawn at this size is too small to read. */
export function tooSmall(size: { cols: number; rows: number }): boolean {
  return size.cols < MIN_PICTURE.cols || size.rows < MIN_PICTURE.rows;
}
