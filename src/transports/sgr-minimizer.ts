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

/** The attributes of a cell that SGR sets: each key holds the parameters that set it. */
interface Style {
  fg?: string;
  bg?: string;
  /** Bold and dim are separate, but one SGR 22 ends both. */
  bold?: string;
  dim?: string;
  italic?: string;
  underline?: string;
  blink?: string;
  inverse?: string;
  hidden?: string;
  strike?: string;
  overline?: string;
  underlineColor?: string;
}

type Attribute = keyof Style;

/** The SGR parameter that turns each attribute off. */
const OFF: Record<Attribute, string> = {
  fg: '39',
  bg: '49',
  bold: '22',
  dim: '22',
  italic: '23',
  underline: '24',
  blink: '25',
  inverse: '27',
  hidden: '28',
  strike: '29',
  overline: '55',
  underlineColor: '59',
};

const ATTRIBUTES = Object.keys(OFF) as Attribute[];

/** What a space shows: its background, and lines or inverse colors drawn across it. */
const SPACE_ATTRIBUTES: Attribute[] = ['bg', 'inverse', 'underline', 'underlineColor', 'strike', 'overline', 'hidden'];

// An escape sequence (CSI with its final byte, OSC to BEL or ST, or a two-byte escape),
// or a run of plain text up to the next escape.
const TOKEN = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[^[\]]?|[^\u001B]+/g;
const SGR = /^\u001B\[([0-9;:]*)m$/;
const NEXT_LINE = /^\u001B\[(\d*)E$/;
// Erasing (EL, ED, ECH) and inserting or deleting lines paint with the current background.
const PAINTS_BACKGROUND = /^\u001B\[[0-9;]*[JKXLM@P]$/;

/** Applies one SGR sequence's parameters to a style (codes lectern never sends, such as fonts, are dropped). */
function applySgr(style: Style, params: string): Style {
  const next: Style = { ...style };
  const list = params === '' ? ['0'] : params.split(';');
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    const code = Number(p.split(':')[0]);
    if (p.includes(':')) {
      // Colon forms carry their own sub-parameters: 38:5:n, 38:2::r:g:b, 4:3 (curly).
      if (code === 38) next.fg = p;
      else if (code === 48) next.bg = p;
      else if (code === 58) next.underlineColor = p;
      else if (code === 4) next.underline = p;
      continue;
    }
    if (code === 38 || code === 48 || code === 58) {
      const kind = list[i + 1];
      const take = kind === '5' ? 2 : kind === '2' ? 4 : 0;
      const value = list.slice(i, i + 1 + take).join(';');
      i += take;
      if (code === 38) next.fg = value;
      else if (code === 48) next.bg = value;
      else next.underlineColor = value;
      continue;
    }
    if (code === 0) for (const a of ATTRIBUTES) delete next[a];
    else if (code === 1) next.bold = p;
    else if (code === 2) next.dim = p;
    else if (code === 3) next.italic = p;
    else if (code === 4 || code === 21) next.underline = p;
    else if (code === 5 || code === 6) next.blink = p;
    else if (code === 7) next.inverse = p;
    else if (code === 8) next.hidden = p;
    else if (code === 9) next.strike = p;
    else if (code === 53) next.overline = p;
    else if (code === 22) {
      delete next.bold;
      delete next.dim;
    }
    else if (code === 23) delete next.italic;
    else if (code === 24) delete next.underline;
    else if (code === 25) delete next.blink;
    else if (code === 27) delete next.inverse;
    else if (code === 28) delete next.hidden;
    else if (code === 29) delete next.strike;
    else if (code === 55) delete next.overline;
    else if (code === 59) delete next.underlineColor;
    else if (code === 39) delete next.fg;
    else if (code === 49) delete next.bg;
    else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) next.fg = p;
    else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) next.bg = p;
  }
  return next;
}

function isDefault(style: Style): boolean {
  return ATTRIBUTES.every((a) => style[a] === undefined);
}

/** The shortest SGR sequence that takes the terminal from `from` to `to`, or '' if equal. */
function transition(from: Style, to: Style): string {
  if (ATTRIBUTES.every((a) => from[a] === to[a])) return '';
  if (isDefault(to)) return '\u001B[m';
  const fromScratch = ['0', ...ATTRIBUTES.flatMap((a) => (to[a] === undefined ? [] : [to[a]!]))];
  const step: string[] = [];
  // SGR 22 ends bold and dim together: what stays on is sent again after it.
  const weightOff = (from.bold !== undefined && to.bold === undefined) || (from.dim !== undefined && to.dim === undefined);
  if (weightOff) step.push('22');
  for (const a of ATTRIBUTES) {
    if (a === 'bold' || a === 'dim') {
      if (to[a] !== undefined && (weightOff || from[a] === undefined)) step.push(to[a]);
    } else if (to[a] !== from[a]) step.push(to[a] ?? OFF[a]);
  }
  const shorter = fromScratch.join(';').length < step.join(';').length ? fromScratch : step;
  return `\u001B[${shorter.join(';')}m`;
}

function sameFor(attributes: Attribute[], a: Style, b: Style): boolean {
  return attributes.every((k) => a[k] === b[k]);
}

/**
 * The shortest SGR sequence that leaves a terminal in the default style where `codes` (SGR
 * sequences only) would leave it; `codes` itself when it holds anything else.
 */
export function compactSgr(codes: string): string {
  let style: Style = {};
  for (const [token] of codes.matchAll(TOKEN)) {
    const sgr = SGR.exec(token);
    if (!sgr) return codes;
    style = applySgr(style, sgr[1]!);
  }
  return transition({}, style);
}

/** `write` with the same effect on a terminal that starts in the default style, in fewer bytes. */
export function minimizeSgr(write: string): string {
  if (!write.includes('\u001B[')) return write;
  let out = '';
  let wanted: Style = {};
  let shown: Style = {};
  let pendingLines = 0;
  const flushLines = () => {
    if (pendingLines > 0) out += pendingLines === 1 ? '\u001B[E' : `\u001B[${pendingLines}E`;
    pendingLines = 0;
  };
  const show = (attributes: Attribute[]) => {
    if (sameFor(attributes, shown, wanted)) return;
    out += transition(shown, wanted);
    shown = wanted;
  };
  for (const [token] of write.matchAll(TOKEN)) {
    const sgr = SGR.exec(token);
    if (sgr) {
      wanted = applySgr(wanted, sgr[1]!);
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
    if (!blank) show(ATTRIBUTES);
    else if (token.includes(' ')) show(wanted.inverse === undefined ? SPACE_ATTRIBUTES : ATTRIBUTES);
    else if (token.includes('\n')) show(['bg', 'inverse']);
    out += token;
  }
  flushLines();
  if (!isDefault(shown)) out += '\u001B[m';
  return out;
}
