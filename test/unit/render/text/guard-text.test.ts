import { describe, expect, it } from 'vitest';
import { guardLine, guardText } from '../../../../src/render/text/sgr/guard.js';
import { formatFinding, formatJson } from '../../../../src/check/format.js';
import { deckFromText } from '../../../../src/parse/deck-from-text.js';
import { themeFromData } from '../../../../src/load/theme-file.js';
import { sanitizeDecoded } from '../../../../src/parse/clean-text.js';
import { parseYaml } from '../../../../src/parse/yaml.js';
import type { Finding } from '../../../../src/check/finding.js';

/** True when `text` holds any control character (C0 but LF/TAB, DEL, C1) or a bidi override. */
const hasControls = (text: string) => /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(text);

const HOSTILE = [
  '\x1b]52;c;SGFjaw==\x07',
  '\x1b]0;title\x1b\\',
  '\x1b[5m\x1b[8m',
  '\x1b[2J\x1b[3J',
  '\x1bP+q544e\x1b\\',
  '\u009b6n',
  '\u009d0;x\u009c',
  '\u202eevil',
  '\x07\x08\x7f',
];

describe('guardText and guardLine', () => {
  it('remove every escape sequence, SGR included, and every control', () => {
    for (const bad of HOSTILE) {
      const guarded = guardText(`a${bad}b`);
      expect(hasControls(guarded), JSON.stringify(bad)).toBe(false);
      expect(guarded.startsWith('a') && guarded.endsWith('b')).toBe(true);
    }
    expect(guardText('\x1b[31mred\x1b[0m')).toBe('red');
  });

  it('keep plain text, tabs and line feeds; guardLine makes one line', () => {
    expect(guardText('café\tñ\nnext')).toBe('café\tñ\nnext');
    expect(guardLine('one\ntwo\r\nthree\tfour')).toBe('one two three four');
  });
});

describe('check findings', () => {
  const finding = (file: string, message: string): Finding => ({ file, line: 3, slide: 1, step: null, size: null, kind: 'broken-link', message });

  it('print file names and messages through the guard', () => {
    const line = formatFinding(finding(`01-${HOSTILE[0]}x.md`, `points to ./${HOSTILE[2]}X.md`));
    expect(hasControls(line)).toBe(false);
    expect(line).toBe('01-x.md:3: slide 1: points to ./X.md');
  });

  it('escape DEL, C1 and bidi controls in JSON, which JSON.stringify leaves raw', () => {
    const json = formatJson([finding('a\u009bb\u202ec.md', 'm\x1b')]);
    expect(hasControls(json)).toBe(false);
    expect(JSON.parse(json)[0].file).toBe('a\u009bb\u202ec.md');
  });
});

describe('decoded YAML', () => {
  it('is cleaned after YAML decodes its escapes: front matter title, author and theme', () => {
    const deck = deckFromText('---\ntitle: "\\e]0;OWNED\\a\\e[2J\\x9b6n Talk"\nauthor: "\\u202eMe"\ntheme: "\\e]52;c;QQ==\\a"\n---\n# One\n', 'x.md', 'x.md');
    expect(hasControls(deck.meta.title)).toBe(false);
    expect(deck.meta.title).toContain('Talk');
    expect(hasControls(deck.meta.author ?? '')).toBe(false);
    expect(hasControls(deck.meta.theme ?? '')).toBe(false);
  });

  it('cleans mapping keys too (a theme file key in the unknown-key error)', () => {
    const data = sanitizeDecoded(parseYaml('"\\e]52;c;QQ==\\a\\e[5mhead": "#ffffff"\n'));
    expect(() => themeFromData(data, 'evil.yaml')).toThrow(/unknown key "\]52;c;QQ==\[5mhead"/);
  });

  it('drops values nested past the depth bound instead of recursing without end', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    let value = sanitizeDecoded(deep);
    let depth = 0;
    while (Array.isArray(value)) {
      value = value[0];
      depth++;
    }
    expect(depth).toBeLessThanOrEqual(64);
  });
});

describe('a file name used as the title', () => {
  it('is cleaned like lesson text', () => {
    const deck = deckFromText('no heading here\n', 'x.md', `\x1b]52;c;QQ==\x07name\n.md`);
    expect(deck.meta.title).toBe(']52;c;QQ==name .md');
  });
});

describe('wrapping text that spells an SGR code', () => {
  it('never reopens a literal `[8m` or `[5m` as hidden or blinking text on the next line', async () => {
    const { wrapStyled } = await import('../../../../src/render/text/text.js');
    const lines = wrapStyled('\x1b[38;2;220;223;228mGo and see <./[8m.md> and [5m too\x1b[39m', 12);
    expect(lines.join('\n')).not.toMatch(/\x1b\[(?:8|5|28|25)m/);
    expect(lines.join(' ').replace(/\x1b\[[0-9;]*m/g, '')).toContain('[8m.md>');
  });
});
