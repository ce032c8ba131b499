import type { Position } from '../deck/types.js';
import type { CourseLesson } from '../load/course.js';
import type { Styles } from '../theme/styles.js';
import { runFullScreen, type TerminalIo } from './fullscreen.js';
import { PresenterShell, type OpenLesson } from './presenter-shell.js';

/** What presenting on the local terminal needs. */
export interface TerminalSession extends TerminalIo {
  styles: Styles;
  envLang: string | undefined;
  /** The lesson to open, or undefined for the course's lesson menu. */
  first: OpenLesson | undefined;
  course: readonly CourseLesson[];
  courseName: string;
  courseLang?: string;
  resumeFile: string | undefined;
  watch: boolean;
  /** Told of every position change (notes view). */
  onPosition?: (position: Position, lesson: OpenLesson) => void;
}

/** Presents full screen until the user quits; resolves with the exit code. */
export function presentOnTerminal(session: TerminalSession): Promise<number> {
  const { first, stdin, stdout, stderr, ...options } = session;
  return runFullScreen({ stdin, stdout, stderr }, ({ viewport, keys, quit }) => (
    <PresenterShell options={options} first={first} viewport={viewport} keys={keys} onQuit={() => quit(0)} />
  )).done;
}
