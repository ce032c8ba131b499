import { parseArgs as parseArgv } from 'node:util';
import type { ColorMode } from '../theme/color-level.js';
import type { ExportFormat } from '../output/export.js';
import { defaultViewersPerAddress } from '../follow/address-share.js';
import { COMMANDS, OPTIONS, optionsOf, type CommandName } from './options.js';

export { USAGE, usageOf } from './usage.js';

/** A parsed command line. */
export type CliCommand =
  /** `--help`; with `command`, that command's help (`lectern print --help`). */
  | { kind: 'help'; command?: CommandName }
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
      /** `--notes` (html, pdf): speaker notes under each slide. */
      notes: boolean;
      /** `--crop` (svg): trim the empty rows below the content. */
      crop: boolean;
      /** `--no-status` (svg): leave out the status bar. */
      noStatus: boolean;
    } & LookOptions);

const EXPORT_FORMATS = new Set<string>(['html', 'txt', 'ansi', 'svg', 'pdf']);

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
  /** Viewers one network address may have at once (a share of the room, so one machine cannot fill it). */
  maxViewersPerAddress: number;
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

// node:util's parser, told every option of every command (one spelling, one type each), so
// it splits words into options, values and positionals the same way whatever the command;
// which options the command takes is checked after, on its tokens, to name both in the error.
const PARSER_OPTIONS = Object.fromEntries(
  OPTIONS.map((o) => [o.name, o.short === undefined ? { type: o.type, multiple: true } : { type: o.type, short: o.short, multiple: true }]),
);

type Values = Map<string, string[]>;

