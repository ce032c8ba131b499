import { Lexer, type Token } from 'marked';
import { boundedInlineOptions } from './nesting-limit.js';
import type { LinkDefinitions } from './lexer.js';

/**
 * Rewrites reference links (`[the docs][docs]`, `[docs][]`, `[docs]`, and images the same
 * way) as inline links, using the lesson's definitions. The renderer parses each slide's
 * inline Markdown on its own, where the definitions (usually at the end of the lesson) are
 * out of reach; inline links carry what they need. Marked's own inline lexer finds the
 * references, so the rules are CommonMark's (case-insensitive labels, code spans skipped).
 */
export function resolveReferences(text: string, links: LinkDefinitions): string {
  if (!text.includes('[') || Object.keys(links).length === 0) return text;
  const lexer = new Lexer(boundedInlineOptions);
  lexer.tokens.links = links;
  const found: { raw: string; inline: string }[] = [];
  collect(lexer.inlineTokens(text), found);
  if (found.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const { raw, inline } of found) {
    const at = text.indexOf(raw, cursor);
    if (at < 0) continue;
    out += text.slice(cursor, at) + inline;
    cursor = at + raw.length;
  }
  return out + text.slice(cursor);
}

/** Reference links and images in reading order, each with its inline form. */
function collect(tokens: readonly Token[], found: { raw: string; inline: string }[]): void {
  for (const token of tokens) {
    if ((token.type === 'link' || token.type === 'image') && token.raw.endsWith(']')) {
      const t = token as Token & { href: string; title?: string | null; text: string };
      const bang = token.type === 'image' ? '!' : '';
      const title = t.title ? ` "${t.title.replace(/["\\]/g, '\\$&')}"` : '';
      // The link text as written: everything between the first `[` and its `]`.
      const label = linkText(token.raw.slice(bang.length));
      found.push({ raw: token.raw, inline: `${bang}[${label}](<${t.href.replace(/[<>\s]/g, encodeURIComponent)}>${title})` });
      continue;
    }
    const children = (token as { tokens?: Token[] }).tokens;
    if (Array.isArray(children)) collect(children, found);
  }
}

/** `[text][label]` → `text`; `[label][]` and `[label]` → `label` (brackets inside are balanced). */
function linkText(raw: string): string {
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\') i++;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return raw.slice(1, i);
  }
  return raw.slice(1, -1);
}

const FULL_REFERENCE = /!?\[((?:[^[\]\\\n]|\\.)+)\]\[((?:[^[\]\\\n]|\\.)*)\](?!\()/g;

/**
 * The labels of `[text][label]` references left unresolved in inline Markdown (no such
 * definition): they show as written. Only the full form counts: a lone `[word]` is as
 * often plain text in brackets.
 */
export function unresolvedReferences(text: string): string[] {
  if (!text.includes('][')) return [];
  const prose = text.replace(/(`+)[\s\S]*?\1/g, '');
  return [...prose.matchAll(FULL_REFERENCE)].map((m) => (m[2] === '' ? m[1] : m[2]) ?? '');
}
