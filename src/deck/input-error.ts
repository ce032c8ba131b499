/**
 * An error the user caused (bad path, unreadable file, bad front matter). The CLI prints
 * its message as one line on stderr and exits 2; it never carries a stack trace to the user.
 */
export class InputError extends Error {
  override name = 'InputError';

  constructor(
    message: string,
    /** What is wrong with a lesson, for messages in the interface's language (live reload). */
    readonly problem?: LessonProblem,
  ) {
    super(message);
  }
}

/** Why a lesson's text cannot be shown, in words that can be translated. */
export type LessonProblem =
  | { kind: 'too-large'; megabytes: string; limit: number }
  | { kind: 'binary' }
  | { kind: 'not-utf8'; byte: number }
  | { kind: 'empty' }
  /** Front matter that is not YAML key: value lines; `line` in the file when known. */
  | { kind: 'front-matter'; line?: number }
  | { kind: 'no-slides' }
  /** The file could not be read (`code` as the system says: ENOENT, EACCES…). */
  | { kind: 'unreadable'; code: string };
