import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderStatusBar } from '../../../src/render/screens/status-bar.js';
import { stringsFor } from '../../../src/render/ui-strings.js';
import { JOIN_SCREEN, RESTORE_SCREEN } from '../../../src/follow/frame-writer.js';
import { Room } from '../../../src/follow/room.js';
import { Stage } from '../../../src/follow/stage.js';
import { DEFAULT_VIEWER_LIMITS, type ViewerIo } from '../../../src/follow/viewer.js';
import { DEFAULT_PACE, type PaceLimits } from '../../../src/follow/viewer-pace.js';
import { darkTheme } from '../../../src/theme/theme.js';
import { deckOf, plain, stylesAt } from '../../support/decks.js';

const deck = deckOf('# One\n\n---\n\n# Two\n\n---\n\n# Three\n');
const strings = stringsFor('en');

/** A connection that records what it was sent; `backlog` pretends the peer is slow. */
class FakeIo implements ViewerIo {
  out = '';
  backlog = 0;
  ended = false;
  destroyed = false;
  private drains: (() => void)[] = [];
  write(data: string) {
    this.out += data;
  }
  unsent() {
    return this.backlog;
  }
  onDrain(listener: () => void) {
    this.drains.push(listener);
  }
  end() {
    this.ended = true;
  }
  destroy() {
    this.destroyed = true;
  }
  drain() {
    this.backlog = 0;
    for (const d of this.drains) d();
  }
  take() {
    const out = this.out;
    this.out = '';
    return out;
  }
}

