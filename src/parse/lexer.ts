import { Lexer, Marked, type Token } from 'marked';
import { limitNesting } from './nesting-limit.js';

// A private instance: extensions registered on the global `marked` accumulate across calls.
const markdown = new Marked({ gfm: true });

/**
 * Block-level Markdown tokens of a lesson body (GitHub-flavoured: tables, task lists).
 *
 * Only the block pass runs: the deck keeps inline Markdown as text and the renderer parses
 * it when a slide is drawn, so marked's inline pass (half of lexing, ~0.3 ms a slide) would
 * be wasted work before the first slide can show. Tokens' `text` fields are the same either
 * way; their inline `tokens` arrays stay empty.
 */
export function lex(body: string): Token[] {
  const lexer = new Lexer({ ...markdown.defaults });
  // What Lexer.lex does before its block pass; then nesting bounded, for marked recurses per level.
  return lexer.blockTokens(limitNesting(body.replace(/\r\n|\r/g, '\n')).text, lexer.tokens);
}
