import type { Token } from 'marked';
import { lexWithDefinitions, type LinkDefinitions } from './lexer.js';
import { countNewlines } from './line-count.js';

/** One stretch of a body lexed: its tokens, the definitions it holds, its flattened lines (0-based, in the body). */
export interface LexedChunk {
  tokens: Token[];
  links: LinkDefinitions;
  flattened: number[];
  /** Where the stretch ends in the body (its length when it is the last). */
  end: number;
}

/** Stretches lexed at once: joining short slides keeps marked's per-call cost down. */
export const LEX_CHUNK = 64 * 1024;

/**
 * A body's tokens, lexed a stretch of slides at a time, so that the tokens of an 8 MB lesson
 * never all exist at once: cut only where lexing starts afresh, so the tokens are those of
 * one lex of the whole. `cuts` (line-scan.ts) only proposes places; each is checked by
 * lexing the stretch with the cut's line after it: the cut holds when that line comes out as
 * a block of its own (a fence or comment left open would swallow it). A cut that does not
 * hold is passed over, and the next one tried only twice as far on, so a lesson that fools
 * the line reader everywhere is still lexed in linear time.
 *
 * `first` is the size of the first stretch (small, for the first slide to show early).
 */
export function* lexChunks(body: string, cuts: readonly number[], size = LEX_CHUNK, first = size): Generator<LexedChunk> {
  let from = 0;
  let line = 0;
  let want = first;
  let next = 0;
  while (from < body.length || from === 0) {
    // The first proposed cut at least `want` characters on.
    while (next < cuts.length && cuts[next]! < from + want) next++;
    const cut = cuts[next];
    if (cut === undefined) break;
    const eol = body.indexOf('\n', cut);
    const cutLine = body.slice(cut, eol < 0 ? body.length : eol);
    const lexed = lexWithDefinitions(`${body.slice(from, cut)}${cutLine}\n`);
    const last = lexed.tokens[lexed.tokens.length - 1];
    if (!last || last.raw !== `${cutLine}\n` || !startsAfresh(last)) {
      // Not a place where a block starts: try one twice as far on.
      want *= 2;
      continue;
    }
    lexed.tokens.pop();
    const lines = countNewlines(body, from, cut);
    yield { tokens: lexed.tokens, links: lexed.links, flattened: lexed.flattened.filter((l) => l < lines).map((l) => l + line), end: cut };
    line += lines;
    from = cut;
    want = size;
    next++;
  }
  const rest = lexWithDefinitions(from === 0 ? body : body.slice(from));
  yield { tokens: rest.tokens, links: rest.links, flattened: rest.flattened.map((l) => l + line), end: body.length };
}

/** Whether a cut's line lexed as a block that starts afresh: a break, a heading, a one-line comment. */
function startsAfresh(token: Token): boolean {
  return token.type === 'hr' || token.type === 'heading' || token.type === 'html';
}
