import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { decodeWithModules } from './decode-core.js';
import { lazyRequire } from './lazy-require.js';
import { MAX_KEPT_SIDE, keptSize, resample } from './downscale.js';
import type { Picture, RasterFormat } from './picture.js';
import { rasterizeSvgWith, type SvgRaster, type SvgTarget } from './svg-core.js';

/**
 * Decoding off the main thread: a 1080p JPEG takes a few hundred milliseconds of CPU, and
 * the presenter must answer keys meanwhile. One worker, started on the first picture and
 * keeping the process alive only while it decodes, runs decodeWithModules from its source (the bundle is a
 * single file, so there is no worker script to point at) with the decoders' packages.
 * It draws SVG pictures too (svg-core.ts), compiling resvg's WebAssembly on the first one.
 * Any failure to start or run it makes `decodeOffThread` return undefined, and the caller
 * decodes on this thread instead.
 */

interface Reply {
  id: number;
  picture?: Picture;
  error?: string;
}

let worker: Worker | undefined;
let failed = false;
let nextId = 1;
const waiting = new Map<number, { resolve: (p: Picture) => void; reject: (e: Error) => void }>();

function start(): Worker | undefined {
  if (worker || failed) return worker;
  try {
    const resolve = createRequire(import.meta.url).resolve;
    const paths = {
      png: resolve('pngjs'),
      jpeg: resolve('jpeg-js'),
      gif: resolve('omggif'),
      svg: resolve('@resvg/resvg-wasm'),
      svgWasm: resolve('@resvg/resvg-wasm/index_bg.wasm'),
    };
    const source = `
const { parentPort } = require('node:worker_threads');
const decode = ${decodeWithModules.toString()};
const rasterizeSvg = ${rasterizeSvgWith.toString()};
const resample = ${resample.toString()};
const keptSize = ${keptSize.toString()};
const paths = ${JSON.stringify(paths)};
const modules = { png: () => require(paths.png), jpeg: () => require(paths.jpeg), gif: () => require(paths.gif) };
let svgRenderer;
const svg = () => (svgRenderer ??= (async () => {
  const resvg = require(paths.svg);
  await resvg.initWasm(require('node:fs').readFileSync(paths.svgWasm));
  return resvg;
})());
parentPort.on('message', async ({ id, format, bytes, maxMegapixels, target }) => {
  try {
    let picture;
    if (format === 'svg') picture = rasterizeSvg(bytes, await svg(), target);
    else {
      picture = decode(format, bytes, modules, maxMegapixels);
      // Scaled down here too: resampling a 4K screenshot is as slow as decoding it.
      const size = keptSize(picture.width, picture.height, ${MAX_KEPT_SIDE});
      if (size) picture = resample(picture, size.width, size.height);
    }
    const rgba = picture.rgba.byteOffset === 0 && picture.rgba.byteLength === picture.rgba.buffer.byteLength ? picture.rgba : picture.rgba.slice();
    parentPort.postMessage({ id, picture: { width: picture.width, height: picture.height, rgba, intrinsic: picture.intrinsic } }, [rgba.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error).split('\\n')[0] });
  }
});`;
    // Required here, not imported: loading node:worker_threads is Node work every start would pay.
    const { Worker: WorkerThread } = lazyRequire<typeof import('node:worker_threads')>('node:worker_threads');
    const started = new WorkerThread(source, { eval: true });
    started.unref();
    started.on('message', (reply: Reply) => {
      const job = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (waiting.size === 0) started.unref();
      if (!job) return;
      if (reply.picture) job.resolve(reply.picture);
      else job.reject(new Error(reply.error ?? 'the decoder failed'));
    });
    const giveUp = (error: unknown) => {
      failed = true;
      worker = undefined;
      for (const job of waiting.values()) job.reject(new WorkerGone(error instanceof Error ? error.message : String(error)));
      waiting.clear();
    };
    started.on('error', giveUp);
    started.on('exit', (code) => giveUp(new Error(`decoder exited (${code})`)));
    worker = started;
  } catch {
    failed = true;
  }
  return worker;
}

/** The worker itself failed (not the picture): decode on the main thread instead. */
export class WorkerGone extends Error {}

/**
 * Decodes in the worker; undefined when there is no worker to do it. Rejects with the
 * decoder's own message for a broken picture, or with WorkerGone if the worker died.
 */
export function decodeOffThread(format: RasterFormat, bytes: Uint8Array, maxMegapixels: number): Promise<Picture> | undefined {
  return send({ format, bytes, maxMegapixels });
}

/** Draws an SVG in the worker (rasterizeSvgWith); undefined when there is no worker to do it. Rejects like decodeOffThread. */
export function rasterizeOffThread(bytes: Uint8Array, target: SvgTarget): Promise<SvgRaster> | undefined {
  return send({ format: 'svg', bytes, target }) as Promise<SvgRaster> | undefined;
}

function send(message: { format: RasterFormat | 'svg'; bytes: Uint8Array; maxMegapixels?: number; target?: SvgTarget }): Promise<Picture> | undefined {
  const w = start();
  if (!w) return undefined;
  const id = nextId++;
  return new Promise<Picture>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    // Held while it works (`lectern print` waits for it), let go when idle.
    w.ref();
    // A copy goes over: the caller keeps its bytes (export embeds the file itself).
    w.postMessage({ ...message, id, bytes: message.bytes.slice() });
  });
}
