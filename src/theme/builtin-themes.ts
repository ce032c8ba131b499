import { darkTheme, type Theme } from './theme.js';

/** For light terminal backgrounds (and bright rooms): dark inks, GitHub-like. */
export const lightTheme: Theme = {
  name: 'light',
  colors: {
    title: '#953800',
    heading: '#0550ae',
    text: '#1f2328',
    accent: '#8250df',
    muted: '#57606a',
    border: '#8c959f',
    code: '#116329',
    link: '#0969da',
    tableHeader: '#953800',
    tableColumns: ['#1f2328', '#0550ae', '#116329', '#cf222e', '#8250df', '#1b7c83'],
    art: '#0550ae',
    artLabel: '#953800',
    statusText: '#1f2328',
    statusBackground: '#d0d7de',
    progress: '#116329',
    background: '#ffffff',
  },
};

/** Maximum contrast for weak projectors: pure, saturated colors on the terminal's background. */
export const highContrastTheme: Theme = {
  name: 'high-contrast',
  colors: {
    title: '#ffff00',
    heading: '#00ffff',
    text: '#ffffff',
    accent: '#ff00ff',
    muted: '#c0c0c0',
    border: '#ffffff',
    code: '#00ff00',
    link: '#00ffff',
    tableHeader: '#ffff00',
    tableColumns: ['#ffffff', '#00ffff', '#00ff00', '#ff5555', '#ff00ff', '#ffff00'],
    art: '#00ffff',
    artLabel: '#ffff00',
    statusText: '#000000',
    statusBackground: '#ffffff',
    progress: '#000000',
  },
};

/** No colors at all: the terminal's own, with bold, underline and inverse for emphasis. */
export const monoTheme: Theme = {
  name: 'mono',
  colors: {
    title: null,
    heading: null,
    text: null,
    accent: null,
    muted: null,
    border: null,
    code: null,
    link: null,
    tableHeader: null,
    tableColumns: [null],
    art: null,
    artLabel: null,
    statusText: null,
    statusBackground: null,
    progress: null,
  },
};

/** The themes lectern ships, by name. */
export const BUILTIN_THEMES: Readonly<Record<string, Theme>> = {
  dark: darkTheme,
  light: lightTheme,
  'high-contrast': highContrastTheme,
  mono: monoTheme,
};

/** A built-in theme by name, or undefined. */
export function builtinTheme(name: string): Theme | undefined {
  return Object.hasOwn(BUILTIN_THEMES, name) ? BUILTIN_THEMES[name] : undefined;
}
