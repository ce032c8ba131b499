import { foldForSearch } from '../../deck/search.js';
import { styledTokens } from './sgr/tokens.js';

/**
 * Marks every occurrence of `query` in a styled line with `on` … `off` (e.g. inverse video),
 * matching as search does: case and accents ignored. Styles inside a match are kept, and
 * `on` is repeated after any code inside it (a reset would otherwise end the mark).
 */
export function highlightMatches(line: string, query: string, on: string, off: string): string {
  const needle = foldForSearch(query).trim();
  if (needle === '' || on === '') return line;
  // The line as tokens: SGR codes and single code points, each code point with its folding.
  const tokens: { text: string; code: boolean }[] = [];
  let folded = '';
  const owner: number[] = []; // index in `folded` → token index
  const addText = (text: string) => {
    for (const char of text) {
      const index = tokens.length;
      tokens.push({ text: char, code: false });
      // Whitespace folds to one space each, so positions stay one for one.
      const f = /\s/.test(char) ? ' ' : foldForSearch(char);
      for (let i = 0; i < f.length; i++) owner.push(index);
      folded += f;
    }
  };
  // The line's escape sequences (its styles) stay as they are; only its text is searched.
  for (const token of styledTokens(line)) {
    if (token.kind === 'text') addText(token.text);
    else tokens.push({ text: token.text, code: true });
  }

  const marked = new Set<number>();
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    for (let i = at; i < at + needle.length; i++) marked.add(owner[i]!);
  }
  if (marked.size === 0) return line;
  let out = '';
  let inside = false;
  tokens.forEach((token, index) => {
    if (token.code) {
      out += token.text + (inside ? on : '');
      return;
    }
    const hit = marked.has(index);
    if (hit && !inside) out += on;
    if (!hit && inside) out += off;
    inside = hit;
    out += token.text;
  });
  return inside ? out + off : out;
}
