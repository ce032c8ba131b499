import { applySgrParams, type SgrState } from './state.js';
import { styledTokens } from './tokens.js';
import { displayWidth } from '../text.js';
import { graphemes } from '../graphemes.js';

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

/**
 * Splits one line of a Frame (text with SGR codes, nothing else: makeFrame guarantees it)
 * into styled runs, in order: what every export that is not a terminal reads, so that
 * HTML and SVG draw what a terminal would. Runs of narrow characters are merged; each wide
 * character is a run of its own.
 */
export function styledRuns(line: string): StyledRun[] {
  const runs: StyledRun[] = [];
  let state: SgrState = {};
  let style: CellStyle = {};
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
  for (const token of styledTokens(line)) {
    if (token.kind === 'text') addText(token.text);
    // A Frame holds no other escape; a terminal would draw nothing for one.
    if (token.kind !== 'sgr') continue;
    state = applySgrParams(state, token.params);
    const next = cellStyleOf(state);
    if (!sameStyle(style, next)) style = next;
  }
  return runs;
}

/** How a terminal draws cells in an SGR state: colors resolved to `#rrggbb`. */
export function cellStyleOf(state: SgrState): CellStyle {
  const style: CellStyle = {};
  const fg = state.fg === undefined ? undefined : sgrColor(state.fg);
  const bg = state.bg === undefined ? undefined : sgrColor(state.bg);
  if (fg !== undefined) style.fg = fg;
  if (bg !== undefined) style.bg = bg;
  if (state.bold !== undefined) style.bold = true;
  if (state.dim !== undefined) style.dim = true;
  if (state.italic !== undefined) style.italic = true;
  if (state.underline !== undefined) style.underline = true;
  if (state.strike !== undefined) style.strike = true;
  if (state.inverse !== undefined) style.inverse = true;
  return style;
}

/** The color an SGR color parameter sets: 31, 94, 44, 38;5;N, 38;2;R;G;B (or with colons). */
function sgrColor(param: string): string | undefined {
  const codes = param.split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
  const code = codes[0] ?? 0;
  if (code >= 30 && code <= 37) return basicColor(code - 30);
  if (code >= 90 && code <= 97) return basicColor(code - 90 + 8);
  if (code >= 40 && code <= 47) return basicColor(code - 40);
  if (code >= 100 && code <= 107) return basicColor(code - 100 + 8);
  if (codes[1] === 5) return paletteColor(codes[2] ?? 0);
  // 38;2;R;G;B, or 38:2::R:G:B with an (empty) color space: the last three are the color.
  if (codes[1] === 2 && codes.length >= 5) {
    const [r = 0, g = 0, b = 0] = codes.slice(-3);
    return hex(r, g, b);
  }
  return undefined;
}

/** xterm's default 16 colors. */
const BASIC = [
  '#000000',
  '#cd0000',
  '#00cd00',
  '#cdcd00',
  '#0000ee',
  '#cd00cd',
  '#00cdcd',
  '#e5e5e5',
  '#7f7f7f',
  '#ff0000',
  '#00ff00',
  '#ffff00',
  '#5c5cff',
  '#ff00ff',
  '#00ffff',
  '#ffffff',
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
  const part = (v: number) =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, '0');
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
