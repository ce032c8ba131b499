import type { Deck, SourceWarning } from '../deck/types.js';
import { DIRECTIVE_NAMES, suspectDirective } from '../parse/directives.js';
import type { Located } from './fit-findings.js';
import { MAX_INDENT, MAX_NESTING } from '../parse/nesting-limit.js';

/** The directives a user writes (closing forms are implied). */
const OURS = DIRECTIVE_NAMES.filter((n) => !n.startsWith('/')).join(', ');

/** What an argument-taking directive expects, for `<!-- columns: a b -->` and the like. */
const EXPECTED: Record<string, string> = {
  columns: 'column widths, like <!-- columns: 2 1 -->',
  incremental_lists: 'true or false',
  notes: 'the notes text after a colon',
};

/**
 * Findings from what the parser skipped (Deck.warnings): comments that look like our
 * directives, empty slides, notes on no slide, notes blocks that swallow slide breaks.
 * They do not depend on the screen size.
 */
export function sourceFindings(deck: Deck): Located[] {
  return (deck.warnings ?? []).map((warning) => {
    const slide = warning.slide === undefined ? undefined : deck.slides[warning.slide];
    const hasSteps = slide !== undefined && slide.steps.length > 1;
    return {
      line: warning.line,
      slide: warning.slide === undefined ? null : warning.slide + 1,
      step: hasSteps && warning.step !== undefined ? warning.step + 1 : null,
      size: null,
      kind: warning.kind,
      message: messageOf(warning),
    };
  });
}

function messageOf(warning: SourceWarning): string {
  switch (warning.kind) {
    case 'unknown-directive':
      return directiveMessage(warning);
    case 'empty-slide':
      return 'empty slide: nothing between this slide break and the next; it is skipped';
    case 'stray-notes':
      return `speaker notes on no slide ("${shorten(warning.text, 40)}"): the slide around them is empty, so they are never shown`;
    case 'deep-nesting':
      return `quotes or lists nested too deep (over ${MAX_NESTING} levels, or ${MAX_INDENT} columns of indentation): the deeper levels are flattened into the last one`;
    case 'unclosed-notes':
      return '<!-- notes --> is never closed by <!-- /notes -->: the slide breaks after it are inside the notes, so those slides are lost';
  }
}

function directiveMessage(warning: SourceWarning): string {
  const comment = shorten(warning.text.replace(/\s+/g, ' '), 60);
  if (warning.suggestion !== undefined) return `unknown directive ${comment}: did you mean <!-- ${warning.suggestion} -->? It is ignored`;
  const suspect = suspectDirective(warning.text);
  if (suspect?.reason === 'invalid') {
    const expected = EXPECTED[suspect.name];
    return `${comment} is not a valid ${suspect.name} directive (${expected === undefined ? 'it takes no argument' : `expected ${expected}`}); it is ignored`;
  }
  return `unknown directive ${comment}: lectern's are ${OURS}; it is ignored`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
