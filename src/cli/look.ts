import type { Deck } from '../deck/types.js';
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
  const theme =
    look.theme !== undefined
      ? await loadTheme(look.theme, process.cwd())
      : deck.meta.theme !== undefined
        ? await loadTheme(deck.meta.theme, themeBase(deck.meta.source))
        : fallback;
  return makeStyles(theme, level, { ascii: look.ascii ?? !isUtf8Locale(process.env), hyperlinks });
}
