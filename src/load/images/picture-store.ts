import { promises as fs } from 'node:fs';
import { relative } from 'node:path';
import type { Deck, ImageBlock } from '../../deck/types.js';
import { slideImages } from './deck-pictures.js';
import { checkedHeader, decodeImage } from './decode-image.js';
import { keepAtMost } from './downscale.js';
import { pictureSource } from './picture-path.js';
import type { PictureEntry } from './picture.js';
import { readPictureFile } from './read-picture.js';

/**
 * Decoded pictures, shared by everything that renders in this process (the presenter, every
 * SSH viewer, print and export). Rendering stays pure and synchronous: it only asks
 * `pictureEntry(block)`; whoever shows a slide asks `loadPictures` first and redraws when
 * `onPicturesChanged` fires. Blocks map to files, files to their state: two slides (or a
 * reloaded deck) showing one file decode it once.
 */

/** Decoded pictures kept at once; the least recently loaded is dropped (and decoded again if shown). */
const MAX_FILES = 12;

const byBlock = new WeakMap<ImageBlock, string>();
const files = new Map<string, PictureEntry>();
const blockEntries = new WeakMap<ImageBlock, PictureEntry>();
const listeners = new Set<() => void>();
let version = 0;
let nextId = 1;
// One decode at a time: a deck of screenshots must not take both cores from the presenter.
let queue: Promise<unknown> = Promise.resolve();

const aliases = new WeakMap<ImageBlock, ImageBlock>();

/** Makes `copy` (a block rebuilt from `original`: ASCII text, a hint dropped) show `original`'s picture. */
export function sharePicture<T extends ImageBlock>(copy: T, original: ImageBlock): T {
  aliases.set(copy, aliases.get(original) ?? original);
  return copy;
}

/** What is known of a block's picture now; undefined when nobody asked to load it yet. */
export function pictureEntry(shown: ImageBlock): PictureEntry | undefined {
  const block = aliases.get(shown) ?? shown;
  const own = blockEntries.get(block);
  if (own) return own;
  const key = byBlock.get(block);
  return key === undefined ? undefined : files.get(key);
}

/** Grows each time any picture's state changes; renders of slides with pictures key on it. */
export function pictureVersion(): number {
  return version;
}

/** Calls `listener` after every change of a picture's state; returns the unsubscribe function. */
export function onPicturesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  version++;
  for (const listener of [...listeners]) listener();
}

/**
 * Starts loading the pictures of the given slides (all of them when omitted) and resolves
 * when each has settled (ready or failed). Never rejects: failures become `failed` entries
 * with a one-line reason, which the slide and `lectern check` show.
 */
export async function loadPictures(deck: Deck, slides?: readonly number[]): Promise<void> {
  const indexes = slides ?? deck.slides.map((_, i) => i);
  const blocks = indexes.flatMap((i) => slideImages(deck, i));
  await Promise.all(blocks.map((block) => loadBlock(block, deck.meta.source)));
}

async function loadBlock(shown: ImageBlock, lessonPath: string): Promise<void> {
  const block = aliases.get(shown) ?? shown;
  const current = pictureEntry(block);
  if (current && current.status !== 'loading') return;
  const source = pictureSource(block.src, lessonPath);
  if (source.kind === 'remote') return settleBlock(block, { status: 'remote', url: source.url });
  if (source.kind === 'invalid') return settleBlock(block, { status: 'failed', reason: source.reason });
  const name = relative(source.root, source.path) || block.src;
  // The file's identity includes its size and time, so an edited picture is read again.
  const info = await fs.stat(source.path).catch(() => undefined);
  const key = `${source.path}|${info?.size ?? -1}|${info?.mtimeMs ?? -1}`;
  byBlock.set(block, key);
  blockEntries.delete(block);
  if (files.has(key)) return pending.get(key);
  const job = loadFile(key, source.path, source.root, name);
  pending.set(key, job);
  return job;
}

const pending = new Map<string, Promise<void>>();

async function loadFile(key: string, path: string, root: string, name: string): Promise<void> {
  setFile(key, { status: 'loading' });
  try {
    const bytes = await readPictureFile(path, root, name);
    const header = checkedHeader(bytes, name);
    setFile(key, { status: 'loading', width: header.width, height: header.height });
    const run = queue.then(() => decodeImage(bytes, name));
    queue = run.catch(() => undefined);
    const decoded = await run;
    setFile(key, { status: 'ready', picture: keepAtMost(decoded), format: header.format, bytes, path, id: nextId++ });
  } catch (error) {
    setFile(key, { status: 'failed', reason: error instanceof Error ? error.message : String(error) });
  } finally {
    pending.delete(key);
  }
}

function setFile(key: string, entry: PictureEntry): void {
  files.delete(key);
  files.set(key, entry);
  while (files.size > MAX_FILES) {
    const oldest = files.keys().next().value;
    if (oldest === undefined || oldest === key) break;
    files.delete(oldest);
  }
  changed();
}

function settleBlock(block: ImageBlock, entry: PictureEntry): void {
  blockEntries.set(block, entry);
  changed();
}
