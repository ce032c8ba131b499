/**
 * A remote terminal's color depth. Over SSH only TERM arrives (in the pty request);
 * COLORTERM is not sent by default, so truecolor is never assumed.
 */
import type { ColorLevel } from '../theme/styles.js';

/** 256 colors for a `*256color*` TERM, none for `dumb`, else the basic 16. */
export function colorLevelForTerm(term: string | undefined): ColorLevel {
  const t = (term ?? '').toLowerCase();
  if (t === 'dumb') return 0;
  return t.includes('256') ? 2 : 1;
}
