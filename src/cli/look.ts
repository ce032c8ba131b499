import type { Deck } from '../deck/types.js';
import { InputError } from '../deck/input-error.js';
import { loadTheme, themeBase } from '../load/theme-file.js';
import { isUtf8Locale } from '../theme/locale.js';
import { makeStyles, type ColorLevel, type Styles } from '../theme/styles.js';
import { darkTheme, type Theme } from '../theme/theme.js';
import type { LookOptions } from './args.js';

/**
 * The look of the slides: `--theme` (relative to the current folder) over the deck's
 * front matter `theme:` (relative to the lesson), else `fallback` (dark, or what the terminal's
 * background asks for); ASCII when asked or when the locale is not UTF-8; clickable links
 * when the terminal shows them.
 */
export async function stylesFor(deck: Deck, look: LookOptions, level: ColorLevel, fallback: Theme = darkTheme, hyperlinks = false): Promise<Styles> {
  // A theme chosen on the command line wins: the lesson's own, found or not, is no news.
  if (look.theme !== undefined) delete deck.meta.unknownTheme;
  const theme = look.theme !== undefined ? await loadTheme(look.theme, process.cwd()) : deck.meta.theme !== undefined ? await lessonTheme(deck) : fallback;
  return makeStyles(theme, level, { ascii: look.ascii ?? !isUtf8Locale(process.env), hyperlinks });
}

/**
 * The theme a lesson's front matter names. A lesson is never refused for it: a theme file
 * that cannot be read or used gives the default theme, and the deck records the miss so
 * the first slide's status bar says so (as it does for another tool's theme name).
 */
export async function lessonTheme(deck: Deck): Promise<Theme> {
  const name = deck.meta.theme ?? '';
  try {
    return await loadTheme(name, themeBase(deck.meta.source));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    deck.meta.unknownTheme = name;
    return darkTheme;
  }
}

/**
 * For `check`: a theme file the front matter names that cannot be read or used is reported
 * like a theme name lectern lacks (presenting falls back to the default for both).
 */
export async function noteUnusableThemeFile(deck: Deck): Promise<void> {
  const name = deck.meta.theme;
  if (name === undefined || deck.meta.unknownTheme !== undefined) return;
  await lessonTheme(deck);
  if (deck.meta.unknownTheme === undefined) return;
  deck.warnings = [{ kind: 'unknown-theme', line: deck.meta.themeLine ?? 1, text: name }, ...(deck.warnings ?? [])];
}
