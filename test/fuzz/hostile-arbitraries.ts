/**
 * Generators for what surrounds a lesson (issue 15): percent-encoded link targets, YAML
 * escapes in front matter, file names and theme keys with controls, and deep nesting.
 */
import fc from 'fast-check';

/** Control characters and sequences a terminal would act on. */
export const hostileControl = fc.constantFrom(
  '\x1b]52;c;SGFjaw==\x07',
  '\x1b]0;OWNED\x07',
  '\x1b]8;;http://x\x1b\\',
  '\x1b[5m',
  '\x1b[8m',
  '\x1b[2J',
  '\x1b[?1049l',
  '\x1bP+q\x1b\\',
  '\x07',
  '\x7f',
  '\u009b6n',
  '\u009d0;x\u009c',
  '\u202e',
  '\u2066',
  '\u200b',
  '\r',
  '\n',
);

/** Text with controls mixed in. */
export const hostileText = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom('a', 'Judul', 'x.md', ' ', 'é', '漢', '%', '#') }, { weight: 1, arbitrary: hostileControl }), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

/** Percent-encoding of every byte (what `%1B%5B5m` in a link target decodes from). */
const percentEncode = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** A lesson whose links point at hostile targets: percent-encoded, entity-encoded and raw. */
export const hostileLinkLesson = fc
  .array(
    fc.tuple(
      hostileText,
      fc.constantFrom('./', '../', '', 'https://example.com/', 'sub/'),
      fc.constantFrom('percent', 'entity', 'plain'),
      fc.constantFrom('.md', '', '.png', '#part'),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((links) =>
    links
      .map(([text, prefix, how, suffix], i) => {
        const target = how === 'percent' ? percentEncode(text) : how === 'entity' ? [...text].map((c) => `&#${c.codePointAt(0)};`).join('') : encodeURI(text);
        return `# Link ${i}\n\nGo [there ${i}](${prefix}${target}${suffix}) and <${prefix}${target}${suffix}>.\n`;
      })
      .join('\n---\n\n'),
  );

/** A YAML double-quoted escape that decodes to a control (`\e`, `\x9b`, `\u202e`…). */
const yamlEscape = fc.constantFrom(
  '\\e',
  '\\a',
  '\\x9b',
  '\\x1b[5m',
  '\\e]52;c;QQ==\\a',
  '\\u202e',
  '\\b',
  '\\0',
  '\\x85',
  '\\N',
  '\\L',
  '\\P',
  '\\e[2J',
  '\\r\\n',
);

/** A YAML double-quoted string holding escapes and text. */
const yamlString = fc.array(fc.oneof(yamlEscape, fc.constantFrom('Talk', ' ', 'Me', 'dark', 'x')), { maxLength: 8 }).map((parts) => `"${parts.join('')}"`);

/** A lesson whose front matter decodes to controls: title, author, theme, lang, nested values. */
export const yamlEscapeLesson = fc
  .tuple(yamlString, yamlString, fc.option(yamlString), yamlString, yamlString)
  .map(([title, author, theme, lang, nested]) =>
    [
      '---',
      `title: ${title}`,
      `author: ${author}`,
      ...(theme === null ? [] : [`theme: ${theme}`]),
      `lang: ${lang}`,
      `${nested}: [${nested}, {${nested}: ${nested}}]`,
      '---',
      '',
      '# One',
      '',
      'Text.',
      '',
    ].join('\n'),
  );

/** A container marker (quote, list, footnote), as they nest on one line or by indentation, or an inline one (emphasis, strikethrough, link text). */
const marker = fc.constantFrom('>', '> ', '- ', '* ', '+ ', '1. ', '2) ', '  ', '    ', '\t', '[^n]: ', '**a ', '_', '~~a ', '[a ');

/**
 * Lines nested up to thousands deep, on one line or across lines, with code fences and HTML
 * blocks (which hide fences) among them.
 */
export const deepLesson = fc
  .array(
    fc.tuple(
      fc.array(marker, { maxLength: 40 }),
      fc.nat({ max: 3000 }),
      marker,
      fc.constantFrom('deep', '```', '~~~', '---', '', 'x', '<!--', '-->', '<div>', '<pre>', '</pre>'),
      // What closes the inline openers, as many times as they were repeated.
      fc.constantFrom('', ' a**', '_', ' a~~', '](u)'),
    ),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map(
    (lines) =>
      `# Deep\n\n${lines.map(([prefix, repeat, again, text, close]) => `${prefix.join('')}${again.repeat(repeat)}${text}${close.repeat(repeat)}`).join('\n')}\n`,
  );

/** Cases per property for a long run (`npm run fuzz`), as arbitraries.ts reads it. */
export const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 0) || undefined;

/** Screen sizes from 1x1 to 400x200, small ones more often (arbitraries.ts reads a lesson at import, so not from there). */
export const screenSize = fc.oneof(
  fc.record({ width: fc.integer({ min: 1, max: 20 }), height: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ width: fc.integer({ min: 20, max: 140 }), height: fc.integer({ min: 5, max: 50 }) }),
  fc.record({ width: fc.integer({ min: 1, max: 400 }), height: fc.integer({ min: 1, max: 200 }) }),
);
