// Stands in for the parts of marked-terminal that lectern never reaches. lectern uses
// marked-terminal for inline prose only (src/render/blocks/prose.ts, `parseInline`):
// - cli-highlight (all of highlight.js + parse5, ~1.8 MB) highlights fenced code, which we
//   render ourselves with highlight.js core (src/render/blocks/highlight.ts);
// - cli-table3 draws tables, which we lay out ourselves (src/render/blocks/table.ts);
// - node-emoji (emojilib, ~300 KB) replaces `:shortcodes:`, which we turn off (`emoji: false`).
// scripts/build/patches/marked-terminal-stubs.mjs sends them here (and says what it saves).
// Should one of them be called after all, it returns its input unchanged rather than failing.
export function highlight(code) {
  return code;
}
export function get() {
  return undefined;
}
export default function Table() {
  this.push = () => {};
  this.toString = () => '';
}
