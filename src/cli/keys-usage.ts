import { stringsFor } from '../render/ui-strings.js';
import { keyHelpLines } from '../session/keymap.js';

/** The keys, as the usage text lists them: written from the one key table (session/keymap.ts). */
export const KEYS_USAGE = `Keys:\n${keyHelpLines(stringsFor('en'))
  .map((line) => `  ${line}`)
  .join('\n')}`;
