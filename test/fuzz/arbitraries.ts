/**
 * fast-check generators for hostile lessons: Markdown built from fragments that stress the
 * parser and the layout (unclosed fences, huge tables, 10,000-column lines, deep nesting,
 * random Unicode, emoji, control bytes, directives in odd places), the course lesson with
 * random mutations, and screen sizes from 1x1 to 400x200.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { LESSON_PATH } from '../support/decks.js';

/** How many cases a property runs: bounded in `npm test`, FUZZ_RUNS for a long run. */
export const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 0) || undefined;

const CONTROL = fc.constantFrom(
  '\x00',
  '\x07',
  '\x08',
  '\x0b',
  '\x0c',
  '\r',
  '\x1b',
  '\x1b[2J',
  '\x1b[31m',
  '\x1b]0;title\x07',
  '\x1b]52;c;aGk=\x07',
  '\x1bP+q\x1b\\',
  '\x7f',
  '\x85',
  '\x9b31m',
  '\u200d',
  '\ufe0f',
  '\u202e',
  '\ufeff',
);
const EMOJI = fc.constantFrom('🧩', '⚖️', '🧙‍♂️', '👍🏽', '🇮🇩', '🏰', '1️⃣', '👨‍👩‍👧', '🛠️', '❤');
const WIDE = fc.constantFrom('漢字', '한국어', 'ｗｉｄｅ', 'カタカナ', 'é', 'ñ', 'a\u0301', 'Ω', '…', '━');

/** A word: ASCII, Unicode of any plane, emoji, wide letters or control bytes. */
const word = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,12}$/) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: EMOJI },
  { weight: 1, arbitrary: WIDE },
  { weight: 1, arbitrary: CONTROL },
);

/** Inline Markdown: words with emphasis, code, links, HTML and stray markers. */
const inline = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: word },
      { weight: 1, arbitrary: word.map((w) => `**${w}**`) },
      { weight: 1, arbitrary: word.map((w) => `*${w}_`) },
      { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
      { weight: 1, arbitrary: fc.tuple(word, word).map(([t, h]) => `[${t}](${h})`) },
      { weight: 1, arbitrary: fc.constantFrom('<b>', '</i>', '<!--', '-->', '|', '\\', '`', '~~', '[', '](', ':smile:', '&amp;', '&#0;') },
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map((ws) => ws.join(' '));

const fence = fc.constantFrom('```', '~~~', '````');
const lang = fc.constantFrom('', 'bash', 'art', 'js', 'python', 'yaml', 'nosuchlang', 'art extra');

/** One block of Markdown (possibly several lines), ending without a newline. */
const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: inline },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
  { weight: 2, arbitrary: fc.array(inline, { minLength: 1, maxLength: 6 }).map((items) => items.map((i) => `- ${i}`).join('\n')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 40 }), inline)
      .map(([depth, t]) => Array.from({ length: depth }, (_, d) => `${'  '.repeat(d)}- ${t}`).join('\n')),
  },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 60 }), inline).map(([depth, t]) => `${'> '.repeat(depth)}${t}`) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 }), inline).map(([cols, rows, t]) => table(cols, rows, t)),
  },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 20, max: 60 }), fc.integer({ min: 1, max: 40 })).map(([c, r]) => table(c, r, 'cell')) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fence, lang, fc.array(fc.oneof(inline, fc.string({ maxLength: 80 })), { maxLength: 8 }), fc.boolean())
      .map(([f, l, lines, closed]) => `${f}${l}\n${lines.join('\n')}${closed ? `\n${f}` : ''}`),
  },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 10_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 50, max: 2_000 }), word).map(([n, w]) => `${w} `.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 3_000 }).map((n) => `a\t`.repeat(n)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<!-- pause -->',
      '<!-- end_slide -->',
      '<!-- notes: a note -->',
      '<!-- notes -->',
      '<!-- /notes -->',
      '<!-- columns: 1 1 -->',
      '<!-- columns: 0 -1 99999 -->',
      '<!-- column -->',
      '<!-- /columns -->',
      '<!-- incremental_lists: true -->',
      '<!-- paus -->',
      '<div>html block</div>',
      '<script>x</script>',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '===', '- - -', '---\n---\n---') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

function table(cols: number, rows: number, text: string): string {
  const row = (f: (c: number) => string) => `| ${Array.from({ length: cols }, (_, c) => f(c)).join(' | ')} |`;
  return [row((c) => `h${c}`), row(() => '---'), ...Array.from({ length: rows }, (_, r) => row((c) => (c === r % cols ? text : `${r}.${c}`)))].join('\n');
}

/** Front matter: sometimes valid, sometimes broken. */
const frontMatter = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: inline.map((t) => `---\ntitle: "${t.replace(/["\\\n]/g, '')}"\nincremental_lists: true\n---\n`) },
  { weight: 1, arbitrary: fc.constant('---\ntitle: [unclosed\n---\n') },
  { weight: 1, arbitrary: fc.constant('---\nlang: id\n') },
);

/** A whole generated lesson. */
export const generatedLesson: fc.Arbitrary<string> = fc
  .tuple(
    frontMatter,
    fc.array(fc.array(block, { minLength: 0, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n'),
  )
  .map(([fm, slides, gap]) => fm + slides.map((blocks) => blocks.join(gap)).join(`${gap}---${gap}`));

const LESSON = readFileSync(LESSON_PATH, 'utf8');

/** The course lesson with random cuts, insertions and duplications. */
export const mutatedLesson: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.nat(),
      fc.nat({ max: 400 }),
      fc.oneof(block, fc.constant(''), fc.string({ unit: 'binary', maxLength: 20 })),
      fc.constantFrom('cut', 'insert', 'dup'),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((edits) => {
    let text = LESSON;
    for (const [at, len, insert, kind] of edits) {
      const i = at % (text.length + 1);
      if (kind === 'cut') text = text.slice(0, i) + text.slice(i + len);
      else if (kind === 'insert') text = text.slice(0, i) + insert + text.slice(i);
      else text = text.slice(0, i) + text.slice(i, i + len) + text.slice(i);
    }
    return text;
  });

/** A lesson, generated or mutated. */
export const anyLesson = fc.oneof(generatedLesson, mutatedLesson);

/** Screen sizes from 1x1 to 400x200, small ones more often. */
export const screenSize = fc.oneof(
  fc.record({ width: fc.integer({ min: 1, max: 20 }), height: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ width: fc.integer({ min: 20, max: 140 }), height: fc.integer({ min: 5, max: 50 }) }),
  fc.record({ width: fc.integer({ min: 1, max: 400 }), height: fc.integer({ min: 1, max: 200 }) }),
);
