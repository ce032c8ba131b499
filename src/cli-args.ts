import type { ColorMode } from './theme/color-level.js';

/** A parsed command line. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({
      kind: 'present';
      path: string | undefined;
      color: ColorMode;
      size: { columns: number; rows: number } | undefined;
      /** 1-based slide to start at (skips the resume offer). */
      start: number | undefined;
      resume: boolean;
    } & LookOptions)
  | ({ kind: 'print'; path: string | undefined; color: ColorMode; size: { columns: number; rows: number } | undefined } & LookOptions)
  /** `lectern notes [PATH]`: the speaker-notes view that follows a presenter of PATH. */
  | ({ kind: 'notes'; path: string | undefined; color: ColorMode } & LookOptions);

/** How slides look, for every command that draws them. */
export interface LookOptions {
  /** `--theme`: a built-in name or a theme file; undefined leaves it to the deck. */
  theme: string | undefined;
  /** `--ascii`: pure ASCII output; undefined decides from the locale. */
  ascii: boolean | undefined;
}

/** A command line the user got wrong; the CLI prints it and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The help text (`lectern --help`). */
export const USAGE = `lectern — present Markdown lessons as slides in the terminal

Usage:
  lectern [PATH] [--start N] [--no-resume]
                                 present PATH (a .md file, a folder of lessons, or - for stdin);
                                 without PATH, the bundled slides. Not a terminal: same as print.
                                 A folder opens its lesson menu; lectern offers to continue
                                 where you stopped last time.
  lectern print [PATH] [--size COLSxROWS] [--color auto|always|never] [--theme T] [--ascii]
                                 write every slide's Frame as the screen shows it,
                                 separated by form-feed lines
  lectern notes [PATH]           speaker notes, for a second terminal or tmux pane: follows
                                 lectern presenting PATH (its notes, the next slide's title,
                                 elapsed time and clock); waits for it when it is not running
  lectern --help | --version

Options:
  --size COLSxROWS   screen size for print (default: the terminal's, else 80x24)
  --color MODE       auto (default), always or never; NO_COLOR and FORCE_COLOR are respected
  --theme NAME|FILE  dark (default), light, high-contrast, mono, or a YAML/JSON theme file
  --ascii            pure ASCII output (automatic when the locale is not UTF-8)
  --start N          start at slide N (instead of offering to resume)
  --no-resume        do not offer to continue where you stopped

Keys: → ↓ space l j PgDn next · ← ↑ h k PgUp back · g/Home G/End first/last ·
      number+Enter go to slide · ? help · q Esc Ctrl-C quit`;

const COLOR_MODES = new Set<ColorMode>(['auto', 'always', 'never']);

/** Parses `COLSxROWS`, e.g. `80x24`. */
export function parseSize(text: string): { columns: number; rows: number } {
  const match = /^(\d{1,4})x(\d{1,4})$/i.exec(text.trim());
  const columns = Number(match?.[1]);
  const rows = Number(match?.[2]);
  if (!match || columns < 1 || rows < 2 || columns > 400 || rows > 200) {
    throw new UsageError(`--size: expected COLSxROWS between 1x2 and 400x200, like 80x24 (got "${text}")`);
  }
  return { columns, rows };
}

/** Parses argv (without node and the script). Throws UsageError on anything unknown. */
export function parseArgs(argv: readonly string[]): CliCommand {
  const positional: string[] = [];
  let color: ColorMode = 'auto';
  let size: { columns: number; rows: number } | undefined;
  let start: number | undefined;
  let resume = true;
  let theme: string | undefined;
  let ascii: boolean | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag}: needs a value`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '--color': {
        const mode = value() as ColorMode;
        if (!COLOR_MODES.has(mode)) throw new UsageError(`--color: expected auto, always or never (got "${mode}")`);
        color = mode;
        break;
      }
      case '--size':
        size = parseSize(value());
        break;
      case '--start': {
        const text = value();
        if (!/^\d{1,6}$/.test(text) || Number(text) < 1) throw new UsageError(`--start: expected a slide number from 1 (got "${text}")`);
        start = Number(text);
        break;
      }
      case '--no-resume':
        resume = false;
        break;
      case '--theme':
        theme = value();
        break;
      case '--ascii':
        ascii = true;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag} (see lectern --help)`);
        positional.push(arg);
    }
  }
  const [first, ...rest] = positional;
  if (first === 'print') {
    if (rest.length > 1) throw new UsageError(`print takes one PATH (got ${rest.length})`);
    return { kind: 'print', path: rest[0], color, size, theme, ascii };
  }
  if (first === 'notes') {
    if (rest.length > 1) throw new UsageError(`notes takes one PATH (got ${rest.length})`);
    return { kind: 'notes', path: rest[0], color, theme, ascii };
  }
  if (positional.length > 1) throw new UsageError(`expected one PATH (got ${positional.length}: ${positional.join(' ')})`);
  // --size matters only when stdout is not a terminal (then presenting prints).
  return { kind: 'present', path: first, color, size, start, resume, theme, ascii };
}
