import { Lexer, Marked, type Links, type Token } from 'marked';
import markedFootnote from 'marked-footnote';
import { limitNesting, restoreCode } from './nesting-limit.js';

// A private instance: extensions registered on the global `marked` accumulate across calls.
const markdown = new Marked({ gfm: true });

/** Link reference definitions (`[docs]: https://…`) by normalized label, as marked collects them. */
export type LinkDefinitions = Links;

/** A footnote definition (`[^1]: text`), as marked-footnote reads it: its label and blocks. */
export interface FootnoteToken {
  type: 'footnote';
  raw: string;
  label: string;
  content: Token[];
}

/**
 * Block-level Markdown tokens of a lesson body (GitHub-flavoured: tables, task lists,
 * footnote definitions).
 *
 * Only the block pass runs: the deck keeps inline Markdown as text and the renderer parses
 * it when a slide is drawn, so marked's inline pass (half of lexing, ~0.3 ms a slide) would
 * be wasted work before the first slide can show. Tokens' `text` fields are the same either
 * way; their inline `tokens` arrays stay empty.
 */
export function lex(body: string): Token[] {
  return lexWithDefinitions(body).tokens;
}

/**
 * `lex`, with the link reference definitions the body holds and the 0-based lines where
 * nesting past the limit was flattened (for `check`).
 */
export function lexWithDefinitions(body: string): { tokens: Token[]; links: LinkDefinitions; flattened: number[] } {
  // What Lexer.lex does before its block pass; then nesting bounded, for marked recurses per level.
  const text = body.replace(/\r\n|\r/g, '\n');
  const limited = limitNesting(text);
  let lexed = blockPass(limited.text);
  // Deep lines that turned out to be top-level code are code as written: lexed again with them.
  const restored = restoreCode(text, limited, lexed.tokens);
  if (restored) lexed = blockPass(restored.text);
  // marked-footnote also pushes a container for an HTML renderer into the list: not ours.
  return { tokens: lexed.tokens.filter((t) => t.type !== 'footnotes'), links: lexed.links, flattened: (restored ?? limited).flattened };
}

/** marked's block pass over text, by a lexer of its own (lexers keep the links they saw). */
function blockPass(text: string): { tokens: Token[]; links: LinkDefinitions } {
  const lexer = new Lexer({ ...footnoteAware(text).defaults });
  const tokens = lexer.blockTokens(text, lexer.tokens);
  return { tokens, links: lexer.tokens.links };
}

/**
 * The Marked settings for a body: with marked-footnote's definition tokenizer when the body
 * may hold footnotes. A fresh instance each time, because the extension keeps per-document
 * state that only its HTML rendering pass (which we never run) resets.
 */
function footnoteAware(body: string): Marked {
  if (!body.includes('[^')) return markdown;
  return new Marked({ gfm: true }).use(markedFootnote());
}
