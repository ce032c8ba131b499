/** Types for decks.mjs, which the benchmark runs as plain JavaScript and the tests import. */

/** A lesson of `count` slides, each a heading, a paragraph, a list, a table and a code block. */
export function generatedDeck(count: number): string;

/** A README-style lesson of `sections` `##` sections and no slide break (`breaks`: the same with `---`). */
export function sectionedLesson(sections: number, options?: { breaks?: boolean }): string;

/** A lesson of at most `bytes` characters shaped like real ones (`breaks: false`: split by headings only), and its slide count. */
export function bigLesson(bytes: number, options?: { breaks?: boolean }): { text: string; slides: number };
