import type { CliCommand } from '../args.js';

/** `lectern follow --socket PATH`: this terminal watches a presentation served on a local socket. */
export async function follow(command: Extract<CliCommand, { kind: 'follow' }>): Promise<number> {
  delete process.env['CI']; // as in present(): a terminal is showing it.
  const { followOverSocket } = await import('../../follow/socket/client.js');
  const env = process.env;
  const locale = env['LC_ALL'] || env['LC_CTYPE'] || env['LANG'];
  return followOverSocket(command.socket, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, term: env['TERM'], locale });
}
