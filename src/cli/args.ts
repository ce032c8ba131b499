import type { ColorMode } from '../theme/color-level.js';
import { stringsFor } from '../render/ui-strings.js';
import { keyHelpLines } from '../session/keymap.js';
import type { ExportFormat } from '../output/export.js';

/** A parsed command line. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  /** `lectern serve [PATH]`: present here while viewers watch over SSH or a local socket. */
  | ({ kind: 'serve'; path: string | undefined; color: ColorMode; start: number | undefined } & ServeOptions & LookOptions)
  /** `lectern follow --socket PATH`: watch a presentation served on this machine. */
  | { kind: 'follow'; socket: string }
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
  | ({ kind: 'notes'; path: string | undefined; color: ColorMode } & LookOptions)
  /** `lectern check [PATH]`: lint the deck for each `--size` (default 80x24). */
  | { kind: 'check'; path: string | undefined; sizes: { columns: number; rows: number }[]; format: 'text' | 'json'; ascii: boolean | undefined }
  /** `lectern export [PATH] --format F`: the deck's Frames as a web page, pictures or text. */
  | ({
      kind: 'export';
      path: string | undefined;
      format: ExportFormat;
      /** `-o`: a file, or for svg a file name pattern or folder; undefined or `-`: stdout. */
      output: string | undefined;
      size: { columns: number; rows: number } | undefined;
      /** `--slides`: 1-based slide numbers to export, in order; undefined: all. */
      slides: number[] | undefined;
    } & LookOptions);


const EXPORT_FORMATS = new Set<string>(['html', 'txt', 'ansi', 'svg']);

/** How slides look, for every command that draws them. */
export interface LookOptions {
  /** `--theme`: a built-in name or a theme file; undefined leaves it to the deck. */
  theme: string | undefined;
  /** `--ascii`: pure ASCII output; undefined decides from the locale. */
  ascii: boolean | undefined;
}

/** How `lectern serve` serves. */
export interface ServeOptions {
  /** Serve SSH (false when only `--socket` was given). */
  ssh: boolean;
  host: string;
  /** 0: any free port (the one chosen is printed). */
  port: number;
  socket: string | undefined;
  maxViewers: number;
  viewerPassword: string | undefined;
  /** A file whose first line is the viewers' password (kept out of `ps`). */
  viewerPasswordFile: string | undefined;
  /** authorized_keys files. */
  viewerKeys: string | undefined;
  presenterKeys: string | undefined;
}

/** The port `lectern serve` listens on unless told otherwise. */
export const DEFAULT_SERVE_PORT = 2222;

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
  lectern serve [PATH] [--host H] [--port N] [--socket PATH] [--max-viewers N]
        [--viewer-password PW | --viewer-password-file FILE | --viewer-keys FILE]
        [--presenter-keys FILE]
                                 present PATH here while students watch with
                                 ssh -p PORT anyname@HOST (← → browse, f follow, q leave)
  lectern follow --socket PATH   watch a presentation served with --socket on this
                                 machine (e.g. as an sshd ForceCommand)
  lectern notes [PATH]           speaker notes, for a second terminal or tmux pane: follows
                                 lectern presenting PATH (its notes, the next slide's title,
                                 elapsed time and clock); waits for it when it is not running
  lectern check [PATH] [--size COLSxROWS]... [--format text|json]
                                 will it work on the projector? Reports, with FILE:LINE, content
                                 taller or wider than each screen (default 80x24), tables that
                                 cannot fit, broken relative links, misspelt directives, empty
                                 slides and lost notes. Exit 1 when it finds any
  lectern export [PATH] --format html|svg|txt|ansi [-o OUT] [--size COLSxROWS] [--slides LIST]
                                 the slides as the screen shows them (default 100x30): one web
                                 page, one SVG picture per slide (OUT-01.svg… or into folder
                                 OUT/), or every Frame as text (txt) or with colors (ansi)
  lectern --help | --version

