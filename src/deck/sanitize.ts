/**
 * Lesson text is untrusted: nothing in it may reach the terminal as a control sequence,
 * and its emoji must measure the same in our layout as in real terminals.
 */

// C0 controls except TAB and LF, DEL, and C1 controls (U+0080–U+009F, e.g. the 8-bit CSI U+009B).
// Removing ESC alone defuses every CSI/OSC/DCS sequence; BEL and C1 close the other doors.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

// Why we rewrite emoji rather than measure them: terminals disagree about VS16 emoji (`⚖️`:
// tmux 1 column, kitty 2), ZWJ sequences and skin-tone modifiers (xterm.js draws each part).
// Without those joiners every code point has one width that tmux, xterm.js and string-width
// agree on, so table borders line up everywhere. The picture stays (⚖, 🧙♂); only the
// emoji-presentation hint and the joining are lost.
const EMOJI_JOINERS = /[\uFE0E\uFE0F\u200D]|\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}/gu;

// Zero-width and bidi-control characters can hide text or reorder a line visually.
const INVISIBLES = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Makes untrusted text safe and measurable: normalizes line ends, removes control
 * characters (keeping TAB and LF), bidi overrides, and emoji joiners.
 */
export function sanitizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(INVISIBLES, '')
    .replace(EMOJI_JOINERS, '');
}

// SGR sequences are the only escapes we emit ourselves (colors); anything else is removed.
const ANY_ESCAPE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[PX^_][^\u001B]*(?:\u001B\\)?|[ -/]*[0-~])/g;
const SGR = /^\u001B\[[0-9;:]*m$/;

/**
 * Keeps SGR color codes and removes every other escape sequence and control character.
 * The last line of defence before a line is written to a terminal.
 */
export function keepOnlySgr(line: string): string {
  if (!/[\u0000-\u001F\u007F-\u009F]/.test(line)) return line;
  return line
    .replace(ANY_ESCAPE, (seq) => (SGR.test(seq) ? seq : ''))
    .replace(/[\u0000-\u001A\u001C-\u001F\u007F-\u009F]/g, '')
    .replace(/\u001B(?!\[[0-9;:]*m)/g, '');
}
