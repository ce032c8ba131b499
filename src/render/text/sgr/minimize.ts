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
import { CSI, SGR_RESET_SHORT, sgr, styledTokens, type StyledToken } from './tokens.js';

/** What a space shows: its background, and lines or inverse colors drawn across it. */
const SPACE_ATTRIBUTES: SgrAttribute[] = ['bg', 'inverse', 'underline', 'underlineColor', 'strike', 'overline', 'hidden'];

const DIGITS = /^\d*$/;
const NUMBERS = /^[0-9;]*$/;

/** "Next line" (CNL) moves down this many lines; undefined for any other token. */
function nextLines(token: StyledToken): number | undefined {
  if (token.kind !== 'csi' || token.final !== 'E' || token.intermediates !== '' || !DIGITS.test(token.params)) return undefined;
  return Math.max(1, Number(token.params || 1));
}

/** Erasing (EL, ED, ECH) and inserting or deleting lines paint with the current background. */
function paintsBackground(token: StyledToken): boolean {
  return token.kind === 'csi' && 'JKXLM@P'.includes(token.final) && token.intermediates === '' && NUMBERS.test(token.params);
}

function isDefault(style: SgrState): boolean {
  return SGR_ATTRIBUTES.every((a) => style[a] === undefined);
}

/** The shortest SGR sequence that takes the terminal from `from` to `to`, or '' if equal. */
function transition(from: SgrState, to: SgrState): string {
  if (SGR_ATTRIBUTES.every((a) => from[a] === to[a])) return '';
  if (isDefault(to)) return SGR_RESET_SHORT;
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
  return sgr(shorter.join(';'));
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
  for (const token of styledTokens(codes)) {
    if (token.kind !== 'sgr') return codes;
    style = applySgrParams(style, token.params);
  }
  return transition({}, style);
}

/** `write` with the same effect on a terminal that starts in the default style, in fewer bytes. */
export function minimizeSgr(write: string): string {
  if (!write.includes(CSI)) return write;
  let out = '';
  let wanted: SgrState = {};
  let shown: SgrState = {};
  let pendingLines = 0;
  const flushLines = () => {
    if (pendingLines > 0) out += pendingLines === 1 ? `${CSI}E` : `${CSI}${pendingLines}E`;
    pendingLines = 0;
  };
  const show = (attributes: SgrAttribute[]) => {
    if (sameFor(attributes, shown, wanted)) return;
    out += transition(shown, wanted);
    shown = wanted;
  };
  for (const token of styledTokens(write)) {
    if (token.kind === 'sgr') {
      wanted = applySgrParams(wanted, token.params);
      continue;
    }
    const lines = nextLines(token);
    if (lines !== undefined) {
      pendingLines += lines;
      continue;
    }
    flushLines();
    if (token.kind !== 'text') {
      if (paintsBackground(token)) show(['bg', 'inverse']);
      out += token.text;
      continue;
    }
    const text = token.text;
    // Text: spaces show only some attributes, anything else shows them all, and a line feed
    // that scrolls fills the new line with the background.
    const blank = /^[ \r\n]*$/.test(text);
    if (!blank) show(SGR_ATTRIBUTES);
    else if (text.includes(' ')) show(wanted.inverse === undefined ? SPACE_ATTRIBUTES : SGR_ATTRIBUTES);
    else if (text.includes('\n')) show(['bg', 'inverse']);
    out += text;
  }
  flushLines();
  if (!isDefault(shown)) out += SGR_RESET_SHORT;
  return out;
}
