/**
 * Makes every line carry its own colors. wrap-ansi re-opens only the last style it saw
 * after a break, so a link that wraps loses its color on the next line; and each line of a
 * Frame is drawn on its own (by Ink, by a diffing SSH writer), so a style must never depend
 * on the line before it. We track the SGR state across lines and re-open it per line.
 */

const SGR = /\u001B\[([0-9;]*)m/g;

/** Which attribute an SGR parameter sets, so a later one of the same kind replaces it. */
function slotOf(code: number): string | undefined {
  if (code === 1 || code === 2) return 'weight';
  if (code === 3) return 'italic';
  if (code === 4) return 'underline';
  if (code === 7) return 'inverse';
  if (code === 9) return 'strike';
  if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) return 'fg';
  if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) return 'bg';
  return undefined;
}

const RESETS: Record<number, string[]> = {
  22: ['weight'],
  23: ['italic'],
  24: ['underline'],
  27: ['inverse'],
  29: ['strike'],
  39: ['fg'],
  49: ['bg'],
};

/** Applies one SGR sequence's parameters to the active state (slot → sequence). */
function apply(state: Map<string, string>, params: string): void {
  const parts = params === '' ? [0] : params.split(';').map(Number);
  for (let i = 0; i < parts.length; i++) {
    const code = parts[i] ?? 0;
    if (code === 0) {
      state.clear();
    } else if (code === 38 || code === 48) {
      // Extended colors: 38;5;N or 38;2;R;G;B.
      const len = parts[i + 1] === 5 ? 3 : 5;
      state.set(code === 38 ? 'fg' : 'bg', `\u001B[${parts.slice(i, i + len).join(';')}m`);
      i += len - 1;
    } else if (RESETS[code]) {
      for (const slot of RESETS[code]) state.delete(slot);
    } else {
      const slot = slotOf(code);
      if (slot) state.set(slot, `\u001B[${code}m`);
    }
  }
}

/** Re-opens the styles active at each line start and closes them at each line end. */
export function balanceSgrLines(lines: readonly string[]): string[] {
  const state = new Map<string, string>();
  return lines.map((line) => {
    const prefix = [...state.values()].join('');
    for (const match of line.matchAll(SGR)) apply(state, match[1] ?? '');
    const suffix = state.size > 0 ? '\u001B[0m' : '';
    return prefix + line + suffix;
  });
}
