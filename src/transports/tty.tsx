import { render, type Instance } from 'ink';
import type { Deck, Position } from '../deck/types.js';
import { screenViewport } from '../render/frame.js';
import type { Styles } from '../theme/styles.js';
import { App, type KeySource } from '../ui/App.js';
import { decodeKeys, type Key } from '../ui/key-decoder.js';
import { ENTER_SCREEN, InkStdout, LEAVE_SCREEN, silentStdin } from './terminal-screen.js';

/** What presenting on the local terminal needs. */
export interface TerminalSession {
  deck: Deck;
  styles: Styles;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  start?: Position;
}

/** Bursts of resize events (a window being dragged) are laid out once, this long after the last. */
const RESIZE_SETTLE_MS = 30;

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Presents a deck full screen (alternate screen) until the user quits. The terminal is
 * restored on every way out: q/Esc/Ctrl-C, SIGINT, SIGTERM, SIGHUP, and uncaught errors.
 * Resolves with the exit code.
 */
export function presentOnTerminal(session: TerminalSession): Promise<number> {
  const { deck, styles, stdin, stdout, stderr } = session;
  const inkOut = new InkStdout((data) => stdout.write(data), stdout.columns || 80, stdout.rows || 24);
  const listeners = new Set<(keys: Key[]) => void>();
  const keys: KeySource = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return new Promise<number>((resolve) => {
    let instance: Instance | undefined;
    let resizeTimer: NodeJS.Timeout | undefined;
    let done = false;

    const app = () => (
      <App
        deck={deck}
        styles={styles}
        viewport={screenViewport(inkOut.columns, inkOut.rows)}
        keys={keys}
        onQuit={() => finish(0)}
        {...(session.start ? { start: session.start } : {})}
      />
    );

    const onData = (chunk: string | Buffer) => {
      const batch = decodeKeys(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      if (batch.length > 0) for (const listener of listeners) listener(batch);
    };
    const onResize = () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => {
        if (done || !instance) return;
        inkOut.setSize(stdout.columns || 80, stdout.rows || 24);
        // The terminal reflowed what was on screen; start from a clean one and let Ink
        // forget the lines it thinks are there, so it writes the whole new Frame.
        stdout.write('\u001B[H\u001B[2J');
        instance.clear();
        instance.rerender(app());
      }, RESIZE_SETTLE_MS);
    };
    const signalHandlers = Object.entries(SIGNAL_EXIT_CODES).map(([signal, code]) => {
      const handler = () => {
        restore();
        process.exit(code);
      };
      process.on(signal, handler);
      return [signal, handler] as const;
    });
    const onFatal = (error: unknown) => {
      restore();
      stderr.write(`lectern: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    };

    function restore() {
      if (done) return;
      done = true;
      clearTimeout(resizeTimer);
      try {
        instance?.unmount();
      } catch {
        // Unmounting can fail mid-crash; the terminal must still be restored below.
      }
      stdin.off('data', onData);
      stdout.off('resize', onResize);
      for (const [signal, handler] of signalHandlers) process.off(signal, handler);
      process.off('uncaughtException', onFatal);
      process.off('unhandledRejection', onFatal);
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.pause();
      stdout.write(LEAVE_SCREEN);
    }

    function finish(code: number) {
      restore();
      resolve(code);
    }

    process.on('uncaughtException', onFatal);
    process.on('unhandledRejection', onFatal);
    stdout.write(ENTER_SCREEN);
    if (stdin.isTTY) stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.resume();
    stdout.on('resize', onResize);

    instance = render(app(), {
      stdout: inkOut as unknown as NodeJS.WriteStream,
      stdin: silentStdin(),
      stderr,
      exitOnCtrlC: false,
      patchConsole: false,
      // Only changed lines are written; frames are one line short of the screen (see screenViewport).
      incrementalRendering: true,
    });
  });
}