function setup(maxViewers = 10, pace?: PaceLimits) {
  const stage = new Stage(deck, strings);
  const audience: number[] = [];
  const room = new Room({ stage, theme: darkTheme, ascii: false, maxViewers, onAudience: (n) => audience.push(n), ...(pace ? { pace } : {}) });
  const join = (columns = 80, rows = 24, role: 'viewer' | 'presenter' = 'viewer') => {
    const io = new FakeIo();
    const viewer = room.join({ io, role, columns, rows, term: 'xterm-256color' });
    return { io, viewer };
  };
  return { stage, room, audience, join };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('room', () => {
  test('a viewer gets the alternate screen, then the slide, then only changed lines', () => {
    const { stage, join } = setup();
    const { io } = join();
    const first = io.take();
    expect(first.startsWith(JOIN_SCREEN)).toBe(true);
    expect(plain(first)).toContain('1/3');
    stage.move({ slide: 1, step: 0, scroll: 0 });
    const update = io.take();
    expect(plain(update)).toContain('2/3');
    expect(update).not.toContain('\u001B[2J');
    expect(update).not.toMatch(/[\r\n]/);
  });

  test('followers of the same size and color share one Frame: one render per update', () => {
    const { stage, room, join } = setup(300);
    const viewers = Array.from({ length: 200 }, () => join(100, 30));
    const before = room.frames.renders;
    stage.move({ slide: 2, step: 0, scroll: 0 });
    expect(room.frames.renders - before).toBe(1);
    const bytes = viewers.map((v) => v.io.take());
    expect(new Set(bytes).size).toBe(1);
  });

  test('turns away viewers beyond the limit with a message, and counts the audience', () => {
    const { room, audience, join } = setup(2);
    join();
    join();
    const third = join();
    expect(third.viewer).toBeUndefined();
    expect(third.io.out).toContain('This presentation is full (room for 2)');
    expect(third.io.out).toContain('\r\n');
    expect(third.io.ended).toBe(true);
    expect(room.viewers).toBe(2);
    expect(audience).toEqual([1, 2]);
  });

  test("one address gets its share of the room, with a message in the lesson's language; others still get in", () => {
    const { room } = setup(4);
    const refusals: unknown[] = [];
    const from = (source: string | undefined, role: 'viewer' | 'presenter' = 'viewer') => {
      const io = new FakeIo();
      const viewer = room.join({
        io,
        role,
        columns: 80,
        rows: 24,
        term: 'xterm',
        ...(source === undefined ? {} : { source }),
        onRefused: (r) => refusals.push(r),
      });
      return { io, viewer };
    };
    expect(room.maxViewersPerAddress).toBe(2);
    const first = [from('10.0.0.5'), from('10.0.0.5')];
    const third = from('10.0.0.5');
    expect(third.viewer).toBeUndefined();
    expect(third.io.out).toBe(
      'This presentation takes at most 2 viewers from one network address, and yours has them all. Ask the presenter to allow more.\r\n',
    );
    expect(third.io.ended).toBe(true);
    expect(refusals).toEqual([{ reason: 'address', max: 2 }]);
    // Presenters and local followers (no address) are not counted against it.
    expect(from('10.0.0.5', 'presenter').viewer).toBeDefined();
    expect(from('10.0.0.9').viewer).toBeDefined();
    // One of the first two leaves: its address has a place again.
    first[0]!.viewer!.gone();
    expect(from('10.0.0.5').viewer).toBeDefined();
    expect(room.viewers).toBe(3);
    expect(from(undefined).viewer).toBeDefined();
    // The room is full now: that is what a newcomer is told, whatever its address.
    const late = from('10.0.0.7');
    expect(late.io.out).toContain('This presentation is full (room for 4)');
    expect(refusals.at(-1)).toEqual({ reason: 'full', max: 4 });
  });

  test('the per-address message is in the lesson language', () => {
    const stage = new Stage(deckOf('---\nlang: id\n---\n\n# Satu\n'), stringsFor('id'));
    const room = new Room({ stage, theme: darkTheme, ascii: false, maxViewers: 10, maxViewersPerAddress: 1 });
    const join = () => {
      const io = new FakeIo();
      room.join({ io, role: 'viewer', columns: 80, rows: 24, term: 'xterm', source: '10.0.0.5' });
      return io;
    };
    join();
    expect(join().out).toContain('paling banyak 1 penonton dari satu alamat jaringan');
  });

  test('q gives the screen back and leaves; abrupt hang-ups leave no listener behind', () => {
    const { stage, room, audience, join } = setup(2000);
    const { io, viewer } = join();
    viewer!.input('q');
    expect(io.out.endsWith(RESTORE_SCREEN)).toBe(true);
    expect(io.ended).toBe(true);
    for (let i = 0; i < 1000; i++) join().viewer!.gone();
    expect(room.size).toBe(0);
    expect(room.viewers).toBe(0);
    expect(stage.listenerCount).toBe(0);
    expect(audience.at(-1)).toBe(0);
  });

  test("browsing shows the presenter's place and how to go back there; f follows again", () => {
    const { stage, join } = setup();
    const { io, viewer } = join();
    io.take();
    viewer!.input('\u001B[C');
    expect(viewer!.following).toBe(false);
    vi.advanceTimersByTime(100);
    const browsing = plain(io.take());
    expect(browsing).toMatch(/presenter 1\/3 · f: follow.*2\/3/);
    expect(browsing.match(/f: follow/g)).toHaveLength(1);
    // The presenter moves on: the browsing viewer's slide stays, its status bar says where.
    stage.move({ slide: 2, step: 0, scroll: 0 });
    vi.advanceTimersByTime(100);
    expect(plain(io.take())).toMatch(/presenter 3\/3 · f: follow.*2\/3/);
    viewer!.input('f');
    vi.advanceTimersByTime(100);
    const back = plain(io.take());
    expect(back).toContain('3/3');
    expect(back).not.toContain('presenter 3/3');
  });

  test('a slide linking another lesson shows no f hint to viewers, whose f follows the presenter', () => {
    const linked = deckOf('# One\n\nSee [the next lesson](./02-next.md).\n\n---\n\n# Two\n');
    const stage = new Stage(linked, strings);
    const room = new Room({ stage, theme: darkTheme, ascii: false, maxViewers: 5 });
    const io = new FakeIo();
    const viewer = room.join({ io, role: 'viewer', columns: 80, rows: 24, term: 'xterm' });
    expect(plain(io.take())).not.toContain('f: follow');
    viewer!.input('\u001B[C\u001B[D');
    vi.advanceTimersByTime(100);
    expect(plain(io.take()).match(/f: follow/g)).toHaveLength(1);
  });

  test("a viewer's help says f follows the presenter", () => {
    const { join } = setup();
    const { io, viewer } = join(100, 30);
    io.take();
    viewer!.input('?');
    vi.advanceTimersByTime(100);
    const help = plain(io.take());
    expect(help).toContain('follow the presenter again');
    expect(help).not.toContain('follow a link to another lesson');
  });

  test('a burst of keys is taken up to the key rate and drawn once', () => {
    // A slow refill, so the burst alone decides how many keys are taken.
    const { room, join } = setup(10, { ...DEFAULT_PACE, keysPerSecond: 0.01, keyBurst: 10 });
    const { io, viewer } = join();
    io.take();
    const before = room.frames.renders;
    // 1,000 presses of → and ← in one packet: at most a burst's worth are taken.
    viewer!.input('\u001B[C\u001B[D'.repeat(500) + '\u001B[C');
    vi.advanceTimersByTime(100);
    const out = io.take();
    expect(out).not.toBe('');
    // One screen drawn for the whole packet, and no more than two slides rendered.
    expect(room.frames.renders - before).toBeLessThanOrEqual(2);
    // What was over the rate was dropped: an even number of keys taken leaves us on slide 1.
    expect(plain(out)).toContain('1/3');
  });

  test('browsing viewers share Frames: the second one to look at a slide costs no render', () => {
    const { room, join } = setup();
    const a = join(120, 40);
    const b = join(120, 40);
    a.viewer!.input('\u001B[C');
    vi.advanceTimersByTime(100);
    const renders = room.frames.renders;
    b.viewer!.input('\u001B[C');
    vi.advanceTimersByTime(100);
    expect(room.frames.renders).toBe(renders);
    expect(plain(b.io.take())).toMatch(/presenter 1\/3.*2\/3/);
  });

  test('a presenter moves the stage for everyone', () => {
    const { stage, join } = setup();
    const viewer = join();
    const presenter = join(80, 24, 'presenter');
    presenter.viewer!.input('\u001B[C');
    expect(stage.snapshot.position.slide).toBe(1);
    expect(plain(viewer.io.out)).toContain('2/3');
  });

  test("a presenter's burst of keys moves the stage once, to where it ended", () => {
    const { stage, join } = setup();
    const presenter = join(80, 24, 'presenter');
    const moves: number[] = [];
    stage.subscribe((snap) => moves.push(snap.position.slide));
    presenter.viewer!.input('\u001B[C\u001B[C');
    expect(moves).toEqual([2]);
  });

  test('window-change bursts are laid out once, clamped', () => {
    const { join } = setup();
    const { io, viewer } = join();
    io.take();
    for (let i = 0; i < 500; i++) viewer!.resize(50 + (i % 7), 20);
    viewer!.resize(100_000, 100_000);
    expect(io.out).toBe('');
    vi.advanceTimersByTime(DEFAULT_VIEWER_LIMITS.resizeSettleMs + 1);
    expect(viewer!.size).toEqual({ width: 400, height: 199 });
    expect(io.take().match(/\u001B\[2J/g)).toHaveLength(1);
  });

  test('a slow reader gets only the latest frame once it catches up', () => {
    const { stage, join } = setup();
    const { io, viewer } = join();
    io.take();
    io.backlog = DEFAULT_VIEWER_LIMITS.softUnsent + 1;
    stage.move({ slide: 1, step: 0, scroll: 0 });
    stage.move({ slide: 2, step: 0, scroll: 0 });
    expect(io.out).toBe('');
    io.drain();
    const caught = plain(io.take());
    expect(caught).toContain('3/3');
    expect(caught).not.toContain('2/3');
    expect(viewer!.following).toBe(true);
  });

  test('a reader that never catches up is dropped', () => {
    const { stage, room, join } = setup();
    const { io } = join();
    io.backlog = DEFAULT_VIEWER_LIMITS.softUnsent + 1;
    stage.move({ slide: 1, step: 0, scroll: 0 });
    vi.advanceTimersByTime(DEFAULT_VIEWER_LIMITS.stallMs + 1);
    expect(io.destroyed).toBe(true);
    expect(room.size).toBe(0);
  });

  test('more unsent output than the cap drops the connection at once', () => {
    const { stage, room, join } = setup();
    const { io } = join();
    const write = io.write.bind(io);
    io.write = (data) => {
      write(data);
      io.backlog = DEFAULT_VIEWER_LIMITS.maxUnsent + 1;
    };
    stage.move({ slide: 1, step: 0, scroll: 0 });
    expect(io.destroyed).toBe(true);
    expect(room.size).toBe(0);
  });
});

describe('presenter status bar', () => {
  test('shows how many viewers watch, and drops it before the counter on narrow screens', () => {
    const info = { title: 'Deck', slide: 2, slideCount: 9, step: 1, stepCount: 1, viewers: 12 };
    expect(plain(renderStatusBar(info, 80, stylesAt(0), strings))).toMatch(/12 viewers\s+2\/9/);
    expect(plain(renderStatusBar({ ...info, viewers: 1 }, 80, stylesAt(0), stringsFor('id')))).toContain('1 penonton');
    const narrow = plain(renderStatusBar(info, 12, stylesAt(0), strings));
    expect(narrow).toContain('2/9');
    expect(narrow).not.toContain('viewers');
  });
});
