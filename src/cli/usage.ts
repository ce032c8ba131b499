/**
 * The help texts: `lectern --help` (every command) and `lectern COMMAND --help` (that
 * command's options only), both made from the option table so they never disagree with
 * what the parser accepts.
 */
import { COMMANDS, optionHelp, optionsOf, type CommandName, type OptionSpec } from './options.js';
import { KEYS_USAGE } from './keys-usage.js';

/** What each command does, and the arguments besides its options. */
const COMMAND_TEXT: Record<CommandName, { args: string; does: string }> = {
  present: {
    args: '[PATH]',
    does: `present PATH (a .md file, a folder of lessons, or - for stdin); without PATH, the
bundled slides. A folder opens its lesson menu; lectern offers to continue where you
stopped last time. Not a terminal: same as print.`,
  },
  print: { args: '[PATH]', does: "write every slide's Frame as the screen shows it, separated by form-feed lines" },
  check: {
    args: '[PATH]',
    does: `will it work on the projector? Reports, with FILE:LINE, content taller or wider than
each screen, tables that cannot fit, broken relative links, misspelt directives, empty
slides and lost notes. Exit 1 when it finds any`,
  },
  export: {
    args: '[PATH]',
    does: `every slide whole, as the screen draws it: one web page (a folder: the course, with a
lesson menu), a PDF of it (printed by Chromium or Chrome), one SVG picture per slide
(OUT-01.svg… or into folder OUT/), or every Frame as text (txt) or with colors (ansi)`,
  },
  notes: {
    args: '[PATH]',
    does: `speaker notes, for a second terminal or tmux pane: follows lectern presenting PATH
(its notes, the next slide's title, elapsed time and clock); waits for it when it is not running`,
  },
  serve: {
    args: '[PATH]',
    does: `present PATH here while students watch with ssh -p PORT anyname@HOST
(← → browse, f follow, q leave)`,
  },
  follow: { args: '', does: 'watch a presentation served with --socket on this machine (e.g. as an sshd ForceCommand)' },
};

function spelling(option: OptionSpec): string {
  const long = `--${option.name}${option.value === undefined ? '' : ` ${option.value}`}`;
  return option.short === undefined ? long : `-${option.short}, ${long}`;
}

function synopsis(command: CommandName): string {
  const words = ['lectern', ...(command === 'present' ? [] : [command]), COMMAND_TEXT[command].args].filter((w) => w !== '');
  const options = optionsOf(command)
    .filter((o) => o.name !== 'help' && o.name !== 'version')
    .map((o) => `[--${o.name}${o.value === undefined ? '' : ` ${o.value}`}]`);
  // Wrap the synopsis at 92 columns, continuation lines indented.
  const lines: string[] = [];
  let line = words.join(' ');
  for (const option of options) {
    if (line.length + 1 + option.length > 92) {
      lines.push(line);
      line = `       ${option}`;
    } else line += ` ${option}`;
  }
  lines.push(line);
  return lines.join('\n');
}

function optionLines(command: CommandName): string {
  const options = optionsOf(command);
  const width = options.reduce((most, o) => Math.max(most, spelling(o).length), 0) + 3;
  return options.map((o) => `  ${spelling(o).padEnd(width)}${optionHelp(o, command)}`).join('\n');
}

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line) => by + line)
    .join('\n');

/** `lectern COMMAND --help`: what the command does and only the options it takes. */
export function usageOf(command: CommandName): string {
  return `${synopsis(command)}

${indent(COMMAND_TEXT[command].does, '  ')}

Options:
${optionLines(command)}${command === 'present' || command === 'serve' ? `\n\n${KEYS_USAGE}` : ''}`;
}

/** The help text (`lectern --help`): every command, and where to read each one's options. */
export const USAGE = `lectern — present Markdown lessons as slides in the terminal

Usage:
${COMMANDS.map((command) => `${indent(synopsis(command), '  ')}\n${indent(COMMAND_TEXT[command].does, '        ')}`).join('\n')}
  lectern --help | --version
  lectern COMMAND --help         that command's options only

${KEYS_USAGE}`;
