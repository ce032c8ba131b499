import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/deck/input-error.js';
import { loadTheme, themeFromData } from '../../../src/load/theme-file.js';
import { screenViewport } from '../../../src/render/frame.js';
import { stringsFor } from '../../../src/render/ui-strings.js';
import { BUILTIN_THEMES } from '../../../src/theme/builtin-themes.js';
import { detectColorLevel } from '../../../src/theme/color-level.js';
import { isUtf8Locale } from '../../../src/theme/locale.js';
import { makeStyles, type ColorLevel } from '../../../src/theme/styles.js';
import { printFrames } from '../../../src/output/print.js';
import { BUNDLED_DECK_PATH, deckFromFile, deckOf, LESSON_PATH } from '../../support/decks.js';
import { expectGolden } from '../../support/golden.js';

const lesson = deckFromFile(LESSON_PATH);
const en = stringsFor('en');
const LEVELS: ColorLevel[] = [0, 1, 2, 3];

function tableFrame(theme: string, level: ColorLevel): string {
  const styles = makeStyles(BUILTIN_THEMES[theme]!, level);
  // The first Frame of the comparison slide (print pages tall slides, so count by title).
  return [...printFrames(lesson, screenViewport(80, 16), styles, en)].find((frame) => frame.includes('Perbandingan')) ?? '';
}

