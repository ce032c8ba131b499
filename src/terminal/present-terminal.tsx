import type { PaintedScreen } from './first-paint.js';
import { runFullScreen, type TerminalIo } from './fullscreen.js';
import { PresenterShell, type OpenLesson, type ShellOptions } from './presenter-shell.js';

/** What presenting on the local terminal needs. */
export interface TerminalSession extends TerminalIo, ShellOptions {
  /** The lesson to open, or undefined for the course's lesson menu. */
  first: OpenLesson | undefined;
  /** The first slide is already on screen (first-paint.ts). */
  painted?: PaintedScreen;
}

/** Presents full screen until the user quits; resolves with the exit code. */
export function presentOnTerminal(session: TerminalSession): Promise<number> {
  const { first, stdin, stdout, stderr, painted, ...options } = session;
  return runFullScreen(
    { stdin, stdout, stderr },
    ({ viewport, keys, quit }) => <PresenterShell options={options} first={first} viewport={viewport} keys={keys} onQuit={() => quit(0)} />,
    painted ? { painted } : {},
  ).done;
}
