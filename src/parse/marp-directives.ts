import { sanitizeDecoded } from './clean-text.js';
import { parseYaml } from './yaml.js';

/**
 * Marp's running text (https://marpit.marp.app/directives): `header` and `footer`, inline
 * Markdown, '' when a directive cleared it. `paginate` is read (so `check` knows it and it
 * never becomes a speaker note) but changes nothing: lectern's status bar shows `n/N` on
 * every slide of every deck, because it is where the presenter and every viewer are in the
 * deck, not decoration. Honouring `paginate: false` (Marp's default, so most Marp decks)
 * would take that away; `paginate: true` has nothing to add.
 */
export interface MarpRunning {
  header?: string;
  footer?: string;
}

/** A comment's Marp settings: `local` ones hold from this slide on, `spot` ones (`_footer`) on this slide only. */
export interface MarpSettings {
  local: MarpRunning;
  spot: MarpRunning;
}

/** Marp's directive names (global and local); a `_` prefix scopes one to its slide. */
const MARP_DIRECTIVES = new Set([
  'theme',
  'style',
  'headingdivider',
  'lang',
  'size',
  'math',
  'title',
  'author',
  'description',
  'image',
  'keywords',
  'url',
  'marp',
  'paginate',
  'header',
  'footer',
  'class',
  'backgroundcolor',
  'backgroundimage',
  'backgroundposition',
  'backgroundrepeat',
  'backgroundsize',
  'color',
  'fit',
]);

const DIRECTIVE_LINE = /^(_?)([A-Za-z]+)\s*(?::\s*(.*))?$/;

/** The non-blank lines of a comment. */
function linesOf(inner: string): string[] {
  return inner
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** A comment made only of Marp directives (`_class: lead`, several `key: value` lines, `fit`). */
export function isMarpDirectives(inner: string): boolean {
  const lines = linesOf(inner);
  return (
    lines.length > 0 &&
    lines.every((line) => {
      const [, , name, value] = DIRECTIVE_LINE.exec(line) ?? [];
      const key = name?.toLowerCase();
      return key !== undefined && MARP_DIRECTIVES.has(key) && (key === 'fit' || value !== undefined);
    })
  );
}

/**
 * The header and footer a comment of Marp directives sets (`<!-- footer: … -->`, `<!-- _header: "" -->`,
 * or several `key: value` lines in one comment); undefined when it sets neither.
 */
export function marpSettings(inner: string): MarpSettings | undefined {
  if (!isMarpDirectives(inner)) return undefined;
  const settings: MarpSettings = { local: {}, spot: {} };
  let any = false;
  for (const line of linesOf(inner)) {
    const [, spot, name = '', value = ''] = DIRECTIVE_LINE.exec(line) ?? [];
    const key = name.toLowerCase();
    if (key !== 'header' && key !== 'footer') continue;
    (spot ? settings.spot : settings.local)[key] = runningText(value);
    any = true;
  }
  return any ? settings : undefined;
}

/** Header and footer from front matter: `header`/`footer` for every slide, `_header`/`_footer` for the first. */
export function frontMatterRunning(fm: Record<string, unknown>): MarpSettings {
  const settings: MarpSettings = { local: {}, spot: {} };
  for (const key of ['header', 'footer'] as const) {
    const local = scalarText(fm[key]);
    const spot = scalarText(fm[`_${key}`]);
    if (local !== undefined) settings.local[key] = local;
    if (spot !== undefined) settings.spot[key] = spot;
  }
  return settings;
}

/**
 * A directive's value. Marp reads these comments as "loose" YAML, where `footer: Time: 10:00`
 * is the text `Time: 10:00`: only a quoted value is decoded as YAML (its escapes are cleaned
 * again, like front matter's), everything else is the text as written.
 */
function runningText(value: string): string {
  if (!/^(["']).*\1$/.test(value)) return oneLine(value);
  try {
    return scalarText(sanitizeDecoded(parseYaml(value))) ?? '';
  } catch {
    return oneLine(value);
  }
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return oneLine(String(value));
  // `footer:` with nothing after it (YAML null) clears it, as '' does.
  return value === null ? '' : undefined;
}

/** Running text is one line: a line break in a YAML string is a space. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Marp's running text slide by slide: a local setting holds from its slide on, a spot one
 * for its slide only, and a directive anywhere in a slide applies to all of that slide.
 */
export class MarpRunningText {
  private carried: MarpRunning;
  private spot: MarpRunning;

  /** Starts from the front matter's settings (its spot ones are the first slide's). */
  constructor(start: MarpSettings) {
    this.carried = { ...start.local };
    this.spot = { ...start.spot };
  }

  /** A comment's settings, on the slide being collected. */
  apply(settings: MarpSettings): void {
    this.carried = { ...this.carried, ...settings.local };
    this.spot = { ...this.spot, ...settings.spot };
  }

  /** The slide being collected is done: its header and footer ('' ones left out); spot settings end here. */
  finishSlide(): MarpRunning {
    const now = { ...this.carried, ...this.spot };
    this.spot = {};
    const out: MarpRunning = {};
    if (now.header) out.header = now.header;
    if (now.footer) out.footer = now.footer;
    return out;
  }
}