describe('built-in themes at every color depth', () => {
  for (const theme of Object.keys(BUILTIN_THEMES)) {
    it(`draws the table slide in ${theme} as it always has, at levels 0-3`, () => {
      const out = LEVELS.map((level) => `=== ${theme} level ${level}\n${tableFrame(theme, level)}`).join('');
      expectGolden(`theme-${theme}.ansi`, out);
    });
  }

  it('uses only the SGR codes a color depth allows', () => {
    expect(tableFrame('dark', 0)).not.toContain('\u001B');
    expect(tableFrame('dark', 1)).not.toMatch(/\u001B\[[34]8;/);
    expect(tableFrame('dark', 2)).toMatch(/\u001B\[38;5;\d+m/);
    expect(tableFrame('dark', 2)).not.toMatch(/\u001B\[38;2;/);
    expect(tableFrame('dark', 3)).toMatch(/\u001B\[38;2;\d+;\d+;\d+m/);
    // mono has no colors at any depth, only attributes.
    expect(tableFrame('mono', 3)).not.toMatch(/\u001B\[(3|4|9|10)\d/);
    expect(tableFrame('mono', 3)).toContain('\u001B[1m');
  });

  it('keeps KVM and LXC apart by color in every colored theme', () => {
    for (const theme of ['dark', 'light', 'high-contrast']) {
      const styles = makeStyles(BUILTIN_THEMES[theme]!, 3);
      expect(styles.tableColumn(1)('x'), theme).not.toBe(styles.tableColumn(2)('x'));
    }
  });
});

describe('theme files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-theme-'));

  it('reads roles from YAML or JSON, over a built-in base', async () => {
    writeFileSync(join(dir, 'mine.yaml'), 'extends: light\nheading: "#ff0000"\ntable header: yellow\ncolumns: ["#111", "#222222"]\n');
    const theme = await loadTheme('mine.yaml', dir);
    expect(theme.colors.heading).toBe('#ff0000');
    expect(theme.colors.tableHeader).toBe('#e5e510');
    expect(theme.colors.tableColumns).toEqual(['#111111', '#222222']);
    expect(theme.colors.text).toBe(BUILTIN_THEMES['light']!.colors.text);
    writeFileSync(join(dir, 'mine.json'), JSON.stringify({ colors: { accent: '#00ff00' } }));
    expect((await loadTheme('mine.json', dir)).colors.accent).toBe('#00ff00');
  });

  it('names the bad key in one clear error', async () => {
    writeFileSync(join(dir, 'typo.yaml'), 'headng: "#ff0000"\n');
    await expect(loadTheme('typo.yaml', dir)).rejects.toThrow(/unknown key "headng"/);
    writeFileSync(join(dir, 'color.yaml'), 'heading: blu\n');
    await expect(loadTheme('color.yaml', dir)).rejects.toThrow(/"heading" is not a color/);
    await expect(loadTheme('missing.yaml', dir)).rejects.toThrow(/no such file/);
    await expect(loadTheme('neon', dir)).rejects.toThrow(/unknown theme "neon"/);
    expect(() => themeFromData(['x'], 'list.yaml')).toThrow(InputError);
    expect(() => themeFromData({ extends: 'neon' }, 'x.yaml')).toThrow(/"extends" must be one of/);
  });
});

describe('color depth and locale detection', () => {
  it('respects NO_COLOR, FORCE_COLOR and --color', () => {
    expect(detectColorLevel('auto', true, { NO_COLOR: '1', COLORTERM: 'truecolor' })).toBe(0);
    expect(detectColorLevel('always', false, { NO_COLOR: '1', COLORTERM: 'truecolor' })).toBe(3);
    expect(detectColorLevel('auto', false, { FORCE_COLOR: '2' })).toBe(2);
    expect(detectColorLevel('never', true, { FORCE_COLOR: '3' })).toBe(0);
    expect(detectColorLevel('auto', true, { TERM: 'xterm' })).toBe(1);
  });

  it('treats a non-UTF-8 locale as ASCII-only, and a missing one as UTF-8', () => {
    expect(isUtf8Locale({ LANG: 'id_ID.UTF-8' })).toBe(true);
    expect(isUtf8Locale({ LANG: 'C' })).toBe(false);
    expect(isUtf8Locale({ LC_ALL: 'POSIX', LANG: 'en_US.UTF-8' })).toBe(false);
    expect(isUtf8Locale({ LC_CTYPE: 'en_US.utf8' })).toBe(true);
    expect(isUtf8Locale({})).toBe(true);
  });
});

describe('ASCII mode', () => {
  const nasty = deckOf(
    '# 🧩 Café “quotes” — dash…\n\n- ✅ done\n- [ ] task\n\n| ⚖️ | Naïve |\n|---|---|\n| 🧙♂️ | → ← ↑ |\n\n```art\n┌──┐\n│ok│\n└──┘\n```\n\n> quote • bullet',
  );

  it.each([
    ['the lesson', lesson],
    ['the bundled deck', deckFromFile(BUNDLED_DECK_PATH)],
    ['a deck full of Unicode', nasty],
  ])('prints %s with no byte above 0x7F, at every theme and depth', (_, deck) => {
    for (const theme of Object.values(BUILTIN_THEMES)) {
      for (const level of LEVELS) {
        for (const [cols, rows] of [
          [80, 24],
          [40, 12],
          [120, 40],
        ] as const) {
          const out = [...printFrames(deck, screenViewport(cols, rows), makeStyles(theme, level, { ascii: true }), en)].join('');
          const bytes = Buffer.from(out, 'utf8');
          expect(
            bytes.every((b) => b <= 0x7f),
            `${theme.name} L${level} ${cols}x${rows}`,
          ).toBe(true);
        }
      }
    }
  });

  it('draws ASCII borders, bullets and bar, keeps table rows aligned and big titles', () => {
    const styles = makeStyles(BUILTIN_THEMES['dark']!, 0, { ascii: true });
    const frames = [...printFrames(nasty, screenViewport(80, 24), styles, en)].join('');
    expect(frames).toContain('Cafe "quotes" -- dash...');
    expect(frames).toContain('* done');
    expect(frames).toContain('[ ] task');
    expect(frames).toMatch(/\+-+\+-+\+/);
    const tableRows = frames.split('\n').filter((l) => /^  \|.*\|$/.test(l));
    expect(new Set(tableRows.map((l) => l.length)).size).toBe(1);
    expect(frames).toContain('|ok|');
    const bundled = [...printFrames(deckFromFile(BUNDLED_DECK_PATH), screenViewport(80, 24), styles, en)][0] ?? '';
    expect(bundled).toMatch(/\|_\|/); // cfonts "simple" font is ASCII
  });
});
