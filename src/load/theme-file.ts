import { basename, dirname, resolve } from 'node:path';
import { parseYaml } from '../parse/yaml.js';
import { sanitizeDecoded } from '../parse/clean-text.js';
import { BUILTIN_THEMES, builtinTheme } from '../theme/builtin-themes.js';
import type { Color, Theme, ThemeColors } from '../theme/theme.js';
import { darkTheme } from '../theme/theme.js';
import { InputError } from '../deck/input-error.js';
import { FileReadError, READ_LIMITS, readRegularFile } from './read-file.js';

/** Spellings a theme file may use for each role (YAML authors write `table header` or `table_header`). */
const ROLE_NAMES: Record<string, keyof ThemeColors> = {
  title: 'title',
  heading: 'heading',
  text: 'text',
  accent: 'accent',
  muted: 'muted',
  border: 'border',
  code: 'code',
  link: 'link',
  tableheader: 'tableHeader',
  tablecolumns: 'tableColumns',
  columns: 'tableColumns',
  art: 'art',
  artlabel: 'artLabel',
  statustext: 'statusText',
  statusbackground: 'statusBackground',
  progress: 'progress',
  background: 'background',
};

const NAMED: Record<string, string> = {
  black: '#000000',
  red: '#cd3131',
  green: '#0dbc79',
  yellow: '#e5e510',
  blue: '#2472c8',
  magenta: '#bc3fbc',
  cyan: '#11a8cd',
  white: '#e5e5e5',
  gray: '#808080',
  grey: '#808080',
  orange: '#e69138',
  purple: '#9b59b6',
};

const normalizeKey = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '');

/** Reads one color value; throws a message naming the key when it is not a color. */
function colorOf(value: unknown, key: string, file: string): Color {
  if (value === null || value === 'default' || value === 'none') return null;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (/^#[0-9a-f]{6}$/.test(v)) return v;
    if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
    if (Object.hasOwn(NAMED, v)) return NAMED[v] ?? null;
  }
  throw new InputError(`${file}: "${key}" is not a color (${JSON.stringify(value)}); use #rrggbb, a color name, or default`);
}

/**
 * Builds a theme from a parsed theme file: `extends:` a built-in (default dark) and
 * override colors named by role, at the top level or under `colors:`.
 */
export function themeFromData(data: unknown, file: string): Theme {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${file}: a theme file is a mapping of roles to colors (heading: "#ffcc00")`);
  }
  const record = data as Record<string, unknown>;
  const baseName = record['extends'] ?? 'dark';
  const base = typeof baseName === 'string' ? builtinTheme(baseName) : undefined;
  if (!base) throw new InputError(`${file}: "extends" must be one of ${Object.keys(BUILTIN_THEMES).join(', ')}`);
  const colors: ThemeColors = { ...base.colors, tableColumns: [...base.colors.tableColumns] };
  const entries = Object.entries(record).flatMap(([key, value]) => {
    if (key === 'extends' || key === 'name') return [];
    if (key === 'colors') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new InputError(`${file}: "colors" must be a mapping`);
      return Object.entries(value as Record<string, unknown>);
    }
    return [[key, value] as const];
  });
  for (const [key, value] of entries) {
    const role = ROLE_NAMES[normalizeKey(key)];
    if (!role) throw new InputError(`${file}: unknown key "${key}" (roles: ${Object.keys(darkTheme.colors).join(', ')})`);
    if (role === 'tableColumns') {
      if (!Array.isArray(value) || value.length === 0) throw new InputError(`${file}: "${key}" must be a list of colors`);
      colors.tableColumns = value.map((v, i) => colorOf(v, `${key}[${i}]`, file));
    } else {
      colors[role] = colorOf(value, key, file);
    }
  }
  const name = typeof record['name'] === 'string' ? record['name'] : basename(file).replace(/\.(ya?ml|json)$/i, '');
  return { name: `file:${name}`, colors };
}

/**
 * The theme for a `--theme` value or front matter `theme:`: a built-in name, or a YAML/JSON
 * theme file (relative paths resolve against `relativeTo`). Throws InputError with one line.
 */
export async function loadTheme(spec: string, relativeTo: string): Promise<Theme> {
  const builtin = builtinTheme(spec);
  if (builtin) return builtin;
  if (!/\.(ya?ml|json)$/i.test(spec)) {
    throw new InputError(`unknown theme "${spec}" (built-in: ${Object.keys(BUILTIN_THEMES).join(', ')}; or a .yaml/.json theme file)`);
  }
  const path = resolve(relativeTo, spec);
  const { bytes } = await readRegularFile(path, { cap: READ_LIMITS.theme, name: spec, kind: 'a theme file' }).catch((error: unknown) => {
    if (!(error instanceof FileReadError)) throw error;
    // "x.yaml: cannot read theme file (no such file or folder)": say which file it was.
    throw new InputError(`${spec}: cannot read theme file (${error.message.slice(spec.length + 2)})`);
  });
  const text = new TextDecoder('utf-8').decode(bytes);
  let data: unknown;
  try {
    // YAML is a superset of JSON, so one parser reads both; its decoded escapes are cleaned.
    data = sanitizeDecoded(parseYaml(text));
  } catch (error) {
    throw new InputError(`${spec}: invalid theme file: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
  }
  return themeFromData(data, spec);
}

/** Where a deck's relative theme path is resolved: the lesson's folder (or the current one for stdin). */
export function themeBase(deckSource: string): string {
  return deckSource === '-' ? process.cwd() : dirname(deckSource);
}
