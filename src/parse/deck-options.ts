import { builtinTheme } from '../theme/builtin-themes.js';
import { frontMatterRunning, type MarpSettings } from './marp-directives.js';

/**
 * What a lesson's front matter asks of lectern, read from the keys lectern uses and from
 * those of Marp, patat and presenterm that mean something here. Every other key (Marp's
 * `class`, `size`, `style`, `paginate` (see marp-directives.ts), presenterm's `options`…) is ignored without a word:
 * a deck written for another tool must open, never be refused for its front matter.
 */
export interface DeckOptions {
  title?: string;
  subtitle?: string;
  /** Authors joined with `, ` (presenterm `authors` is a list). */
  author?: string;
  date?: string;
  lang?: string;
  /** A theme we can try to load: a built-in name or a `.yaml`/`.json` theme file. */
  theme?: string;
  /** A theme name we do not have (another tool's, like Marp's `gaia`). */
  unknownTheme?: string;
  /** Reveal list items one at a time (`incremental_lists`, patat `incrementalLists`, presenterm `options.incremental_lists`). */
  incremental: boolean;
  /** Marp deck: its plain comments are speaker notes. */
  marp: boolean;
  /** A slide level set by front matter, and the key that set it. */
  slideLevel?: { levels: number[]; from: 'slide_level' | 'headingDivider' | 'patat.slideLevel' | 'options.implicit_slide_ends'; setext?: boolean };
  /** Marp `header`/`footer` (and `_header`/`_footer`, the first slide's): where the running text starts. */
  running: MarpSettings;
}

/** Front matter mapping to options; never throws, whatever the values are. */
export function deckOptions(fm: Record<string, unknown>): DeckOptions {
  const patat = record(fm['patat']);
  const presenterm = record(fm['options']);
  const options: DeckOptions = {
    incremental: fm['incremental_lists'] === true || patat['incrementalLists'] === true || presenterm['incremental_lists'] === true,
    marp: fm['marp'] === true,
    running: frontMatterRunning(fm),
  };
  const set = <K extends keyof DeckOptions>(key: K, value: DeckOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set('title', text(fm['title']));
  set('subtitle', text(fm['sub_title']) ?? text(fm['subtitle']));
  set('author', authors(fm['author']) ?? authors(fm['authors']));
  set('date', dateText(fm['date']));
  set('lang', text(fm['lang']));
  // presenterm writes `theme: { name: … }`.
  const theme = text(fm['theme']) ?? text(record(fm['theme'])['name']);
  if (theme !== undefined) {
    if (builtinTheme(theme) !== undefined || /\.(ya?ml|json)$/i.test(theme)) options.theme = theme;
    else options.unknownTheme = theme;
  }
  // presenterm: with implicit_slide_ends a slide ends where the next slide title (a setext heading) is.
  set(
    'slideLevel',
    slideLevelOf(fm, patat) ?? (presenterm['implicit_slide_ends'] === true ? { levels: [1, 2], from: 'options.implicit_slide_ends', setext: true } : undefined),
  );
  return options;
}

/** `slide_level` (pandoc), Marp `headingDivider` (a level or a list of levels), patat `slideLevel`. */
function slideLevelOf(fm: Record<string, unknown>, patat: Record<string, unknown>): DeckOptions['slideLevel'] {
  const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const level = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 6 ? v : undefined);
  const slide = level(fm['slide_level']) ?? level(fm['slide-level']);
  if (slide !== undefined) return { levels: upTo(slide), from: 'slide_level' };
  const divider = fm['headingDivider'];
  if (level(divider) !== undefined) return { levels: upTo(divider as number), from: 'headingDivider' };
  if (Array.isArray(divider)) {
    const levels = [...new Set(divider.map(level).filter((l): l is number => l !== undefined))].sort();
    if (levels.length > 0) return { levels, from: 'headingDivider' };
  }
  const patatLevel = level(patat['slideLevel']);
  if (patatLevel !== undefined) return { levels: upTo(patatLevel), from: 'patat.slideLevel' };
  return undefined;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  return undefined;
}

function authors(value: unknown): string | undefined {
  if (Array.isArray(value))
    return (
      value
        .map(text)
        .filter((a) => a !== undefined)
        .join(', ') || undefined
    );
  return text(value);
}

/** YAML reads `date: 2024-05-01` as a Date: show it as it was written. */
function dateText(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return text(value);
}