Options:
  --size COLSxROWS   screen size for print (default: the terminal's, else 80x24), check
                     (repeat it for several screens) and export
  --format F         check: text (default) or json; export: html, svg, txt or ansi
  -o, --output OUT   export: where to write (default: standard output; svg needs it)
  --slides LIST      export: only these slides, e.g. 1,5 or 2-4
  --color MODE       auto (default), always or never; NO_COLOR and FORCE_COLOR are respected
  --theme NAME|FILE  dark (default), light, high-contrast, mono, or a YAML/JSON theme file
  --ascii            pure ASCII output (automatic when the locale is not UTF-8)
  --start N          start at slide N (instead of offering to resume)
  --no-resume        do not offer to continue where you stopped
  --host H           serve: address to listen on (default 127.0.0.1; 0.0.0.0 for a classroom)
  --port N           serve: SSH port (default 2222; 0 picks a free one)
  --socket PATH      serve: also (with --port, else only) serve on a local socket;
                     follow: the socket to watch
  --max-viewers N    serve: viewers at once (default 200); more are turned away
  --viewer-password PW, --viewer-keys FILE
                     serve: viewers need this password or a key from this
                     authorized_keys file (default: anyone may watch)
  --viewer-password-file FILE
                     serve: the password is the first line of FILE (not seen in ps)
  --presenter-keys FILE
                     serve: keys that may log in as presenter@HOST and drive the slides

Keys:
${keyHelpLines(stringsFor('en'))
  .map((line) => `  ${line}`)
  .join('\n')}`;

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

/** Parses `--slides`: `1,5`, `2-4` or a mix, into 1-based slide numbers (in that order, once each). */
export function parseSlideList(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(',')) {
    const match = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/.exec(part);
    const from = Number(match?.[1]);
    const to = match?.[2] === undefined ? from : Number(match[2]);
    if (!match || from < 1 || to < from) throw new UsageError(`--slides: expected slide numbers like 1,5 or 2-4 (got "${text}")`);
    for (let n = from; n <= to; n++) if (!out.includes(n)) out.push(n);
  }
  return out;
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
  const serveFlags = { host: '127.0.0.1', port: DEFAULT_SERVE_PORT, socket: undefined as string | undefined, maxViewers: 200 };
  const secrets = {
    viewerPassword: undefined as string | undefined,
    viewerPasswordFile: undefined as string | undefined,
    viewerKeys: undefined as string | undefined,
    presenterKeys: undefined as string | undefined,
  };
  let sshAsked = false;
  const sizes: { columns: number; rows: number }[] = [];
  let format: string | undefined;
  let output: string | undefined;
  let slides: number[] | undefined;
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
        sizes.push(size);
        break;
      case '--format':
        format = value();
        break;
      case '-o':
      case '--output':
        output = value();
        break;
      case '--slides':
        slides = parseSlideList(value());
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
      case '--host': {
        const host = value();
        if (!/^[0-9A-Za-z.:%_-]{1,255}$/.test(host)) throw new UsageError(`--host: expected an address or host name (got "${host}")`);
        serveFlags.host = host;
        sshAsked = true;
        break;
      }
      case '--port': {
        const text = value();
        if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new UsageError(`--port: expected a port from 0 to 65535 (got "${text}")`);
        serveFlags.port = Number(text);
        sshAsked = true;
        break;
      }
      case '--socket':
        serveFlags.socket = value();
        break;
      case '--max-viewers': {
        const text = value();
        if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 10000) throw new UsageError(`--max-viewers: expected a number from 1 to 10000 (got "${text}")`);
        serveFlags.maxViewers = Number(text);
        break;
      }
      case '--viewer-password': {
        const password = value();
        if (password === '') throw new UsageError('--viewer-password: must not be empty');
        secrets.viewerPassword = password;
        break;
      }
      case '--viewer-password-file':
        secrets.viewerPasswordFile = value();
        break;
      case '--viewer-keys':
        secrets.viewerKeys = value();
        break;
      case '--presenter-keys':
        secrets.presenterKeys = value();
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag} (see lectern --help)`);
        positional.push(arg);
    }
  }
  const [first, ...rest] = positional;
  if (first === 'serve') {
    if (rest.length > 1) throw new UsageError(`serve takes one PATH (got ${rest.length})`);
    // --socket alone serves only the socket; --host or --port asks for SSH as well.
    const ssh = serveFlags.socket === undefined || sshAsked;
    if (secrets.viewerPassword !== undefined && secrets.viewerPasswordFile !== undefined) {
      throw new UsageError('serve: give --viewer-password or --viewer-password-file, not both');
    }
    return { kind: 'serve', path: rest[0], color, start, theme, ascii, ssh, ...serveFlags, ...secrets };
  }
  if (first === 'follow') {
    if (rest.length > 0) throw new UsageError('follow takes no PATH, only --socket PATH');
    if (serveFlags.socket === undefined) throw new UsageError('follow: needs --socket PATH (the one lectern serve --socket was given)');
    return { kind: 'follow', socket: serveFlags.socket };
  }
  if (first === 'print') {
    if (rest.length > 1) throw new UsageError(`print takes one PATH (got ${rest.length})`);
    return { kind: 'print', path: rest[0], color, size, theme, ascii };
  }
  if (first === 'check') {
    if (rest.length > 1) throw new UsageError(`check takes one PATH (got ${rest.length})`);
    if (format !== undefined && format !== 'text' && format !== 'json') throw new UsageError(`--format: check writes text or json (got "${format}")`);
    return { kind: 'check', path: rest[0], sizes: sizes.length > 0 ? sizes : [{ columns: 80, rows: 24 }], format: format ?? 'text', ascii };
  }
  if (first === 'export') {
    if (rest.length > 1) throw new UsageError(`export takes one PATH (got ${rest.length})`);
    if (format === undefined) throw new UsageError('export: needs --format html, svg, txt or ansi');
    if (!EXPORT_FORMATS.has(format)) throw new UsageError(`--format: export writes html, svg, txt or ansi (got "${format}")`);
    if (format === 'svg' && (output === undefined || output === '-')) throw new UsageError('export --format svg: needs -o OUT (one picture per slide: OUT-01.svg… or OUT/ for a folder)');
    return { kind: 'export', path: rest[0], format: format as ExportFormat, output, size, slides, theme, ascii };
  }
  if (first === 'notes') {
    if (rest.length > 1) throw new UsageError(`notes takes one PATH (got ${rest.length})`);
    return { kind: 'notes', path: rest[0], color, theme, ascii };
  }
  if (positional.length > 1) throw new UsageError(`expected one PATH (got ${positional.length}: ${positional.join(' ')})`);
  // --size matters only when stdout is not a terminal (then presenting prints).
  return { kind: 'present', path: first, color, size, start, resume, theme, ascii };
}
