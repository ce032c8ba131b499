import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { Position } from '../deck/types.js';
import { READ_LIMITS, readRegularFileSync } from './read-file.js';

/**
 * Where each deck was left, so the presenter can offer to continue there. The store is one
 * small JSON file: `{ version: 1, decks: { [absolute path]: { slide, step, savedAt } } }`.
 * It is a convenience: reading never throws and writing never throws, because a
 * read-only or full home folder must not stop a lesson from being presented.
 */

/** The environment variables the store's location depends on (cli.ts passes process.env). */
export interface ResumeEnv {
  XDG_STATE_HOME?: string;
  HOME?: string;
}

/** Decks remembered at most; saving one more forgets the one saved longest ago. */
export const MAX_DECKS = 100;

/** A positions file larger than this is not ours (100 entries take about 15 KB). */
const MAX_FILE_BYTES = READ_LIMITS.resume;

interface Entry {
  slide: number;
  step: number;
  savedAt: string;
}

/**
 * `$XDG_STATE_HOME/lectern/positions.json`, else `$HOME/.local/state/lectern/positions.json`.
 * The XDG spec says to ignore a relative `XDG_STATE_HOME`, so we do.
 */
export function resumeFilePath(env: ResumeEnv): string {
  const state = env.XDG_STATE_HOME;
  if (state !== undefined && state !== '' && isAbsolute(state)) return join(state, 'lectern', 'positions.json');
  const home = env.HOME !== undefined && env.HOME !== '' ? env.HOME : homedir();
  return join(home, '.local', 'state', 'lectern', 'positions.json');
}

/**
 * The position last saved for `deckPath`, or undefined when there is none or the store is
 * missing, unreadable or corrupt. Never throws. `scroll` is not stored and comes back 0.
 */
export async function readResume(file: string, deckPath: string): Promise<Position | undefined> {
  const key = deckKey(deckPath);
  if (key === undefined) return undefined;
  const decks = readDecks(file);
  const entry = decks?.get(key);
  return entry === undefined ? undefined : { slide: entry.slide, step: entry.step, scroll: 0 };
}

// Saves of one file run one after another: the presenter saves on every move, and two
// overlapping read-modify-writes could finish out of order and leave an older position.
const pending = new Map<string, Promise<void>>();

/**
 * Remembers `position` (slide and step) for `deckPath`. Rewrites the store atomically (a
 * 0600 temp file in the same folder renamed over it), creating the folder with mode 0700;
 * a corrupt store is replaced, and past `MAX_DECKS` the oldest entries are dropped.
 * Never throws: failures (read-only home, full disk) are swallowed.
 */
export function saveResume(file: string, deckPath: string, position: Position): Promise<void> {
  const previous = pending.get(file) ?? Promise.resolve();
  const mine = previous.then(() => writePosition(file, deckPath, position)).catch(() => undefined);
  pending.set(file, mine);
  void mine.then(() => {
    if (pending.get(file) === mine) pending.delete(file);
  });
  return mine;
}

/** Temporary files this process has made, for unique names without loading node:crypto at start. */
let tempCount = 0;

async function writePosition(file: string, deckPath: string, position: Position): Promise<void> {
  const key = deckKey(deckPath);
  if (key === undefined || !isIndex(position.slide) || !isIndex(position.step)) return;
  const folder = dirname(file);
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  const decks = readDecks(file) ?? new Map<string, Entry>();
  // Re-inserting puts the deck last, so among equal timestamps file order is age order.
  decks.delete(key);
  decks.set(key, { slide: position.slide, step: position.step, savedAt: new Date().toISOString() });
  for (const old of oldestBeyondCap(decks, key)) decks.delete(old);
  const json = JSON.stringify({ version: 1, decks: Object.fromEntries(decks) }, null, 2) + '\n';
  // Unique among writers (pid, then time and count within one); `wx` refuses any file already there.
  const temp = join(folder, `.${basename(file)}.${process.pid}.${Date.now().toString(36)}-${tempCount++}.tmp`);
  try {
    await fs.writeFile(temp, json, { mode: 0o600, flag: 'wx' });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Keys to forget so at most MAX_DECKS remain; never `keep` (the deck just saved). */
function oldestBeyondCap(decks: Map<string, Entry>, keep: string): string[] {
  const excess = decks.size - MAX_DECKS;
  if (excess <= 0) return [];
  const others = [...decks].filter(([key]) => key !== keep);
  // Stable sort: ties keep file order, which is oldest first.
  others.sort(([, a], [, b]) => timeOf(a) - timeOf(b));
  return others.slice(0, excess).map(([key]) => key);
}

function timeOf(entry: Entry): number {
  const time = Date.parse(entry.savedAt);
  return Number.isNaN(time) ? 0 : time;
}

/**
 * The valid entries of the store, or undefined when it is missing, unreadable or not a
 * version 1 store. Entries of the wrong shape are left out one by one, so one bad entry
 * does not cost the others.
 */
function readDecks(file: string): Map<string, Entry> | undefined {
  let data: unknown;
  try {
    // Capped and regular files only: a positions.json swapped for /dev/zero must not stop the
    // presenter. Read synchronously, as the lesson is (read-source.ts says why): a start waits
    // on it. A save (at most every 400 ms) reads it the same way: a file of at most 1 MB.
    const { bytes } = readRegularFileSync(file, { cap: MAX_FILE_BYTES });
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data['version'] !== 1 || !isRecord(data['decks'])) return undefined;
  const decks = new Map<string, Entry>();
  for (const [key, value] of Object.entries(data['decks'])) {
    if (!isRecord(value) || !isIndex(value['slide']) || !isIndex(value['step'])) continue;
    const savedAt = typeof value['savedAt'] === 'string' ? value['savedAt'] : '';
    decks.set(key, { slide: value['slide'], step: value['step'], savedAt });
  }
  return decks;
}

/** Decks are remembered by absolute path; standard input has no identity to remember. */
function deckKey(deckPath: string): string | undefined {
  return deckPath === '-' || deckPath === '' ? undefined : resolve(deckPath);
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
