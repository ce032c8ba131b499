import { Lexer, Marked, type Links, type Token } from 'marked';
import markedFootnote from 'marked-footnote';
import { limitNesting } from './nesting-limit.js';

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
  const lexer = new Lexer({ ...footnoteAware(body).defaults });
  // What Lexer.lex does before its block pass; then nesting bounded, for marked recurses per level.
  const limited = limitNesting(body.replace(/\r\n|\r/g, '\n'));
  const tokens = lexer.blockTokens(limited.text, lexer.tokens);
  // marked-footnote also pushes a container for an HTML renderer into the list: not ours.
  return { tokens: tokens.filter((t) => t.type !== 'footnotes'), links: lexer.tokens.links, flattened: limited.flattened };
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
