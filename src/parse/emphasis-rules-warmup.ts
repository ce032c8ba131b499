import { Lexer } from 'marked';

let warmed = false;

/**
 * Has V8 compile marked's emphasis rules to machine code before their first real use.
 *
 * V8 runs a regular expression's first match in its bytecode interpreter and compiles it only
 * from the second on, unless the text matched is 1,000 characters or more, which compiles it
 * at once. marked's closing-emphasis rules are large (Unicode punctuation classes in every
 * branch) and are tried at each position of the rest of a paragraph, which the interpreter is
 * slow at. One match of each on 1,000 blanks (no delimiter, so nothing that matters is found)
 * takes the compiler's path. Measured on 2026-12-01 (a fresh Node, the course lesson's first slide,
 * its paragraphs lexed inline as slides are): 15.1 ms cold, 7.4 ms with this (1.2 ms of it
 * here); warming every inline rule, or V8's `--no-regexp-tier-up`, costs more than it saves.
 */
export function warmEmphasisRules(): void {
  if (warmed) return;
  warmed = true;
  const rules = Lexer.rules.inline.gfm;
  const blanks = ' '.repeat(1000);
  for (const rule of [rules.emStrongLDelim, rules.emStrongRDelimAst, rules.emStrongRDelimUnd]) {
    // A marked that renamed one would lex as before, only slower to start.
    if (!(rule instanceof RegExp)) continue;
    rule.lastIndex = 0;
    rule.exec(blanks);
    rule.lastIndex = 0;
  }
}
