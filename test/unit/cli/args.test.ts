import { describe, expect, it } from 'vitest';
import { parseArgs, parseSize, UsageError, USAGE, usageOf } from '../../../src/cli/args.js';
import { COMMANDS, OPTIONS, optionsOf } from '../../../src/cli/options.js';

function usageError(argv: readonly string[]): UsageError {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error(`parseArgs accepted ${JSON.stringify(argv)}`);
}

describe('parseArgs: serve secrets', () => {
  it('takes the viewer password from a file, or from the command line, not both', () => {
    expect(parseArgs(['serve', 'x.md', '--viewer-password-file', 'pw.txt'])).toMatchObject({
      kind: 'serve',
      viewerPasswordFile: 'pw.txt',
      viewerPassword: undefined,
    });
    expect(parseArgs(['serve', 'x.md', '--viewer-password', 'pw'])).toMatchObject({ kind: 'serve', viewerPassword: 'pw', viewerPasswordFile: undefined });
    expect(usageError(['serve', '--viewer-password', 'pw', '--viewer-password-file', 'pw.txt']).message).toBe(
      'serve: give --viewer-password or --viewer-password-file, not both',
    );
  });
});

describe('parseArgs: serve viewers per address', () => {
  it('defaults to half the room, rounded up, and takes any share up to the whole room', () => {
    expect(parseArgs(['serve', 'x.md'])).toMatchObject({ maxViewers: 200, maxViewersPerAddress: 100 });
    expect(parseArgs(['serve', 'x.md', '--max-viewers', '31'])).toMatchObject({ maxViewers: 31, maxViewersPerAddress: 16 });
    expect(parseArgs(['serve', 'x.md', '--max-viewers', '40', '--max-viewers-per-address', '40'])).toMatchObject({ maxViewersPerAddress: 40 });
    expect(usageError(['serve', '--max-viewers', '40', '--max-viewers-per-address', '41']).message).toBe(
      '--max-viewers-per-address: expected a number from 1 to --max-viewers (40) (got "41")',
    );
    expect(usageError(['serve', '--max-viewers-per-address', '0']).message).toContain('--max-viewers-per-address: expected');
  });
});

describe('parseArgs', () => {
  it('no arguments: present the bundled slides with automatic color', () => {
    expect(parseArgs([])).toMatchObject({ kind: 'present', path: undefined, color: 'auto', size: undefined });
  });

  it('a path: present it; `-` is a path (stdin), not an option', () => {
    expect(parseArgs(['lesson.md'])).toMatchObject({ kind: 'present', path: 'lesson.md' });
    expect(parseArgs(['-'])).toMatchObject({ kind: 'present', path: '-' });
  });

  it('print with --size and --color', () => {
    const command = parseArgs(['print', 'deck.md', '--size', '100x30', '--color', 'never']);
    expect(command).toMatchObject({ kind: 'print', path: 'deck.md', color: 'never', size: { columns: 100, rows: 30 } });
  });

  it('print accepts options before the path and no path at all', () => {
    expect(parseArgs(['print', '--color', 'always', 'x.md'])).toMatchObject({ kind: 'print', path: 'x.md', color: 'always', size: undefined });
    expect(parseArgs(['print'])).toMatchObject({ kind: 'print', path: undefined, color: 'auto' });
  });

  it('accepts the `--opt=value` form', () => {
    expect(parseArgs(['print', '--size=80x24', '--color=always'])).toMatchObject({ kind: 'print', size: { columns: 80, rows: 24 }, color: 'always' });
  });

  it('a later option wins', () => {
    expect(parseArgs(['print', '--color', 'never', '--color', 'always'])).toMatchObject({ color: 'always' });
  });

  it('--help, -h, --version, -v', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['print', 'x.md', '--help'])).toEqual({ kind: 'help', command: 'print' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
  });

  it('refuses a bad size', () => {
    for (const size of ['80', '80x', 'x24', 'axb', '0x24', '80x1', '401x24', '80x201', '80*24', '-80x24']) {
      expect(usageError(['print', '--size', size]).message).toContain('--size');
    }
  });

  it('refuses a bad color mode', () => {
    expect(usageError(['--color', 'sometimes']).message).toBe('--color: expected auto, always or never (got "sometimes")');
    expect(usageError(['--color=']).message).toContain('--color');
    expect(usageError(['--color', 'NEVER']).message).toContain('--color');
  });

  it('refuses an option without its value', () => {
    expect(usageError(['print', '--size']).message).toBe('--size: needs a value');
    expect(usageError(['--color']).message).toBe('--color: needs a value');
  });

  it('refuses unknown options, long and short', () => {
    expect(usageError(['--fast']).message).toBe('unknown option --fast (see lectern --help)');
    expect(usageError(['-x', 'deck.md']).message).toContain('unknown option -x');
    expect(usageError(['--fast=yes']).message).toContain('unknown option --fast');
  });

  it('refuses too many paths', () => {
    expect(usageError(['a.md', 'b.md']).message).toContain('expected one PATH');
    expect(usageError(['print', 'a.md', 'b.md']).message).toContain('print takes one PATH');
  });

  it('every message is one line', () => {
    for (const argv of [['--size', 'big'], ['--color', 'x'], ['--nope'], ['a', 'b', 'c'], ['--color']]) {
      expect(usageError(argv).message).not.toContain('\n');
    }
  });

  it('the help text names the commands and options', () => {
    for (const word of ['lectern print', '--size', '--color', '--help', '--version']) expect(USAGE).toContain(word);
  });
});

