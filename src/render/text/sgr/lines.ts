/**
 * Makes every line carry its own colors. wrap-ansi re-opens only the last style it saw
 * after a break, so a link that wraps loses its color on the next line; and each line of a
 * Frame is drawn on its own (by Ink, by a diffing SSH writer), so a style must never depend
 * on the line before it. We track the SGR state across lines and re-open it per line.
 */
import { applySgrParams, type SgrState } from './state.js';
import { ESC, SGR_RESET, sgr, styledTokens } from './tokens.js';

/** The SGR sequences that set `state` from the default style, one per attribute, in the order they were set. */
function reopen(state: SgrState): string {
  let codes = '';
  for (const params of Object.values(state)) if (params !== undefined) codes += sgr(params);
  return codes;
}

/** Re-opens the styles active at each line start and closes them at each line end. */
export function balanceSgrLines(lines: readonly string[]): string[] {
  let state: SgrState = {};
  return lines.map((line) => {
    const prefix = reopen(state);
    if (line.includes(ESC)) {
      for (const token of styledTokens(line)) if (token.kind === 'sgr') state = applySgrParams(state, token.params);
    }
    const suffix = Object.keys(state).length > 0 ? SGR_RESET : '';
    return prefix + line + suffix;
  });
}
