import { guardLine } from '../render/text/sgr/guard.js';
import { render, type Instance } from 'ink';
import type { ReactElement } from 'react';
import { screenViewport, type Viewport } from '../render/frame.js';
import type { KeySource } from './views/App.js';
import { decodeKeys, type Key } from '../session/key-decoder.js';
import type { PaintedScreen } from './first-paint.js';
import { ENTER_SCREEN, LEAVE_SCREEN } from '../render/text/terminal-codes.js';
import { InkStdout, silentStdin } from './ink/ink-stdout.js';
import { onExitSignals } from '../session/exit-signals.js';
import type { GraphicsEnv } from './graphics/detect.js';
import { PicturePainter } from './graphics/painter.js';
import { listenForPlacements } from './graphics/placements-channel.js';
import { GraphicsProbe } from './graphics/probe.js';
import { onJobControl } from './job-control.js';

/** The terminal a full-screen view runs on. */
export interface TerminalIo {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** What a full-screen view is given to draw itself. */
export interface ViewControls {
  viewport: Viewport;
  keys: KeySource;
  /** Ends the session with an exit code. */
  quit: (code: number) => void;
  /** The terminal draws pictures itself (a graphics protocol answered): render with placedPictures. */
  placedPictures?: boolean;
}

/** A running full-screen session: lets the owner redraw (new deck, new state) and stop it. */
export interface FullScreenSession {
  /**
   * Re-renders the view (e.g. after the deck was reloaded). Calls in one turn of the event
   * loop are drawn once, with the state at the time of drawing: the latest of a burst.
   */
  refresh(): void;
  quit(code: number): void;
  /** Resolves with the exit code once the terminal is restored. */
  done: Promise<number>;
}

/** Bursts of resize events (a window being dragged) are laid out once, this long after the last. */
const RESIZE_SETTLE_MS = 30;

/**
 * Runs an Ink view full screen (alternate screen, raw keys) until it quits. The terminal is
 * restored on every way out: quit, SIGINT, SIGTERM, SIGHUP, SIGQUIT and uncaught errors, and
 * given back while suspended (Ctrl-Z, SIGTSTP) until `fg`.
 */
export function runFullScreen(
  io: TerminalIo,
  view: (controls: ViewControls) => ReactElement,
  options: { painted?: PaintedScreen; graphics?: GraphicsEnv } = {},
): FullScreenSession {
  const { stdin, stdout, stderr } = io;
  // Pictures: the terminal is asked what it can draw once the first slide is up; until it
  // answers (or if it cannot), pictures are half blocks like everywhere else.
  const probe = options.graphics && stdin.isTTY ? new GraphicsProbe(options.graphics) : undefined;
  let painter: PicturePainter | undefined;
  let placedPictures = false;
  // While suspended (Ctrl-Z) the screen is the shell's: nothing of Ink's may land there.
  let suspended = false;
  const inkOut = new InkStdout(
    (data) => {
      if (suspended) return;
      if (painter) painter.inkWrite(data);
      else stdout.write(data);
    },
    stdout.columns || 80,
    stdout.rows || 24,
  );
  const listeners = new Set<(keys: Key[]) => void>();
  const keys: KeySource = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  let instance: Instance | undefined;
  let resizeTimer: NodeJS.Timeout | undefined;
  let restored = false;
  let resolveDone: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => (resolveDone = resolve));

  const element = () => view({ viewport: screenViewport(inkOut.columns, inkOut.rows), keys, quit, ...(placedPictures ? { placedPictures } : {}) });

