import { keepOnlySgr } from './text/sgr/guard.js';
import { displayWidth, truncateStyled } from './text/text.js';
import type { Placement } from './images/placement.js';

/** The size of what is drawn, in terminal columns and lines. */
export interface Viewport {
  width: number;
  height: number;
}

/** What a screen shows: exactly `height` lines, none wider than `width` display columns. */
export interface Frame {
  width: number;
  height: number;
  lines: string[];
  /**
   * Pictures a terminal graphics protocol draws over blank cells of `lines` (only when
   * rendered with `placedPictures`; every other output has them as half blocks in the text).
   */
  placements?: Placement[];
}

/** The largest screen we lay out for; bigger requests (or garbage sizes) are clamped. */
export const MAX_VIEWPORT: Viewport = { width: 400, height: 200 };

/** A sane viewport from any numbers: at least 1x1, at most MAX_VIEWPORT, integers. */
export function clampViewport(width: number, height: number): Viewport {
  const clamp = (n: number, max: number) => (Number.isFinite(n) ? Math.min(Math.max(Math.floor(n), 1), max) : 1);
  return { width: clamp(width, MAX_VIEWPORT.width), height: clamp(height, MAX_VIEWPORT.height) };
}

/**
 * The viewport for a terminal of `columns` x `rows`: one line short of the screen, because
 * Ink clears the whole screen and scrollback on every update when its output fills it.
 */
export function screenViewport(columns: number, rows: number): Viewport {
  return clampViewport(columns || 80, Math.max(1, (rows || 24) - 1));
}

/**
 * Builds a Frame that keeps its promise: pads or cuts to `height` lines, cuts lines wider
 * than `width`, and removes any escape sequence other than SGR colors (and OSC 8 links to
 * safe addresses when `hyperlinks` says the terminal shows them).
 */
export function makeFrame(lines: readonly string[], viewport: Viewport, options: { hyperlinks?: boolean } = {}): Frame {
  const out: string[] = [];
  for (let i = 0; i < viewport.height; i++) {
    const line = keepOnlySgr(lines[i] ?? '', options);
    out.push(displayWidth(line) > viewport.width ? truncateStyled(line, viewport.width) : line);
  }
  return { width: viewport.width, height: viewport.height, lines: out };
}
