import type { PaintedScreen } from './first-paint.js';
import { restyle } from '../theme/styles.js';
import type { GraphicsEnv } from './graphics/detect.js';
import { runFullScreen, type TerminalIo } from './fullscreen.js';
import { PresenterShell, type OpenLesson, type ShellOptions } from './presenter-shell.js';

/** What presenting on the local terminal needs. */
export interface TerminalSession extends TerminalIo, ShellOptions {
  /** The lesson to open, or undefined for the course's lesson menu. */
  first: OpenLesson | undefined;
  /** The first slide is already on screen (first-paint.ts). */
  painted?: PaintedScreen;
  /** Ask the terminal whether it draws pictures (kitty, iTerm2, sixel); omitted: half blocks only. */
  graphics?: GraphicsEnv;
}

/** Presents full screen until the user quits; resolves with the exit code. */
export function presentOnTerminal(session: TerminalSession): Promise<number> {
  const { first, stdin, stdout, stderr, painted, graphics, ...options } = session;
  const placed = withPlacedPictures(options);
  return runFullScreen(
    { stdin, stdout, stderr },
    ({ viewport, keys, quit, placedPictures }) => (
      <PresenterShell options={placedPictures ? placed : options} first={first} viewport={viewport} keys={keys} onQuit={() => quit(0)} />
    ),
    { ...(painted ? { painted } : {}), ...(graphics ? { graphics } : {}) },
  ).done;
}

/**
 * The same shell options drawing pictures as kept cells, for a terminal that paints them
 * itself (runFullScreen says so with `placedPictures` once its graphics probe answered).
 */
export function withPlacedPictures<T extends ShellOptions>(options: T): T {
  return { ...options, styles: restyle(options.styles, { placedPictures: true }) };
}
