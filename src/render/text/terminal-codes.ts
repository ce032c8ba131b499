/**
 * The escape sequences lectern itself writes around a session, on the local terminal and
 * for remote viewers alike: the alternate screen (so the shell's scrollback is never
 * touched), the cursor hidden, and both given back on leaving.
 */
import { SGR_RESET } from './sgr/tokens.js';

/** Enters the alternate screen, hides the cursor and clears that screen (never the scrollback). */
export const ENTER_SCREEN = '\u001B[?1049h\u001B[?25l\u001B[H\u001B[2J';
/** Resets styles, shows the cursor and leaves the alternate screen. */
export const LEAVE_SCREEN = `${SGR_RESET}\u001B[?25h\u001B[?1049l`;