/** Parses argv (without node and the script). Throws UsageError on anything unknown. */
export function parseArgs(argv: readonly string[]): CliCommand {
  const { tokens } = parseArgv({ args: [...argv], options: PARSER_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const given: { name: string; raw: string; value: string | undefined }[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    // `--` ends the options; what follows is positional and arrives as such.
    else if (token.kind === 'option') given.push({ name: token.name, raw: token.rawName, value: token.value });
  }
  const word = positional[0];
  const command: CommandName = word !== undefined && word !== 'present' && (COMMANDS as readonly string[]).includes(word) ? (word as CommandName) : 'present';
  const paths = command === 'present' ? positional : positional.slice(1);
  const takes = new Map(optionsOf(command).map((o) => [o.name, o]));
  // --help wins over everything else on the line, as in most tools.
  if (given.some((g) => g.name === 'help' && takes.has('help'))) return command === 'present' ? { kind: 'help' } : { kind: 'help', command };
  const values: Values = new Map();
  for (const { name, raw, value } of given) {
    const spec = takes.get(name);
    if (spec === undefined) {
      const flag = raw.startsWith('--') ? `--${name}` : raw;
      if (command === 'present') throw new UsageError(`unknown option ${flag} (see lectern --help)`);
      const known = OPTIONS.some((o) => o.name === name);
      throw new UsageError(`${known ? `${flag} is not an option of` : `unknown option ${flag} for`} lectern ${command} (see lectern ${command} --help)`);
    }
    if (spec.type === 'string' && value === undefined) throw new UsageError(`--${name}: needs a value`);
    if (spec.type === 'boolean' && value !== undefined) throw new UsageError(`--${name}: takes no value (got "${value}")`);
    values.set(name, [...(values.get(name) ?? []), value ?? '']);
  }
  if (values.has('version')) return { kind: 'version' };
  return commandFrom(command, paths, values);
}

const last = (values: Values, name: string): string | undefined => values.get(name)?.at(-1);

function onePath(command: CommandName, paths: readonly string[]): string | undefined {
  if (paths.length > 1) {
    if (command === 'present') throw new UsageError(`expected one PATH (got ${paths.length}: ${paths.join(' ')})`);
    throw new UsageError(`${command} takes one PATH (got ${paths.length})`);
  }
  return paths[0];
}

function colorOf(values: Values): ColorMode {
  const mode = last(values, 'color') ?? 'auto';
  if (!COLOR_MODES.has(mode as ColorMode)) throw new UsageError(`--color: expected auto, always or never (got "${mode}")`);
  return mode as ColorMode;
}

function startOf(values: Values): number | undefined {
  const text = last(values, 'start');
  if (text === undefined) return undefined;
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1) throw new UsageError(`--start: expected a slide number from 1 (got "${text}")`);
  return Number(text);
}

function lookOf(values: Values): LookOptions {
  return { theme: last(values, 'theme'), ascii: values.has('ascii') ? true : undefined };
}

function sizeOf(values: Values): { columns: number; rows: number } | undefined {
  const text = last(values, 'size');
  return text === undefined ? undefined : parseSize(text);
}

function numberIn(values: Values, name: string, min: number, max: number, fallback: number, what: string): number {
  const text = last(values, name);
  if (text === undefined) return fallback;
  if (!/^\d{1,5}$/.test(text) || Number(text) < min || Number(text) > max) throw new UsageError(`--${name}: expected ${what} (got "${text}")`);
  return Number(text);
}

function commandFrom(command: CommandName, paths: readonly string[], values: Values): CliCommand {
  switch (command) {
    case 'follow': {
      if (paths.length > 0) throw new UsageError('follow takes no PATH, only --socket PATH');
      const socket = last(values, 'socket');
      if (socket === undefined) throw new UsageError('follow: needs --socket PATH (the one lectern serve --socket was given)');
      return { kind: 'follow', socket };
    }
    case 'serve':
      return serveFrom(onePath(command, paths), values);
    case 'print':
      return { kind: 'print', path: onePath(command, paths), color: colorOf(values), size: sizeOf(values), ...lookOf(values) };
    case 'check': {
      const path = onePath(command, paths);
      const format = last(values, 'format') ?? 'text';
      if (format !== 'text' && format !== 'json') throw new UsageError(`--format: check writes text or json (got "${format}")`);
      const sizes = (values.get('size') ?? []).map(parseSize);
      return { kind: 'check', path, sizes: sizes.length > 0 ? sizes : [{ columns: 80, rows: 24 }], format, ascii: lookOf(values).ascii };
    }
    case 'export': {
      const path = onePath(command, paths);
      const format = last(values, 'format');
      if (format === undefined) throw new UsageError('export: needs --format html, pdf, svg, txt or ansi');
      if (!EXPORT_FORMATS.has(format)) throw new UsageError(`--format: export writes html, pdf, svg, txt or ansi (got "${format}")`);
      const output = last(values, 'output');
      if (format === 'svg' && (output === undefined || output === '-')) {
        throw new UsageError('export --format svg: needs -o OUT (one picture per slide: OUT-01.svg… or OUT/ for a folder)');
      }
      const slides = last(values, 'slides');
      return {
        kind: 'export',
        path,
        format: format as ExportFormat,
        output,
        size: sizeOf(values),
        slides: slides === undefined ? undefined : parseSlideList(slides),
        notes: values.has('notes'),
        crop: values.has('crop'),
        noStatus: values.has('no-status'),
        ...lookOf(values),
      };
    }
    case 'notes':
      return { kind: 'notes', path: onePath(command, paths), color: colorOf(values), ...lookOf(values) };
    case 'present':
      // --size matters only when stdout is not a terminal (then presenting prints).
      return {
        kind: 'present',
        path: onePath(command, paths),
        color: colorOf(values),
        size: sizeOf(values),
        start: startOf(values),
        resume: !values.has('no-resume'),
        ...lookOf(values),
      };
  }
}

function serveFrom(path: string | undefined, values: Values): CliCommand {
  const host = last(values, 'host') ?? '127.0.0.1';
  if (!/^[0-9A-Za-z.:%_-]{1,255}$/.test(host)) throw new UsageError(`--host: expected an address or host name (got "${host}")`);
  const port = numberIn(values, 'port', 0, 65535, DEFAULT_SERVE_PORT, 'a port from 0 to 65535');
  const maxViewers = numberIn(values, 'max-viewers', 1, 10000, 200, 'a number from 1 to 10000');
  const maxViewersPerAddress = numberIn(
    values,
    'max-viewers-per-address',
    1,
    maxViewers,
    defaultViewersPerAddress(maxViewers),
    `a number from 1 to --max-viewers (${maxViewers})`,
  );
  const viewerPassword = last(values, 'viewer-password');
  if (viewerPassword === '') throw new UsageError('--viewer-password: must not be empty');
  const viewerPasswordFile = last(values, 'viewer-password-file');
  if (viewerPassword !== undefined && viewerPasswordFile !== undefined) {
    throw new UsageError('serve: give --viewer-password or --viewer-password-file, not both');
  }
  const socket = last(values, 'socket');
  // --socket alone serves only the socket; --host or --port asks for SSH as well.
  const ssh = socket === undefined || values.has('host') || values.has('port');
  return {
    kind: 'serve',
    path,
    color: colorOf(values),
    start: startOf(values),
    ...lookOf(values),
    ssh,
    host,
    port,
    socket,
    maxViewers,
    maxViewersPerAddress,
    viewerPassword,
    viewerPasswordFile,
    viewerKeys: last(values, 'viewer-keys'),
    presenterKeys: last(values, 'presenter-keys'),
  };
}
