/**
 * The one reader of styled text. Styled text in lectern is a string with SGR sequences
 * (`ESC [ params m`) in it, as chalk writes it for the theme; every module that needs to
 * know where a style starts, what it is, or what else a string holds (cursor moves, OSC
 * strings, stray escapes) asks this tokenizer. The rest of this folder is built on it: the
 * style state (state.ts), styles re-opened on each line (lines.ts), cells for exports
 * (cells.ts), fewer bytes for terminals (minimize.ts) and the output guard (guard.ts).
 * test/unit/render/text/sgr/one-reader.test.ts fails when a regex for escape sequences
 * appears anywhere else in src/.
 *
 * Why styles stay SGR strings and not data until the edge (as presenterm keeps them): the
 * pipeline's tools speak SGR — marked-terminal and chalk write it, wrap-ansi and slice-ansi
 * wrap and cut it keeping styles, Ink draws it — and a Frame is the bytes every output
 * shares. Styles as data would mean replacing those libraries with our own wrapping and
 * cutting, a far larger change than reading SGR in one place.
 *
 * Why not @alcalzone/ansi-tokenize (installed by Ink): it reads only SGR and OSC 8 links
 * (any other escape comes out as characters, which the guard and the minimizer must not
 * do), splits text into one token per grapheme (an Intl.Segmenter made when it is loaded,
 * which lectern keeps off the path to the first slide), and measures widths its own way.
 * One regular expression over ECMA-48's forms is all that is needed here.
 */

/** The escape character that starts every sequence. */
export const ESC = '\u001B';
/** The start of a control sequence (CSI). */
export const CSI = '\u001B[';
/** Resets every style. */
export const SGR_RESET = '\u001B[0m';
/** Resets every style, in the fewest bytes. */
export const SGR_RESET_SHORT = '\u001B[m';

/**
 * What a token is: plain text; an SGR sequence (a CSI ending in `m` with only digits,
 * `;` and `:` as parameters); any other control sequence (CSI); an operating-system
 * command ended by BEL or ST (OSC); or any other escape (a DCS, SOS, PM or APC string, an
 * unended OSC, a two-byte escape, a lone ESC).
 */
export type TokenKind = 'text' | 'sgr' | 'csi' | 'osc' | 'escape';

/** A run of text or one escape sequence, as it stands in the string. */
export interface StyledToken {
  kind: TokenKind;
  text: string;
  /** Where the token starts in the string. */
  index: number;
  /** SGR and CSI: the parameter bytes (`38;5;188`, `?25`); '' otherwise. */
  params: string;
  /** SGR and CSI: the intermediate bytes (rarely any); '' otherwise. */
  intermediates: string;
  /** SGR and CSI: the final byte (`m`, `K`, `E`); '' otherwise. */
  final: string;
}

// ECMA-48: CSI with parameter, intermediate and final bytes; OSC up to BEL or ST (or the
// next ESC, unended); DCS, SOS, PM and APC strings up to ST; escapes with intermediates and
// a final byte; a lone ESC; else a run of text up to the next ESC.
const TOKEN =
  /\u001B\[([0-?]*)([ -/]*)([@-~])|\u001B\][^\u0007\u001B]*(\u0007|\u001B\\)?|\u001B[PX^_][^\u001B]*(?:\u001B\\)?|\u001B[ -/]*[0-~]|\u001B|[^\u001B]+/g;
const SGR_PARAMS = /^[0-9;:]*$/;
const ANY_SGR = /\u001B\[[0-9;:]*m/g;

/** The tokens of a string, in order; together they are the whole string. */
export function* styledTokens(text: string): Generator<StyledToken> {
  for (const match of text.matchAll(TOKEN)) {
    const [token, params, intermediates, final, oscEnd] = match;
    const index = match.index;
    if (final !== undefined) {
      const sgr = final === 'm' && intermediates === '' && SGR_PARAMS.test(params!);
      yield { kind: sgr ? 'sgr' : 'csi', text: token, index, params: params!, intermediates: intermediates!, final };
    } else {
      const kind: TokenKind = token.charCodeAt(0) !== 0x1b ? 'text' : oscEnd !== undefined ? 'osc' : 'escape';
      yield { kind, text: token, index, params: '', intermediates: '', final: '' };
    }
  }
}

/** The SGR sequence with these parameters (`1`, `38;5;188`). */
export function sgr(params: string): string {
  return `${CSI}${params}m`;
}

/** Text without its SGR sequences (other escapes are left as they are). */
export function stripSgr(text: string): string {
  return text.includes(ESC) ? text.replace(ANY_SGR, '') : text;
}
