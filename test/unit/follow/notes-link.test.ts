import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_FOLLOWERS,
  STANDBY_RETRY_MS,
  followPresenter,
  parseUpdate,
  socketPathFor,
  startPresenterLink,
  type Follower,
  type NotesUpdate,
  type PresenterLink,
} from '../../../src/follow/notes-link.js';
import { lineReader } from '../../../src/follow/json-lines.js';

let dir: string;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-link-'));
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function presenter(path: string): PresenterLink {
  const link = startPresenterLink(path);
  cleanups.push(() => link.close());
  return link;
}

/** A follower that records what it hears. */
function follower(path: string) {
  const updates: NotesUpdate[] = [];
  const events: string[] = [];
  const f: Follower = followPresenter(
    path,
    (u) => updates.push(u),
    () => events.push('connected'),
    () => events.push('disconnected'),
  );
  cleanups.push(() => f.close());
  return { updates, events, close: () => f.close() };
}

async function until(fn: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!fn()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const at = (slide: number, step = 0): NotesUpdate => ({ slide, step, startedAt: 1_700_000_000_000 });

describe('socketPathFor', () => {
  it('puts a per-deck socket in $XDG_RUNTIME_DIR/lectern, a private folder', () => {
    const path = socketPathFor('/talks/deck.md', { XDG_RUNTIME_DIR: dir });
    expect(path).toMatch(new RegExp(`^${dir}/lectern/[0-9a-f]{16}\\.sock$`));
    expect(statSync(join(dir, 'lectern')).mode & 0o777).toBe(0o700);
    expect(socketPathFor('/talks/deck.md', { XDG_RUNTIME_DIR: dir })).toBe(path);
    expect(socketPathFor('/talks/other.md', { XDG_RUNTIME_DIR: dir })).not.toBe(path);
    // Relative paths mean the same deck as their absolute form.
    expect(socketPathFor('deck.md', { XDG_RUNTIME_DIR: dir })).toBe(socketPathFor(join(process.cwd(), 'deck.md'), { XDG_RUNTIME_DIR: dir }));
  });

  it('falls back to a lectern-<uid> folder in the temp dir', () => {
    const path = socketPathFor('/talks/deck.md', {});
    expect(path).toContain(`lectern-${process.getuid?.() ?? 0}/`);
    expect(statSync(join(path, '..')).mode & 0o077).toBe(0);
  });

  it('keeps the path within the 107 bytes a Unix socket allows', () => {
    const long = join(dir, 'x'.repeat(100));
    mkdirSync(long, { mode: 0o700 });
    const path = socketPathFor('/talks/deck.md', { XDG_RUNTIME_DIR: long });
    expect(Buffer.byteLength(path)).toBeLessThanOrEqual(107);
    expect(path.startsWith(long)).toBe(false);
  });

  it('passes over a runtime folder someone else made, to one that the notes view finds too', () => {
    const previous = process.env['TMPDIR'];
    process.env['TMPDIR'] = dir;
    try {
      const squatted = join(dir, `lectern-${process.getuid?.() ?? 0}`);
      // Not a folder of ours: a file (a squatter without the rights to chown would plant one).
      writeFileSync(squatted, 'mine now');
      const presenterSide = socketPathFor('/talks/deck.md', { HOME: dir });
      expect(presenterSide.startsWith(`${squatted}/`)).toBe(false);
      expect(statSync(join(presenterSide, '..')).mode & 0o077).toBe(0);
      expect(socketPathFor('/talks/deck.md', { HOME: dir })).toBe(presenterSide);
    } finally {
      if (previous === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = previous;
    }
  });

  it.runIf(process.getuid?.() === 0)("passes over a folder another user owns (a squatter's /tmp/lectern-<uid>)", () => {
    const tmp = mkdtempSync(join(tmpdir(), 'lectern-squat-'));
    cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
    const squatted = join(tmp, 'lectern');
    mkdirSync(squatted, { mode: 0o700 });
    chownSync(squatted, 12345, 12345);
    const path = socketPathFor('/talks/deck.md', { XDG_RUNTIME_DIR: tmp, HOME: dir });
    expect(path.startsWith(`${squatted}/`)).toBe(false);
  });

  it('refuses a folder other users can open', () => {
    mkdirSync(join(dir, 'lectern'), { mode: 0o700 });
    chmodSync(join(dir, 'lectern'), 0o755);
    expect(() => socketPathFor('/talks/deck.md', { XDG_RUNTIME_DIR: dir })).toThrow(/other users.*chmod 700/);
  });
});

describe('presenter and notes view over the socket', () => {
  it('delivers every update in order, over a socket file only we can open', async () => {
    const path = socketPathFor('/talks/deck.md', { XDG_RUNTIME_DIR: dir });
    const link = presenter(path);
    await until(() => existsSync(path), 'the socket file');
    expect(statSync(path).isSocket()).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const f = follower(path);
    await until(() => f.events.includes('connected'), 'connection');
    for (let i = 0; i < 50; i++) link.publish(at(i, i % 3));
    await until(() => f.updates.length === 50, '50 updates');
    expect(f.updates).toEqual(Array.from({ length: 50 }, (_, i) => at(i, i % 3)));
  });

  it('carries the lesson shown, for a notes view to follow a course', async () => {
    const path = socketPathFor('/talks/course/01-satu.md', { XDG_RUNTIME_DIR: dir });
    const link = presenter(path);
    const f = follower(path);
    await until(() => f.events.includes('connected'), 'connection');
    link.publish({ ...at(1, 0), lesson: '/talks/course/02-dua.md' });
    await until(() => f.updates.length === 1, 'the update');
    expect(f.updates[0]).toEqual({ ...at(1, 0), lesson: '/talks/course/02-dua.md' });
  });

  it('sends the latest position to a notes view that connects later', async () => {
    const path = join(dir, 'late.sock');
    const link = presenter(path);
    link.publish(at(1));
    link.publish(at(4, 2));
    await until(() => existsSync(path), 'the socket file');
    const f = follower(path);
    await until(() => f.updates.length > 0, 'the latest update');
    expect(f.updates).toEqual([at(4, 2)]);
  });

  it('a notes view started first connects once the presenter starts', async () => {
    const path = join(dir, 'first.sock');
    const f = follower(path);
    await new Promise((r) => setTimeout(r, 600)); // a few failed attempts (ENOENT)
    expect(f.events).toEqual([]);
    const link = presenter(path);
    link.publish(at(2));
    await until(() => f.updates.length === 1, 'the first update');
    expect(f.events).toEqual(['connected']);
    expect(f.updates).toEqual([at(2)]);
  });

  it('survives the presenter quitting and a new one starting', async () => {
    const path = join(dir, 'restart.sock');
    const first = presenter(path);
    first.publish(at(3));
    const f = follower(path);
    await until(() => f.updates.length === 1, 'the first presenter');
    first.close();
    expect(existsSync(path)).toBe(false);
    await until(() => f.events.includes('disconnected'), 'the disconnection');
    await new Promise((r) => setTimeout(r, 400));
    const second = presenter(path);
    second.publish(at(5, 1));
    await until(() => f.updates.length === 2, 'the second presenter');
    expect(f.updates[1]).toEqual(at(5, 1));
    expect(f.events).toEqual(['connected', 'disconnected', 'connected']);
  });

  it('reconnects past a stale socket file left by a presenter that was killed', async () => {
    const path = join(dir, 'stale.sock');
    // A presenter killed with SIGKILL leaves its socket file behind, refusing connections.
    const killed = spawnSync(process.execPath, [
      '-e',
      `require('net').createServer().listen(${JSON.stringify(path)}, () => process.kill(process.pid, 'SIGKILL'))`,
    ]);
    expect(killed.signal).toBe('SIGKILL');
    expect(statSync(path).isSocket()).toBe(true);
    const f = follower(path);
    await new Promise((r) => setTimeout(r, 300));
    const link = presenter(path);
    link.publish(at(6));
    await until(() => f.updates.length === 1, 'the new presenter');
    expect(f.updates).toEqual([at(6)]);
  });

  it('the first presenter keeps the socket; a second waits, leaves it alone, and takes over once the first is gone', async () => {
    const path = join(dir, 'two.sock');
    const a = presenter(path);
    a.publish(at(1));
    await until(() => existsSync(path), 'the first socket');
    const inodeA = statSync(path).ino;
    const b = presenter(path);
    b.publish(at(2));
    const f = follower(path);
    await until(() => f.updates.length === 1, 'an update');
    // Well past the second presenter's first try: the notes view still follows the first.
    await new Promise((r) => setTimeout(r, STANDBY_RETRY_MS + 300));
    expect(statSync(path).ino).toBe(inodeA);
    b.close();
    expect(statSync(path).ino).toBe(inodeA);
    expect(f.updates).toEqual([at(1)]);
    // A third presenter, then the first quits: the third takes over within its retry.
    const c = presenter(path);
    c.publish(at(3));
    a.close();
    await until(() => f.updates.length === 2, 'the presenter that took over', STANDBY_RETRY_MS * 3);
    expect(f.updates[1]).toEqual(at(3));
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it(`accepts at most ${MAX_FOLLOWERS} notes views`, async () => {
    const path = join(dir, 'cap.sock');
    const link = presenter(path);
    link.publish(at(0));
    await until(() => existsSync(path), 'the socket file');
    const sockets: Socket[] = [];
    const heard: boolean[] = [];
    const closed: boolean[] = [];
    for (let i = 0; i < MAX_FOLLOWERS + 1; i++) {
      const s = createConnection(path);
      s.on('error', () => {});
      s.on('data', () => (heard[i] = true));
      s.on('close', () => (closed[i] = true));
      sockets.push(s);
      await until(() => heard[i] === true || closed[i] === true, `client ${i}`);
    }
    cleanups.push(() => sockets.forEach((s) => s.destroy()));
    expect(heard.filter(Boolean)).toHaveLength(MAX_FOLLOWERS);
    expect(closed[MAX_FOLLOWERS]).toBe(true);
  });

  it('ignores malformed, invalid and oversized lines', async () => {
    const path = join(dir, 'fake.sock');
    const fake: Server = createServer((s) => {
      s.write('not json\n{"slide":1,"step":0}\n{"slide":-1,"step":0,"startedAt":0}\n');
      s.write('{"slide":1.5,"step":0,"startedAt":0}\n[1,2,3]\nnull\n{"slide":"2","step":0,"startedAt":0}\n');
      // Valid JSON, but far too long to be an update; sent in pieces.
      s.write(`{"slide":9,"step":0,"startedAt":0${' '.repeat(40_000)}`);
      s.write(`${' '.repeat(40_000)}}\n`);
      s.write('{"slide":3,"step":1,"startedAt":5,"extra":true}\n{"slide":4,');
      setTimeout(() => s.write('"step":0,"startedAt":6}\n'), 20);
    });
    await new Promise<void>((r) => fake.listen(path, r));
    cleanups.push(() => fake.close());
    const f = follower(path);
    await until(() => f.updates.length === 2, 'the two valid updates');
    await new Promise((r) => setTimeout(r, 50));
    expect(f.updates).toEqual([
      { slide: 3, step: 1, startedAt: 5 },
      { slide: 4, step: 0, startedAt: 6 },
    ]);
  });

  it('a presenter whose socket cannot be created carries on silently', () => {
    const link = startPresenterLink(join(dir, 'missing-folder', 'x.sock'));
    expect(() => link.publish(at(1))).not.toThrow();
    link.close();
  });
});

describe('line parsing', () => {
  it('parseUpdate accepts only whole, non-negative positions and a finite start time', () => {
    expect(parseUpdate('{"slide":0,"step":0,"startedAt":0}')).toEqual({ slide: 0, step: 0, startedAt: 0 });
    expect(parseUpdate('{"slide":0,"step":0,"startedAt":1e400}')).toBeUndefined();
    expect(parseUpdate('{"slide":1e20,"step":0,"startedAt":0}')).toBeUndefined();
    expect(parseUpdate('{"slide":0,"step":null,"startedAt":0}')).toBeUndefined();
    expect(parseUpdate('"hello"')).toBeUndefined();
    expect(parseUpdate('')).toBeUndefined();
  });

  it('parseUpdate keeps the lesson shown when it is an absolute path, and ignores it otherwise', () => {
    expect(parseUpdate('{"slide":1,"step":0,"startedAt":5,"lesson":"/c/02-dua.md"}')).toEqual({ slide: 1, step: 0, startedAt: 5, lesson: '/c/02-dua.md' });
    for (const lesson of ['"02-dua.md"', '7', '"/c/a\\u0000b.md"', `"/${'x'.repeat(5000)}"`]) {
      expect(parseUpdate(`{"slide":1,"step":0,"startedAt":5,"lesson":${lesson}}`)).toEqual({ slide: 1, step: 0, startedAt: 5 });
    }
  });

  it('lineReader joins lines split across chunks and skips an oversized one to its end', () => {
    const lines: string[] = [];
    const feed = lineReader((l) => lines.push(l));
    feed('ab');
    feed('c\nde');
    feed('f\n');
    feed('x'.repeat(70_000));
    feed('y'.repeat(10));
    feed('z\nok\n');
    expect(lines).toEqual(['abc', 'def', 'ok']);
  });
});
