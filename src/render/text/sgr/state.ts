/**
 * The style a terminal draws with, as SGR sequences set it: each attribute holds the
 * parameters that set it (`38;5;188`, `1`, `4:3`), so a style can be sent again as it came
 * (lines.ts, minimize.ts) or resolved to colors (cells.ts). The one model of a style: the
 * parameters come from the tokenizer (tokens.ts). Attributes are kept in the order they
 * were set (object keys keep insertion order), which is the order lines.ts re-opens them.
 */
export interface SgrState {
  fg?: string;
  bg?: string;
  /** Bold and dim are separate attributes, but one SGR 22 ends both. */
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

/** One attribute of SgrState. */
export type SgrAttribute = keyof SgrState;

/** The SGR parameter that turns each attribute off. */
export const SGR_OFF: Readonly<Record<SgrAttribute, string>> = {
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

/** Every attribute, in the order transitions send them. */
export const SGR_ATTRIBUTES = Object.keys(SGR_OFF) as SgrAttribute[];

/** Attributes set by a plain parameter (`1`, `3`…); SGR_OFF has the code that ends each. */
const SETS: ReadonlyArray<[codes: number[], attribute: SgrAttribute]> = [
  [[1], 'bold'],
  [[2], 'dim'],
  [[3], 'italic'],
  [[4, 21], 'underline'],
  [[5, 6], 'blink'],
  [[7], 'inverse'],
  [[8], 'hidden'],
  [[9], 'strike'],
  [[53], 'overline'],
];

/**
 * The state after one SGR sequence's parameters (`ESC [ params m`). Colors in all their
 * forms (30–37, 90–97, 38;5;n, 38;2;r;g;b, 38:2::r:g:b); codes lectern never sends, such as
 * fonts, are ignored.
 */
export function applySgrParams(state: SgrState, params: string): SgrState {
  let next: SgrState = { ...state };
  const list = params === '' ? ['0'] : params.split(';');
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    const code = Number(p.split(':')[0] || 0);
    if (code === 38 || code === 48 || code === 58) {
      // Colon forms carry their own sub-parameters; the semicolon forms take the next ones.
      const take = p.includes(':') ? 0 : list[i + 1] === '5' ? 2 : list[i + 1] === '2' ? 4 : 0;
      const value = list.slice(i, i + 1 + take).join(';');
      i += take;
      next[code === 38 ? 'fg' : code === 48 ? 'bg' : 'underlineColor'] = value;
      continue;
    }
    if (code === 0) next = {};
    else if (code === 39) delete next.fg;
    else if (code === 49) delete next.bg;
    else if (code === 59) delete next.underlineColor;
    else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) next.fg = p;
    else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) next.bg = p;
    else {
      for (const [codes, attribute] of SETS) {
        if (codes.includes(code)) next[attribute] = p;
        else if (Number(SGR_OFF[attribute]) === code) delete next[attribute];
      }
    }
  }
  return next;
}
