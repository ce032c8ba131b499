/**
 * SVG pictures are drawn by resvg (a Rust SVG renderer) compiled to WebAssembly, the
 * @resvg/resvg-wasm package. What was compared (Node 20, this 2-core machine, a diagram of
 * 120 stroked shapes; figures for lectern itself are in `npm run bench`):
 *
 * - @resvg/resvg-wasm: one package for every platform, 2.5 MB unpacked, no dependencies, no
 *   install script (nothing for `allowScripts`, `npm ci` offline from the cache works). It
 *   pays a one-time compile and warm-up of its WebAssembly, and draws several times slower
 *   than native code: both happen in the decoding worker, never on the thread that answers
 *   keys, and only once a slide shows an SVG. Its sandbox has no file system and no network:
 *   `<image href="/etc/…">`, `file:` and `http:` references, `<feImage>`, CSS `@import` and
 *   external fonts cannot be read; remote images are only listed (`imagesToResolve`), and
 *   lectern never resolves them. It has no system fonts either, so SVG text is not drawn
 *   (the alt text still says what the picture is).
 * - @resvg/resvg-js: the same renderer as a native add-on, one prebuilt binary package per
 *   platform through optionalDependencies (4.2 MB for linux-x64), no install script; about
 *   ten times faster. But it reads the file system: tried here, `<image href="/abs/path.png">`
 *   and paths relative to the working directory are drawn into the picture, outside the
 *   lesson's folder, and closing that means rewriting every SVG before it is drawn.
 * - @cf-wasm/resvg: a wrapper of @resvg/resvg-wasm for edge runtimes (24 MB with a second,
 *   older copy of it). sharp (libvips with librsvg): tens of MB of native libraries, and
 *   librsvg loads referenced files. canvg needs a canvas package (native, Skia or Cairo).
 *
 * Both resvg builds parse with roxmltree, which refuses entity expansion loops (the "billion
 * laughs"), and neither runs scripts or foreign objects: they are not drawn.
 *
 * This file is the part the worker runs too: `rasterizeSvgWith` is kept free of imports and
 * outside names (decode-worker.ts sends its source), like decodeWithModules.
 */

/** What lectern uses of an initialised @resvg/resvg-wasm. */
export interface SvgRenderer {
  Resvg: new (
    svg: Uint8Array,
    options?: { fitTo?: { mode: 'width'; value: number } | { mode: 'height'; value: number } },
  ) => {
    readonly width: number;
    readonly height: number;
    render(): { readonly width: number; readonly height: number; readonly pixels: Uint8Array; free(): void };
    free(): void;
  };
}

/** How big an SVG is drawn: to fit `width` x `height` when given, else `maxSide` on its longest side; `maxPixels` refuses a larger claimed size. */
export interface SvgTarget {
  maxSide: number;
  maxPixels: number;
  width?: number;
  height?: number;
}

/** An SVG drawn to pixels (RGBA, not premultiplied) and the size it states for itself (its layout size). */
export interface SvgRaster {
  width: number;
  height: number;
  rgba: Uint8Array;
  intrinsic: { width: number; height: number };
}

/**
 * Draws an SVG document with resvg at the target size, keeping its aspect ratio. Throws an
 * Error with a one-line message; one starting with "refused," is a size over the limit.
 */
export function rasterizeSvgWith(bytes: Uint8Array, renderer: SvgRenderer, target: SvgTarget): SvgRaster {
  const line = (error: unknown) => String((error && (error as Error).message) || error).split('\n')[0];
  let width = 0;
  let height = 0;
  try {
    const tree = new renderer.Resvg(bytes);
    width = tree.width;
    height = tree.height;
    tree.free();
  } catch (error) {
    throw new Error(line(error));
  }
  if (!(width > 0 && height > 0) || !Number.isFinite(width * height)) throw new Error(`the SVG has no size (${width}x${height})`);
  if (width * height > target.maxPixels) {
    throw new Error(
      `refused, ${Math.round(width)}x${Math.round(height)} pixels is over the limit of ${(target.maxPixels / 1e6).toFixed(0)} megapixels (a picture that big is a bomb)`,
    );
  }
  const scale =
    target.width !== undefined && target.height !== undefined
      ? Math.min(target.width / width, target.height / height)
      : target.maxSide / Math.max(width, height);
  const wide = width >= height;
  const out = { width: Math.round(width * scale), height: Math.round(height * scale) };
  if (out.width < 1 || out.height < 1) throw new Error(`its shape (${Math.round(width)}x${Math.round(height)}) is too thin to draw`);
  let pixels: Uint8Array;
  let drawn: { width: number; height: number };
  try {
    // The longer side is the one set exactly; resvg derives the other from the aspect ratio.
    const tree = new renderer.Resvg(bytes, { fitTo: wide ? { mode: 'width', value: out.width } : { mode: 'height', value: out.height } });
    try {
      const image = tree.render();
      drawn = { width: image.width, height: image.height };
      pixels = image.pixels;
      image.free();
    } finally {
      tree.free();
    }
  } catch (error) {
    throw new Error(line(error));
  }
  if (pixels.length < drawn.width * drawn.height * 4) throw new Error('the renderer returned too few pixels');
  // resvg's pixels are premultiplied by alpha; every other decoder (and resample) gives straight RGBA.
  for (let i = 0; i < pixels.length; i += 4) {
    const a = pixels[i + 3] ?? 0;
    if (a === 0 || a === 255) continue;
    pixels[i] = Math.min(255, Math.round(((pixels[i] ?? 0) * 255) / a));
    pixels[i + 1] = Math.min(255, Math.round(((pixels[i + 1] ?? 0) * 255) / a));
    pixels[i + 2] = Math.min(255, Math.round(((pixels[i + 2] ?? 0) * 255) / a));
  }
  return { width: drawn.width, height: drawn.height, rgba: pixels, intrinsic: { width, height } };
}
