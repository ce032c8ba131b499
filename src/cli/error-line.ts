import { guardLine } from '../render/text/sgr/guard.js';

/**
 * The one line lectern writes to stderr for a message: `lectern: MESSAGE`. Messages carry
 * file names, YAML values, theme keys and link targets from outside, so each goes through
 * the output guard here, whatever module wrote it.
 */
export function errorLine(message: string): string {
  return `lectern: ${guardLine(message)}\n`;
}
