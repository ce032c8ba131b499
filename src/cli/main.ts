import { InputError } from '../deck/input-error.js';
import { readSource } from '../load/read-source.js';
import { USAGE, UsageError, parseArgs, usageOf, type CliCommand } from './args.js';
import { present } from './commands/present.js';
import { print } from './commands/print.js';
import { BUNDLED_SLIDES, open, openKeyboard, readStdin, version } from './deck-input.js';
import { errorLine } from './error-line.js';

export { BUNDLED_SLIDES } from './deck-input.js';

/**
 * The program: argv in, exit code out. The only place that reads process.argv/env and
 * decides between presenting, printing and failing with one clear line.
 */
export async function main(argv: readonly string[]): Promise<number> {
  // Piping into `head` closes stdout early; that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  try {
    return await run(parseArgs(argv));
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      process.stderr.write(errorLine(error.message));
      return 2;
    }
    process.stderr.write(errorLine(`internal error: ${error instanceof Error ? error.message : String(error)}`));
    return 1;
  }
}

// Commands other than presenting and printing are imported when run: in the one bundle, the
// modules only they use (serve's SSH server, exports, check) then do not run their top-level
// code at every start, and the presenter's first slide does not wait for them.
async function run(command: CliCommand): Promise<number> {
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${command.command === undefined ? USAGE : usageOf(command.command)}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${version()}\n`);
      return 0;
    case 'serve':
      return (await import('./commands/serve.js')).serveCommand(command);
    case 'follow':
      return (await import('./commands/follow.js')).follow(command);
    case 'print':
      return print(await open(command.path), command);
    case 'present': {
      // No terminal to show slides on or to read keys from: print them instead.
      const keys = process.stdout.isTTY ? openKeyboard() : undefined;
      if (!keys) return print(await open(command.path), command);
      try {
        return await present(await readSource(command.path ?? BUNDLED_SLIDES, readStdin), command, keys);
      } finally {
        // A /dev/tty stream of our own keeps the process alive (and reading) until closed.
        if (keys !== process.stdin) keys.destroy();
      }
    }
    case 'check':
      return (await import('./commands/check.js')).check(command);
    case 'export':
      return (await import('./commands/export.js')).exportSlides(command);
    case 'notes': {
      if (!process.stdout.isTTY) throw new UsageError('notes needs a terminal: run it in a second terminal or tmux pane');
      if (command.path === '-') throw new UsageError('notes needs a lesson file to follow, not standard input');
      return (await import('./commands/notes.js')).notes(await open(command.path), command);
    }
  }
}
