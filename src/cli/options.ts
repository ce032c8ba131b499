/**
 * Every option lectern takes, once, and which commands take it. The parser (args.ts) and
 * the help texts (usage.ts) both read this table, so an option cannot be accepted by a
 * command whose help does not list it, or listed where it is refused.
 */

/** A lectern command; `present` is the one run without a command word. */
export type CommandName = 'present' | 'print' | 'check' | 'export' | 'notes' | 'serve' | 'follow';

/** The command words, in the order the help lists them. */
export const COMMANDS: readonly CommandName[] = ['present', 'print', 'check', 'export', 'notes', 'serve', 'follow'];

/** One option: its spelling, whether it takes a value, and what the help says of it. */
export interface OptionSpec {
  /** The long name, without `--`. */
  name: string;
  short?: string;
  /** A string option takes a value (shown as `value` in the help); a boolean one does not. */
  type: 'string' | 'boolean';
  /** The value's placeholder in the help, e.g. `COLSxROWS`. */
  value?: string;
  /** Commands that take it. */
  commands: readonly CommandName[];
  /** What the help says, per command when it differs (the default under `'*'`). */
  help: Partial<Record<CommandName | '*', string>>;
}

const DRAWING: readonly CommandName[] = ['present', 'print', 'export', 'notes', 'serve'];

/** The option table. */
export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'size',
    type: 'string',
    value: 'COLSxROWS',
    commands: ['present', 'print', 'check', 'export'],
    help: {
      '*': "screen size (default: the terminal's, else 80x24)",
      present: 'screen size when standard output is not a terminal (then it prints)',
      check: 'a screen to check for (default 80x24); repeat it for several',
      export: 'screen size the slides are drawn at (default 100x30)',
    },
  },
  {
    name: 'color',
    type: 'string',
    value: 'MODE',
    commands: ['present', 'print', 'notes', 'serve'],
    help: { '*': 'auto (default), always or never; NO_COLOR and FORCE_COLOR are respected' },
  },
  {
    name: 'theme',
    type: 'string',
    value: 'NAME|FILE',
    commands: DRAWING,
    help: { '*': 'dark (default), light, high-contrast, mono, or a YAML/JSON theme file' },
  },
  { name: 'ascii', type: 'boolean', commands: [...DRAWING, 'check'], help: { '*': 'pure ASCII drawing (automatic when the locale is not UTF-8)' } },
  {
    name: 'format',
    type: 'string',
    value: 'F',
    commands: ['check', 'export'],
    help: { check: 'text (default) or json', export: 'html, pdf, svg, txt or ansi (required)' },
  },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    value: 'OUT',
    commands: ['export'],
    help: { export: 'where to write (default: standard output; svg needs it)' },
  },
  { name: 'slides', type: 'string', value: 'LIST', commands: ['export'], help: { export: 'only these slides, e.g. 1,5 or 2-4' } },
  { name: 'notes', type: 'boolean', commands: ['export'], help: { export: "html, pdf: each slide's speaker notes under it" } },
  { name: 'crop', type: 'boolean', commands: ['export'], help: { export: 'svg: trim the empty rows below the content' } },
  { name: 'no-status', type: 'boolean', commands: ['export'], help: { export: 'svg: leave out the status bar' } },
  { name: 'start', type: 'string', value: 'N', commands: ['present', 'serve'], help: { '*': 'start at slide N (instead of offering to resume)' } },
  { name: 'no-resume', type: 'boolean', commands: ['present'], help: { present: 'do not offer to continue where you stopped, nor remember' } },
  {
    name: 'host',
    type: 'string',
    value: 'H',
    commands: ['serve'],
    help: { serve: 'address to listen on (default 127.0.0.1; 0.0.0.0 for a classroom)' },
  },
  { name: 'port', type: 'string', value: 'N', commands: ['serve'], help: { serve: 'SSH port (default 2222; 0 picks a free one)' } },
  {
    name: 'socket',
    type: 'string',
    value: 'PATH',
    commands: ['serve', 'follow'],
    help: { serve: 'also (with --host/--port, else only) serve on this local socket', follow: 'the socket to watch (required)' },
  },
  { name: 'max-viewers', type: 'string', value: 'N', commands: ['serve'], help: { serve: 'viewers at once (default 200); more are turned away' } },
  {
    name: 'max-viewers-per-address',
    type: 'string',
    value: 'N',
    commands: ['serve'],
    help: { serve: 'viewers at once from one network address (default: half of --max-viewers)' },
  },
  { name: 'viewer-password', type: 'string', value: 'PW', commands: ['serve'], help: { serve: 'viewers need this password (default: anyone may watch)' } },
  {
    name: 'viewer-password-file',
    type: 'string',
    value: 'FILE',
    commands: ['serve'],
    help: { serve: "the viewers' password is the first line of FILE (not seen in ps)" },
  },
  { name: 'viewer-keys', type: 'string', value: 'FILE', commands: ['serve'], help: { serve: 'viewers need a key from this authorized_keys file' } },
  {
    name: 'presenter-keys',
    type: 'string',
    value: 'FILE',
    commands: ['serve'],
    help: { serve: 'keys that may log in as presenter@HOST and drive the slides' },
  },
  { name: 'help', short: 'h', type: 'boolean', commands: COMMANDS, help: { '*': 'this help' } },
  { name: 'version', short: 'v', type: 'boolean', commands: ['present'], help: { present: 'the version' } },
];

/** The options `command` takes, in table order. */
export function optionsOf(command: CommandName): OptionSpec[] {
  return OPTIONS.filter((option) => option.commands.includes(command));
}

/** What the help says of `option` for `command`. */
export function optionHelp(option: OptionSpec, command: CommandName): string {
  return option.help[command] ?? option.help['*'] ?? '';
}
