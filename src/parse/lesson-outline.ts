import type { Token, Tokens } from 'marked';
import { parseDirective } from './directives.js';
import type { Footnotes } from './footnotes.js';
import type { FootnoteToken, LinkDefinitions } from './lexer.js';
import { resolveReferences } from './references.js';
import type { Outline } from './slide-split.js';

// What parse-deck reads from a lesson's tokens before it collects slides: the outline the
// split rule needs, the footnote definitions, and the rewrite every inline text gets.

/** The rewrite every piece of inline Markdown gets: references resolved, footnotes numbered. */
export function inlineRewriter(links: LinkDefinitions, footnotes: Footnotes): (text: string, cited: Set<string>) => string {
  const anyLinks = Object.keys(links).length > 0;
  return (text, cited) => {
    const resolved = anyLinks ? resolveReferences(text, links) : text;
    return footnotes.any ? footnotes.rewrite(resolved, cited) : resolved;
  };
}

/** Footnote definitions by lower-cased label (the first of a label wins, as on GitHub). */
export function footnoteDefinitions(tokens: readonly Token[]): Map<string, Token[]> {
  const out = new Map<string, Token[]>();
  for (const token of tokens) {
    if (token.type !== 'footnote') continue;
    const note = token as unknown as FootnoteToken;
    const label = note.label.toLowerCase();
    if (!out.has(label)) out.set(label, note.content);
  }
  return out;
}

/** Whether the lesson has top-level slide breaks (`---`, `<!-- end_slide -->`). */
export function hasBreaks(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === 'hr' || (t.type === 'html' && parseDirective(t.raw)?.name === 'end_slide'));
}

/** Headings and content in order, blanks and comments left out, for the slide-level rule. */
export function outlineOf(tokens: readonly Token[]): Outline {
  const out: ('content' | { heading: number })[] = [];
  for (const t of tokens) {
    if (t.type === 'heading') out.push({ heading: (t as Tokens.Heading).depth });
    else if (!isBlank(t) && t.type !== 'def' && t.type !== 'footnote' && !(t.type === 'html' && parseDirective(t.raw))) out.push('content');
  }
  return out;
}

/** A token that shows nothing: blank lines and whole comments. */
export function isBlank(token: Token): boolean {
  return token.type === 'space' || (token.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(token.raw));
}
