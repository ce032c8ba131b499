import type { Block } from '../deck/types.js';
import { lex } from './lexer.js';
import { mergeArtVariants, tokenToBlocks } from './to-blocks.js';

/**
 * Markdown that is not a whole lesson (a slide's speaker notes) as blocks, the way slides
 * are made: so the notes view draws tables, code and lists with the slides' block renderer
 * instead of a second one.
 */
export function markdownBlocks(text: string): Block[] {
  return mergeArtVariants(lex(text).flatMap((token) => (token.type === 'space' ? [] : tokenToBlocks(token))));
}
