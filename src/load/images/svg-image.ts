import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import { InputError } from '../../deck/input-error.js';
import { WorkerGone, rasterizeOffThread } from './decode-worker.js';
import { MAX_IMAGE_PIXELS, MAX_SVG_BYTES, SVG_KEPT_SIDE, type Picture, type PictureEntry } from './picture.js';
import { rasterizeSvgWith, type SvgRaster, type SvgRenderer, type SvgTarget } from './svg-core.js';

/**
 * SVG pictures drawn to pixels (svg-core.ts says which renderer and why): once at
 * SVG_KEPT_SIDE when the picture loads, and again at a terminal's own pixel size for the
 * graphics protocols, so a vector is never a small bitmap blown up. In the decoding worker
 * when it runs, else on this thread; resvg is loaded only when the first SVG is drawn.
 */

let renderer: Promise<SvgRenderer> | undefined;

/** @resvg/resvg-wasm with its WebAssembly compiled (asynchronously: the compile does not hold this thread), once. */
function svgRenderer(): Promise<SvgRenderer> {
  renderer ??= (async () => {
    // Required, not imported, for the reasons lazy-require.ts gives.
    const load = createRequire(import.meta.url);
    const resvg = load('@resvg/resvg-wasm') as typeof import('@resvg/resvg-wasm');
    await resvg.initWasm(await fs.readFile(load.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return resvg;
  })();
  return renderer;
}

/**
 * Draws an SVG file's bytes to fit `size` (its own aspect ratio kept), or at SVG_KEPT_SIDE on
 * its longest side. Throws InputError with one line for a file that is too big, not an SVG
 * resvg can parse, or states a size over MAX_IMAGE_PIXELS.
 */
export async function rasterizeSvg(bytes: Uint8Array, name: string, size?: { width: number; height: number }): Promise<SvgRaster> {
  if (bytes.length > MAX_SVG_BYTES) {
    throw new InputError(`${name}: refused, an SVG of ${(bytes.length / 1024 / 1024).toFixed(1)} MB is over the limit of ${MAX_SVG_BYTES / 1024 / 1024} MB`);
  }
  const target: SvgTarget = { maxSide: SVG_KEPT_SIDE, maxPixels: MAX_IMAGE_PIXELS, ...size };
  try {
    const off = rasterizeOffThread(bytes, target);
    if (off) {
      try {
        return await off;
      } catch (error) {
        if (!(error instanceof WorkerGone)) throw error;
      }
    }
    return rasterizeSvgWith(bytes, await svgRenderer(), target);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (reason.startsWith('refused,')) throw new InputError(`${name}: ${reason}`);
    throw new InputError(`${name}: cannot draw the SVG image (${reason})`);
  }
}

/** SVGs drawn at a terminal's size: a few, for the pictures on screen (kitty asks again on every redraw). */
const MAX_DRAWN = 8;
const drawn = new Map<string, Promise<Picture>>();

/**
 * A ready SVG picture drawn at exactly `width` x `height` pixels (the cells a terminal
 * shows it in), kept for the next redraw. Falls back to the kept pixels, scaled, when it
 * cannot be drawn again: the picture showed already, so it must keep showing.
 */
export function svgPixelsAt(entry: Extract<PictureEntry, { status: 'ready' }>, width: number, height: number): Promise<Picture> {
  const key = `${entry.id}|${width}x${height}`;
  let job = drawn.get(key);
  if (!job) {
    job = rasterizeSvg(entry.bytes, entry.path, { width, height }).catch(() => entry.picture);
    drawn.set(key, job);
    if (drawn.size > MAX_DRAWN) drawn.delete(drawn.keys().next().value ?? '');
  }
  return job;
}
