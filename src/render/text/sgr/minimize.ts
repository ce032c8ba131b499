/**
 * Rewrites terminal output to send fewer bytes for the same screen. Ink (like our Frames)
 * closes every style at the end of each line and opens it again on the next: for a slide of
 * body text in one color that is ~16 bytes a line. Here colors and attributes are sent only
 * when a character that shows them is printed, so a style that continues on the next line
 * (or is only reset around spaces) costs nothing; runs of "next line" moves are merged.
 *
 * A pure function of one write: the terminal is assumed to be in the default style when
 * the write starts, and is left in it when it ends, so writes can be minimized one by one
 * and the same bytes can be shared by SSH viewers.
 */
import { applySgrParams, SGR_ATTRIBUTES, SGR_OFF, type SgrAttribute, type SgrState } from './state.js';

/** What a space shows: its background, and lines or inverse colors drawn across it. */
const SPACE_ATTRIBUTES: SgrAttribute[] = ['bg', 'inverse', 'underline', 'underlineColor', 'strike', 'overline', 'hidden'];

// An escape sequence (CSI with its final byte, OSC to BEL or ST, or a two-byte escape),
// or a run of plain text up to the next escape.
const TOKEN = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[^[\]]?|[^\u001B]+/g;
const SGR = /^\u001B\[([0-9;:]*)m$/;
const NEXT_LINE = /^\u001B\[(\d*)E$/;
// Erasing (EL, ED, ECH) and inserting or deleting lines paint with the current background.
const PAINTS_BACKGROUND = /^\u001B\[[0-9;]*[JKXLM@P]$/;

function isDefault(style: SgrState): boolean {
  return SGR_ATTRIBUTES.every((a) => style[a] === undefined);
}

/** The shortest SGR sequence that takes the terminal from `from` to `to`, or '' if equal. */
function transition(from: SgrState, to: SgrState): string {
  if (SGR_ATTRIBUTES.every((a) => from[a] === to[a])) return '';
  if (isDefault(to)) return '\u001B[m';
  const fromScratch = ['0', ...SGR_ATTRIBUTES.flatMap((a) => (to[a] === undefined ? [] : [to[a]!]))];
  const step: string[] = [];
  // SGR 22 ends bold and dim together: what stays on is sent again after it.
  const weightOff = (from.bold !== undefined && to.bold === undefined) || (from.dim !== undefined && to.dim === undefined);
  if (weightOff) step.push('22');
  for (const a of SGR_ATTRIBUTES) {
    if (a === 'bold' || a === 'dim') {
      if (to[a] !== undefined && (weightOff || from[a] === undefined)) step.push(to[a]);
    } else if (to[a] !== from[a]) step.push(to[a] ?? SGR_OFF[a]);
  }
  const shorter = fromScratch.join(';').length < step.join(';').length ? fromScratch : step;
  return `\u001B[${shorter.join(';')}m`;
}

function sameFor(attributes: SgrAttribute[], a: SgrState, b: SgrState): boolean {
  return attributes.every((k) => a[k] === b[k]);
}

/**
 * The shortest SGR sequence that takes a terminal from the default style to the style that
 * `codes` (SGR sequences only) would leave; `codes` itself when it holds anything else.
 */
export function compactSgr(codes: string): string {
  let style: SgrState = {};
  for (const [token] of codes.matchAll(TOKEN)) {
    const sgr = SGR.exec(token);
    if (!sgr) return codes;
    style = applySgrParams(style, sgr[1]!);
  }
  return transition({}, style);
}

/** `write` with the same effect on a terminal that starts in the default style, in fewer bytes. */
export function minimizeSgr(write: string): string {
  if (!write.includes('\u001B[')) return write;
  let out = '';
  let wanted: SgrState = {};
  let shown: SgrState = {};
  let pendingLines = 0;
  const flushLines = () => {
    if (pendingLines > 0) out += pendingLines === 1 ? '\u001B[E' : `\u001B[${pendingLines}E`;
    pendingLines = 0;
  };
  const show = (attributes: SgrAttribute[]) => {
    if (sameFor(attributes, shown, wanted)) return;
    out += transition(shown, wanted);
    shown = wanted;
  };
  for (const [token] of write.matchAll(TOKEN)) {
    const sgr = SGR.exec(token);
    if (sgr) {
      wanted = applySgrParams(wanted, sgr[1]!);
      continue;
    }
    const next = NEXT_LINE.exec(token);
    if (next) {
      pendingLines += Math.max(1, Number(next[1] || 1));
      continue;
    }
    flushLines();
    if (token.startsWith('\u001B')) {
      if (PAINTS_BACKGROUND.test(token)) show(['bg', 'inverse']);
      out += token;
      continue;
    }
    // Text: spaces show only some attributes, anything else shows them all, and a line feed
    // that scrolls fills the new line with the background.
    const blank = /^[ \r\n]*$/.test(token);
    if (!blank) show(SGR_ATTRIBUTES);
    else if (token.includes(' ')) show(wanted.inverse === undefined ? SPACE_ATTRIBUTES : SGR_ATTRIBUTES);
    else if (token.includes('\n')) show(['bg', 'inverse']);
    out += token;
  }
  flushLines();
  if (!isDefault(shown)) out += '\u001B[m';
  return out;
}
