import { displayWidth } from './text.js';
import { graphemes } from './graphemes.js';

/**
 * How a run of terminal cells looks. Colors are `#rrggbb`; undefined is the terminal's
 * default (foreground or background). `inverse` is kept as an attribute: resolving it needs
 * the default colors, which only the output (a page, a picture) knows.
 */
export interface CellStyle {
  fg?: string;
  bg?: string;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  inverse?: boolean;
}

/** Text drawn in one style, and how many terminal columns it covers. */
export interface StyledRun {
  text: string;
  style: CellStyle;
  width: number;
  /**
   * A single character two columns wide (emoji, CJK). Outputs draw it in a box of exactly
   * two cells, because fonts disagree with terminals about its width.
   */
  wide: boolean;
}

const SGR = /\u001B\[([0-9;:]*)m/g;

/**
 * Splits one line of a Frame (text with SGR codes, nothing else: makeFrame guarantees it)
 * into styled runs, in order. The one parser behind every export that is not a terminal:
 * HTML and SVG draw what a terminal would. Runs of narrow characters are merged; each wide
 * character is a run of its own.
 */
export function styledRuns(line: string): StyledRun[] {
  const runs: StyledRun[] = [];
  let style: CellStyle = {};
  let last = 0;
  const addText = (text: string) => {
    for (const { segment } of graphemes(text)) {
      const width = displayWidth(segment);
      if (width === 0 && runs.length === 0) continue;
      const previous = runs[runs.length - 1];
      const wide = width > 1;
      if (previous && !wide && !previous.wide && width > 0 && sameStyle(previous.style, style)) {
        previous.text += segment;
        previous.width += width;
      } else if (previous && width === 0) {
        // A combining mark or joiner left on its own belongs to the character before it.
        previous.text += segment;
      } else {
        runs.push({ text: segment, style, width, wide });
      }
    }
  };
  for (const match of line.matchAll(SGR)) {
    addText(line.slice(last, match.index));
    style = applySgr(style, match[1] ?? '');
    last = (match.index ?? 0) + match[0].length;
  }
  addText(line.slice(last));
  return runs;
}

/** The style after one SGR sequence's parameters (a new object when anything changed). */
export function applySgr(current: CellStyle, params: string): CellStyle {
  const codes = params === '' ? [0] : params.split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
  let next: CellStyle = { ...current };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) next = {};
    else if (code === 1) next.bold = true;
    else if (code === 2) next.dim = true;
    else if (code === 3) next.italic = true;
    else if (code === 4) next.underline = true;
    else if (code === 7) next.inverse = true;
    else if (code === 9) next.strike = true;
    else if (code === 22) {
      delete next.bold;
      delete next.dim;
    } else if (code === 23) delete next.italic;
    else if (code === 24) delete next.underline;
    else if (code === 27) delete next.inverse;
    else if (code === 29) delete next.strike;
    else if (code === 39) delete next.fg;
    else if (code === 49) delete next.bg;
    else if (code >= 30 && code <= 37) next.fg = basicColor(code - 30);
    else if (code >= 90 && code <= 97) next.fg = basicColor(code - 90 + 8);
    else if (code >= 40 && code <= 47) next.bg = basicColor(code - 40);
    else if (code >= 100 && code <= 107) next.bg = basicColor(code - 100 + 8);
    else if (code === 38 || code === 48) {
      const { color, used } = extendedColor(codes, i + 1);
      if (color !== undefined) next[code === 38 ? 'fg' : 'bg'] = color;
      i += used;
    }
  }
  return sameStyle(current, next) ? current : next;
}

/** `38;5;N` or `38;2;R;G;B` after the 38/48: the color and how many parameters it took. */
function extendedColor(codes: readonly number[], at: number): { color: string | undefined; used: number } {
  if (codes[at] === 5) return { color: paletteColor(codes[at + 1] ?? 0), used: 2 };
  if (codes[at] === 2) {
    const [r = 0, g = 0, b = 0] = codes.slice(at + 1, at + 4);
    return { color: hex(r, g, b), used: 4 };
  }
  return { color: undefined, used: 0 };
}

/** xterm's default 16 colors. */
const BASIC = [
  '#000000', '#cd0000', '#00cd00', '#cdcd00', '#0000ee', '#cd00cd', '#00cdcd', '#e5e5e5',
  '#7f7f7f', '#ff0000', '#00ff00', '#ffff00', '#5c5cff', '#ff00ff', '#00ffff', '#ffffff',
];

function basicColor(index: number): string {
  return BASIC[index] ?? '#ffffff';
}

/** A color of the 256-color palette, as xterm defines it. */
export function paletteColor(n: number): string {
  if (n < 16) return basicColor(n);
  if (n < 232) {
    const level = (v: number) => (v === 0 ? 0 : 55 + v * 40);
    const i = n - 16;
    return hex(level(Math.floor(i / 36)), level(Math.floor(i / 6) % 6), level(i % 6));
  }
  const grey = 8 + (Math.min(n, 255) - 232) * 10;
  return hex(grey, grey, grey);
}

function hex(r: number, g: number, b: number): string {
  const part = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

function sameStyle(a: CellStyle, b: CellStyle): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof CellStyle>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** The colors to paint a style with, inverse video resolved against the output's defaults. */
export function cellColors(style: CellStyle, defaults: { fg: string; bg: string }): { fg: string; bg: string | undefined } {
  const fg = style.fg ?? defaults.fg;
  if (style.inverse) return { fg: style.bg ?? defaults.bg, bg: fg };
  return { fg, bg: style.bg };
}

/** A key that is equal for equal styles, for grouping runs into CSS classes. */
export function styleKey(style: CellStyle): string {
  return JSON.stringify([style.fg, style.bg, style.bold, style.dim, style.italic, style.underline, style.strike, style.inverse]);
}
