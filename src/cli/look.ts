import type { Deck } from '../deck/types.js';
import { loadTheme, themeBase } from '../load/theme-file.js';
import { isUtf8Locale } from '../theme/locale.js';
import { makeStyles, type ColorLevel, type Styles } from '../theme/styles.js';
import { darkTheme } from '../theme/theme.js';
import type { LookOptions } from './args.js';

/**
 * The look of the slides: `--theme` (relative to the current folder) over the deck's
 * front matter `theme:` (relative to the lesson), else dark; ASCII when asked or when the
 * locale is not UTF-8.
 */
export async function stylesFor(deck: Deck, look: LookOptions, level: ColorLevel): Promise<Styles> {
  const theme =
    look.theme !== undefined
      ? await loadTheme(look.theme, process.cwd())
      : deck.meta.theme !== undefined
        ? await loadTheme(deck.meta.theme, themeBase(deck.meta.source))
        : darkTheme;
  return makeStyles(theme, level, { ascii: look.ascii ?? !isUtf8Locale(process.env) });
}