  const onData = (chunk: string | Buffer) => {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    const decoded = decodeKeys(probe ? probe.feed(text) : text);
    const batch = decoded.filter((key) => key.name !== 'ctrl-z');
    if (batch.length > 0) for (const listener of [...listeners]) listener(batch);
    if (batch.length < decoded.length) jobs.suspend();
  };
  const jobs = onJobControl(
    () => {
      suspended = true;
      clearTimeout(resizeTimer);
      stdout.write(LEAVE_SCREEN);
      if (stdin.isTTY) stdin.setRawMode(false);
    },
    () => {
      if (restored) return;
      suspended = false;
      stdout.write(ENTER_SCREEN);
      if (stdin.isTTY) stdin.setRawMode(true);
      // The size may have changed while we were stopped; then lay out anew, else repaint.
      const columns = stdout.columns || 80;
      const rows = stdout.rows || 24;
      if (columns !== inkOut.columns || rows !== inkOut.rows) {
        inkOut.setSize(columns, rows);
        instance?.clear();
        instance?.rerender(element());
      } else inkOut.repaintAll();
    },
  );
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (restored || suspended || !instance) return;
      inkOut.setSize(stdout.columns || 80, stdout.rows || 24);
      // The terminal reflowed what was on screen; start from a clean one and let Ink
      // forget the lines it thinks are there, so it writes the whole new Frame.
      stdout.write('\u001B[H\u001B[2J');
      painter?.forget();
      instance.clear();
      instance.rerender(element());
    }, RESIZE_SETTLE_MS);
  };
  const stopSignals = onExitSignals((code) => {
    restore();
    process.exit(code);
  });
  const onFatal = (error: unknown) => {
    restore();
    stderr.write(`lectern: internal error: ${guardLine(error instanceof Error ? error.message : String(error))}\n`);
    process.exit(1);
  };

  function restore() {
    if (restored) return;
    restored = true;
    clearTimeout(resizeTimer);
    try {
      instance?.unmount();
    } catch {
      // Unmounting can fail mid-crash; the terminal must still be restored below.
    }
    stdin.off('data', onData);
    stdout.off('resize', onResize);
    probe?.stop();
    listenForPlacements(undefined);
    painter?.dispose();
    stopSignals();
    jobs.stop();
    process.off('uncaughtException', onFatal);
    process.off('unhandledRejection', onFatal);
    if (stdin.isTTY) stdin.setRawMode(false);
    stdin.pause();
    stdout.write(LEAVE_SCREEN);
  }

  function quit(code: number) {
    restore();
    resolveDone(code);
  }

  process.on('uncaughtException', onFatal);
  process.on('unhandledRejection', onFatal);
  // A first slide painted before Ink was loaded (first-paint.ts) is already on the alternate
  // screen: Ink draws the same Frame over it. Unless the terminal was resized meanwhile.
  const painted = options.painted;
  const unchanged = painted !== undefined && painted.columns === (stdout.columns || 80) && painted.rows === (stdout.rows || 24);
  if (!unchanged) stdout.write(ENTER_SCREEN);
  if (stdin.isTTY) stdin.setRawMode(true);
  stdin.on('data', onData);
  stdin.resume();
  stdout.on('resize', onResize);

  instance = render(element(), {
    stdout: inkOut as unknown as NodeJS.WriteStream,
    stdin: silentStdin(),
    stderr,
    exitOnCtrlC: false,
    patchConsole: false,
    // Only changed lines are written; frames are one line short of the screen (see screenViewport).
    incrementalRendering: true,
  });

  probe?.start((data) => stdout.write(data));
  void probe?.result.then((support) => {
    if (restored || !support.protocol) return;
    const drawer = new PicturePainter((data) => stdout.write(data), support.protocol, support.cell);
    painter = drawer;
    listenForPlacements((placements) => drawer.show(placements));
    placedPictures = true;
    instance?.rerender(element());
  });

  // A burst of updates in one read (a presenter's pasted keys reach `lectern notes` as 60+
  // positions at once) must not rerender synchronously for each: React gives up on nested
  // updates past a depth (error #185). Coalesce to one render with the latest state.
  let refreshQueued = false;
  return {
    refresh: () => {
      if (refreshQueued) return;
      refreshQueued = true;
      setImmediate(() => {
        refreshQueued = false;
        if (!restored) instance?.rerender(element());
      });
    },
    quit,
    done,
  };
}
