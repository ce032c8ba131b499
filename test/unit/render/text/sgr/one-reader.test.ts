import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * One styled-text model: src/render/text/sgr/tokens.ts is the only module that reads escape
 * sequences out of styled text. This walks every source file in src/ and fails on a second
 * reader: a regular expression that matches SGR sequences, a string that holds one (write
 * it with tokens.ts's sgr() or SGR_RESET), or a package that parses them.
 */

const SRC = fileURLToPath(new URL('../../../../../src/', import.meta.url));
const THE_READER = 'render/text/sgr/tokens.ts';
/** Files that read escape sequences which are not styled text, and why. */
const NOT_STYLED_TEXT: Record<string, string> = {
  'session/key-decoder.ts': 'decodes what the keyboard sends (CSI and SS3 keys), not styled text',
};
/** Packages whose job is to find escape sequences in text. */
const PARSER_PACKAGES = ['strip-ansi', 'ansi-regex', 'has-ansi', '@alcalzone/ansi-tokenize', 'ansi-parser', 'ansi-sequence-parser'];

const SGR_SAMPLES = ['\u001B[31m', '\u001B[0m', '\u001B[m', '\u001B[1;38;5;188m', '\u001B[38;2;1;2;3m', 'a\u001B[4mb\u001B[24mc'];
const SGR_IN_STRING = /\u001B\[[0-9;:]*m/;
const MENTIONS_ESCAPE = /\\u001[bB]|\\x1[bB]|\\u\{1[bB]\}|\\033|\\u009[bB]|\\x9[bB]|\u001B|\u009B/;

/** Why a regular expression with this source is a second SGR reader, or undefined if it is not one. */
function sgrReaderIn(source: string, flags: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags.replace(/[gy]/g, ''));
  } catch {
    return undefined;
  }
  const matched = SGR_SAMPLES.find((sample) => regex.test(sample));
  if (matched === undefined) return undefined;
  // A pattern for escapes that matches SGR, or one that tells SGR from other sequences
  // (it matches `ESC[31m` but not `ESC[31X`), even without naming ESC.
  if (MENTIONS_ESCAPE.test(source)) return `/${source}/ matches SGR (${JSON.stringify(matched)})`;
  if (!regex.test(matched.replace(/m/g, 'X'))) return `/${source}/ tells SGR apart (${JSON.stringify(matched)})`;
  return undefined;
}

/** Every second reader of styled text in one source file. */
function secondReaders(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const end = literal.lastIndexOf('/');
      const why = sgrReaderIn(literal.slice(1, end), literal.slice(end + 1));
      if (why) found.push(`${at(node)}: ${why}`);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [source, flags] = node.arguments ?? [];
      if (source && ts.isStringLiteralLike(source)) {
        const why = sgrReaderIn(source.text, flags && ts.isStringLiteralLike(flags) ? flags.text : '');
        if (why) found.push(`${at(node)}: ${why}`);
      }
    } else if (ts.isStringLiteralLike(node)) {
      if (SGR_IN_STRING.test(node.text)) found.push(`${at(node)}: the SGR sequence ${JSON.stringify(node.text)}`);
    } else if (ts.isTemplateExpression(node)) {
      // Each placeholder stands for a number, as in `ESC[${code}m`.
      const joined = node.head.text + node.templateSpans.map((span) => `1${span.literal.text}`).join('');
      if (SGR_IN_STRING.test(joined)) found.push(`${at(node)}: the SGR sequence ${JSON.stringify(joined)}`);
    }
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && PARSER_PACKAGES.includes(node.moduleSpecifier.text)) {
      found.push(`${at(node)}: imports ${node.moduleSpecifier.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('one styled-text model', () => {
  it('no module in src/ but tokens.ts reads SGR sequences', () => {
    const files = sourceFiles(SRC).map((path) => relative(SRC, path).split('\\').join('/'));
    expect(files).toContain(THE_READER);
    const found = files
      .filter((name) => name !== THE_READER && NOT_STYLED_TEXT[name] === undefined)
      .flatMap((name) => secondReaders(name, readFileSync(join(SRC, name), 'utf8')));
    expect(found).toEqual([]);
  });

  it('finds a second reader in the forms one would write', () => {
    const readers = [
      "const plain = text.replace(/\\u001B\\[[0-9;]*m/g, '');",
      'const SGR = /\\x1b\\[([\\d;]*)m/g;',
      'const ANY = /\\u001B\\[[0-?]*[ -/]*[@-~]/;',
      "const LOOSE = new RegExp('\\\\u001b\\\\[\\\\d+(;\\\\d+)*m', 'g');",
      'const BODY = /\\[(\\d+;?)*m/;',
      "const RESET = '\\u001B[0m';",
      'const open = `\\u001B[${code}m`;',
      "import stripAnsi from 'strip-ansi';",
    ];
    for (const source of readers) expect(secondReaders('x.ts', source), source).toHaveLength(1);
  });

  it('leaves alone what only looks near SGR', () => {
    const innocent = [
      'const SYNCED = /^(\\u001B\\[\\?2026h)([\\s\\S]*?)(\\u001B\\[\\?2026l)$/;',
      'const UP = /^\\u001B\\[(\\d+)A/;',
      'const WORDS = /[^\\n]*/;',
      "const CLEAR = '\\u001B[H\\u001B[2J';",
      'const move = `\\u001B[${row};1H`;',
      'const markdown = /\\*\\*[^*]+\\*\\*/;',
    ];
    for (const source of innocent) expect(secondReaders('x.ts', source), source).toEqual([]);
  });
});
