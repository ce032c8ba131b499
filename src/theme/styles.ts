import { Chalk, type ChalkInstance } from 'chalk';
import type { Theme } from './theme.js';

/** 0 none, 1 basic 16 colors, 2 256 colors, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** A function that wraps text in SGR codes (or returns it unchanged at level 0). */
export type Paint = (text: string) => string;

/** The theme bound to one color depth: what every renderer paints with. */
export interface Styles {
  theme: Theme;
  level: ColorLevel;
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
}

const cache = new Map<string, Styles>();

/**
 * Binds a theme to a color depth. Each call site passes its own level (one SSH server
 * paints for many terminals), so this never touches the global chalk.
 */
export function makeStyles(theme: Theme, level: ColorLevel): Styles {
  const key = `${theme.name}/${level}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const chalk = new Chalk({ level });
  const c = theme.colors;
  const hex = (color: string): Paint => (s) => chalk.hex(color)(s);
  const columns = c.tableColumns.length > 0 ? c.tableColumns : [c.text];
  const styles: Styles = {
    theme,
    level,
    key,
    chalk,
    title: (s) => chalk.bold.hex(c.title)(s),
    heading: (s) => chalk.bold.hex(c.heading)(s),
    text: hex(c.text),
    accent: hex(c.accent),
    muted: hex(c.muted),
    border: hex(c.border),
    code: hex(c.code),
    link: (s) => chalk.underline.hex(c.link)(s),
    strong: (s) => chalk.bold(s),
    em: (s) => chalk.italic(s),
    del: (s) => chalk.strikethrough(s),
    tableHeader: (s) => chalk.bold.hex(c.tableHeader)(s),
    tableColumn: (i) => hex(columns[i % columns.length] ?? c.text),
    art: hex(c.art),
    artLabel: (s) => chalk.bold.hex(c.artLabel)(s),
    status: (s) => chalk.bgHex(c.statusBackground).hex(c.statusText)(s),
    progress: (s) => chalk.bgHex(c.statusBackground).hex(c.progress)(s),
  };
  cache.set(key, styles);
  return styles;
}