describe('parseSize', () => {
  it('reads COLSxROWS, either case of x, trimming spaces', () => {
    expect(parseSize('80x24')).toEqual({ columns: 80, rows: 24 });
    expect(parseSize(' 120X40 ')).toEqual({ columns: 120, rows: 40 });
  });

  it('accepts the limits and refuses beyond them', () => {
    expect(parseSize('1x2')).toEqual({ columns: 1, rows: 2 });
    expect(parseSize('400x200')).toEqual({ columns: 400, rows: 200 });
    expect(() => parseSize('400x201')).toThrow(UsageError);
    expect(() => parseSize('0x2')).toThrow(UsageError);
    expect(() => parseSize('12345x10')).toThrow(UsageError);
  });

  it('quotes what it got', () => {
    expect(() => parseSize('huge')).toThrow('(got "huge")');
  });
});

describe('parseArgs: each command takes only its own options', () => {
  it('refuses an option of another command, naming the option and the command', () => {
    expect(usageError(['print', 'slides', '--port', '80', '--viewer-password', 'x']).message).toBe(
      '--port is not an option of lectern print (see lectern print --help)',
    );
    expect(usageError(['check', '--theme', 'light', '--start', '5']).message).toBe('--theme is not an option of lectern check (see lectern check --help)');
    expect(usageError(['follow', '--socket', 's', '--color', 'never']).message).toContain('lectern follow');
    expect(usageError(['notes', '--no-resume']).message).toBe('--no-resume is not an option of lectern notes (see lectern notes --help)');
    expect(usageError(['export', '--format', 'txt', '--fast']).message).toBe('unknown option --fast for lectern export (see lectern export --help)');
  });

  it('refuses a value given to a flag', () => {
    expect(usageError(['print', '--ascii=yes']).message).toBe('--ascii: takes no value (got "yes")');
  });

  it('every command takes every option its help lists, and refuses the others', () => {
    for (const command of COMMANDS) {
      const mine = new Set(optionsOf(command).map((o) => o.name));
      for (const option of OPTIONS) {
        if (option.name === 'help' || option.name === 'version') continue;
        const argv = [...(command === 'present' ? [] : [command]), `--${option.name}${option.type === 'string' ? '=x' : ''}`];
        let message = '';
        try {
          parseArgs(argv);
        } catch (error) {
          message = (error as Error).message;
        }
        const refusedAsForeign = /is not an option of|unknown option/.test(message);
        expect(refusedAsForeign, `${command} --${option.name}: ${message}`).toBe(!mine.has(option.name));
      }
    }
  });

  it("COMMAND --help is that command's help and lists its options only", () => {
    expect(parseArgs(['serve', '--help'])).toEqual({ kind: 'help', command: 'serve' });
    const serve = usageOf('serve');
    for (const option of optionsOf('serve')) expect(serve).toContain(`--${option.name}`);
    for (const foreign of ['--format', '--slides', '--no-resume', '--output']) expect(serve).not.toContain(foreign);
    expect(usageOf('check')).not.toContain('--theme');
    expect(usageOf('print')).toContain('--size COLSxROWS');
  });
});
