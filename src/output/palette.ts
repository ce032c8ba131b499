import type { Theme } from '../theme/theme.js';

/** The colors a page or picture uses where a terminal would use its own defaults. */
export interface Palette {
  /** Default text color. */
  fg: string;
  /** Screen background. */
  bg: string;
  /** A faint frame around each slide. */
  edge: string;
}

/**
 * The terminal colors a theme was made for. Themes name no background (the terminal has
 * its own), so it is inferred from the text color: light text was meant for a dark screen,
 * dark text for a light one; a theme with no colors gets a common dark terminal.
 */
export function paletteFor(theme: Theme): Palette {
  const text = theme.colors.text;
  if (text === null || !/^#[0-9a-f]{6}$/i.test(text)) return { fg: '#d4d4d4', bg: '#1e1e1e', edge: '#3c3c3c' };
  return luminance(text) > 0.4 ? { fg: text, bg: '#1e2127', edge: '#3a3f4b' } : { fg: text, bg: '#ffffff', edge: '#d0d7de' };
}

/** Relative luminance (WCAG) of `#rrggbb`, 0 (black) to 1 (white). */
export function luminance(color: string): number {
  const channel = (i: number) => {
    const v = parseInt(color.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
