import { Chalk, type ChalkInstance } from 'chalk';
import type { Color, Theme } from './theme.js';

/** 0 none, 1 basic 16 colors, 2 256 colors, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** A function that wraps text in SGR codes (or returns it unchanged at level 0). */
export type Paint = (text: string) => string;

/** How a renderer may draw, besides colors. */
export interface StyleOptions {
  /** Pure ASCII output: `+-|` borders, `*` bullets, ASCII-only big-title fonts. */
  ascii?: boolean;
  /**
   * Pictures as cells reserved for a terminal graphics protocol (kitty, iTerm2, sixel) that
   * the local terminal layer draws over them, instead of half-block text.
   */
  placedPictures?: boolean;
  /** Web links are clickable (OSC 8): only for a terminal known to support them. */
  hyperlinks?: boolean;
  /**
   * A lesson link shows its path after its text, as web links do: for exports, where the
   * page links the lessons itself and no `f` key follows them.
   */
  lessonPaths?: boolean;
}

/** The theme bound to one color depth: what every renderer paints with. */
export interface Styles {
  theme: Theme;
  level: ColorLevel;
  ascii: boolean;
  /** See StyleOptions.placedPictures. */
  placedPictures: boolean;
  /** Web links are written as OSC 8 links (the terminal shows them clickable). */
  hyperlinks: boolean;
  /** See StyleOptions.lessonPaths. */
  lessonPaths: boolean;
  /** Stable key for caches: the same key always paints the same bytes. */
  key: string;
  chalk: ChalkInstance;
  title: Paint;
  heading: Paint;
  text: Paint;
  accent: Paint;
  muted: Paint;
  border: Paint;
  code: Paint;
  link: Paint;
  strong: Paint;
  em: Paint;
  del: Paint;
  tableHeader: Paint;
  /** Paint for table column `i`. */
  tableColumn: (i: number) => Paint;
  art: Paint;
  artLabel: Paint;
  status: Paint;
  progress: Paint;
  /** Paints a whole screen line's background, for a theme that brings its own; else undefined. */
  screen: Paint | undefined;
}

const cache = new Map<string, Styles>();
const plainText: Paint = (s) => s;

/**
 * Binds a theme to a color depth. Each call site passes its own level (one SSH server
 * paints for many terminals), so this never touches the global chalk. chalk reduces hex
 * colors to 256 or 16 colors by itself at lower levels.
 */
export function makeStyles(theme: Theme, level: ColorLevel, options: StyleOptions = {}): Styles {
  const ascii = options.ascii === true;
  const placedPictures = options.placedPictures === true && !ascii;
  const hyperlinks = options.hyperlinks === true;
  const lessonPaths = options.lessonPaths === true;
  const key = `${theme.name}/${level}${ascii ? '/ascii' : ''}${placedPictures ? '/placed' : ''}${hyperlinks ? '/osc8' : ''}${lessonPaths ? '/paths' : ''}/${JSON.stringify(theme.colors)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const chalk = new Chalk({ level });
  const c = theme.colors;
  const fg = (color: Color): Paint => (color === null ? plainText : (s) => chalk.hex(color)(s));
  const bold = (color: Color): Paint => (color === null ? (s) => chalk.bold(s) : (s) => chalk.bold.hex(color)(s));
  const columns = c.tableColumns.length > 0 ? c.tableColumns : [c.text];
  const onBar = (color: Color): Paint => {
    const background = c.statusBackground;
    // Without a background color the bar is drawn in inverse video, which every terminal has.
    if (background === null) return (s) => chalk.inverse(s);
    return color === null ? (s) => chalk.bgHex(background)(s) : (s) => chalk.bgHex(background).hex(color)(s);
  };
  const styles: Styles = {
    theme,
    level,
    ascii,
    placedPictures,
    hyperlinks,
    lessonPaths,
    key,
    chalk,
    title: bold(c.title),
    heading: bold(c.heading),
    text: fg(c.text),
    accent: c.accent === null ? (s) => chalk.bold(s) : fg(c.accent),
    muted: c.muted === null ? (s) => chalk.dim(s) : fg(c.muted),
    border: fg(c.border),
    code: fg(c.code),
    link: (s) => (c.link === null ? chalk.underline(s) : chalk.underline.hex(c.link)(s)),
    strong: (s) => chalk.bold(s),
    em: (s) => chalk.italic(s),
    del: (s) => chalk.strikethrough(s),
    tableHeader: bold(c.tableHeader),
    tableColumn: (i) => fg(columns[i % columns.length] ?? c.text),
    art: fg(c.art),
    artLabel: bold(c.artLabel),
    status: onBar(c.statusText),
    progress: onBar(c.progress),
    screen: c.background === undefined || c.background === null || level === 0 ? undefined : (s) => chalk.bgHex(c.background as string)(s),
  };
  cache.set(key, styles);
  return styles;
}

/**
 * The same styles with some options changed and every other one kept: the one way to
 * derive styles from styles, so that no option is dropped on the way (one was, for links).
 */
export function restyle(styles: Styles, changes: StyleOptions): Styles {
  const { ascii, placedPictures, hyperlinks, lessonPaths } = styles;
  return makeStyles(styles.theme, styles.level, { ascii, placedPictures, hyperlinks, lessonPaths, ...changes });
}
