import { Marked, type Token } from 'marked';

// A private instance: extensions registered on the global `marked` accumulate across calls.
const markdown = new Marked({ gfm: true });

/** Block-level Markdown tokens of a lesson body (GitHub-flavoured: tables, task lists). */
export function lex(body: string): Token[] {
  return markdown.lexer(body);
}
