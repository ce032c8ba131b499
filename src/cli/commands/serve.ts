import { basename, dirname } from 'node:path';
import type { ParsedKey } from 'ssh2';
import { InputError } from '../../deck/input-error.js';
import { courseAround } from '../../load/course.js';
import { FileReadError, READ_LIMITS, readRegularFileSync } from '../../load/read-file.js';
import { guardText } from '../../render/text/sgr/guard.js';
import { detectColorLevel } from '../../theme/color-level.js';
import { loadInkVendor } from '../../terminal/ink/ink-vendor.js';
import type { CliCommand } from '../args.js';
import { keyboard, open } from '../deck-input.js';
import { errorLine } from '../error-line.js';
import { stylesFor } from '../look.js';

/**
 * `lectern serve`: present on this terminal (headless when stdout is not one) while viewers
 * watch over SSH and/or a local socket.
 */
export async function serveCommand(command: Extract<CliCommand, { kind: 'serve' }>): Promise<number> {
  delete process.env['CI']; // as in present(): a terminal is showing it.
  const { deck, source } = await open(command.path);
  const viewerPassword = command.viewerPasswordFile === undefined ? command.viewerPassword : readPasswordFile(command.viewerPasswordFile);
  const viewerKeys = command.viewerKeys === undefined ? undefined : await readKeyFile(command.viewerKeys, '--viewer-keys');
  const presenterKeys = command.presenterKeys === undefined ? undefined : await readKeyFile(command.presenterKeys, '--presenter-keys');
  const onTerminal = process.stdout.isTTY === true;
  const level = detectColorLevel(command.color, onTerminal, process.env);
  const styles = await stylesFor(deck, command, level);
  const course = await courseAround(source.path, source.course);
  const menu = source.course.length > 1;
  const start = command.start === undefined ? undefined : { slide: command.start - 1, step: 0, scroll: 0 };
  await loadInkVendor();
  const { serve } = await import('./serve-session.js');
  const { configDir } = await import('../../follow/ssh/host-key.js');
  try {
    return await serve({
      deck,
      lessonPath: source.path,
      first: menu ? undefined : { deck, path: source.path, ...(start ? { start } : {}) },
      shell: {
        styles,
        envLang: process.env['LANG'],
        course,
        courseName: source.path === '-' ? 'stdin' : basename(dirname(source.path)),
        ...(deck.meta.lang === undefined ? {} : { courseLang: deck.meta.lang }),
        // Viewers follow the slide the teacher is on: no offer to resume somewhere else.
        resumeFile: undefined,
        watch: source.path !== '-',
      },
      theme: styles.theme,
      // Each viewer draws in ASCII by --ascii or by its own locale, not by the teacher's.
      ascii: command.ascii === true,
      maxViewers: command.maxViewers,
      maxViewersPerAddress: command.maxViewersPerAddress,
      ssh: command.ssh
        ? {
            host: command.host,
            port: command.port,
            hostKeyDir: configDir(process.env),
            auth: {
              ...(viewerPassword === undefined ? {} : { viewerPassword }),
              ...(viewerKeys ? { viewerKeys } : {}),
              ...(presenterKeys ? { presenterKeys } : {}),
            },
          }
        : undefined,
      socketPath: command.socket,
      terminal: onTerminal ? { stdin: keyboard(), stdout: process.stdout, stderr: process.stderr } : undefined,
      // The banner and the log name the lesson (front matter, file names): guarded like every message.
      out: (text) => void process.stdout.write(guardText(text)),
      env: process.env,
    });
  } catch (error) {
    // A port in use, a folder we cannot write: one line, and a failed run.
    process.stderr.write(errorLine(error instanceof Error ? error.message : String(error)));
    return 1;
  }
}

/** The first line of a password file (--viewer-password-file); InputError when unreadable or empty. */
function readPasswordFile(path: string): string {
  const text = readServeFile(path, '--viewer-password-file', READ_LIMITS.password);
  const password = text.split(/\r?\n/, 1)[0] ?? '';
  if (password === '') throw new InputError(`--viewer-password-file ${path}: its first line is empty`);
  return password;
}

/** Reads an authorized_keys file for `flag`; InputError when it cannot be read or has a line that is not a key. */
async function readKeyFile(path: string, flag: string): Promise<ParsedKey[]> {
  const { parseAuthorizedKeys } = await import('../../follow/ssh/auth.js');
  const text = readServeFile(path, flag, READ_LIMITS.keys);
  const { keys, bad, refused } = parseAuthorizedKeys(text);
  if (bad.length > 0) throw new InputError(`${flag} ${path}: line ${bad[0]} is not a public key`);
  if (refused[0]) throw new InputError(`${flag} ${path}: line ${refused[0].line} ${refused[0].why}`);
  if (keys.length === 0) throw new InputError(`${flag} ${path}: has no keys`);
  return keys;
}

/** A file serve was given (`flag PATH`): a regular file, capped; InputError naming the flag otherwise. */
function readServeFile(path: string, flag: string, cap: number): string {
  try {
    return readRegularFileSync(path, { cap, name: `${flag} ${path}` }).bytes.toString('utf8');
  } catch (error) {
    if (error instanceof FileReadError)
      throw new InputError(`${flag} ${path}: cannot read it (${error.code ?? error.message.slice(flag.length + path.length + 3)})`);
    throw error;
  }
}
