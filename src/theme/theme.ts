/**
 * Colors named by the role they play on a slide, so renderers never pick raw colors.
 * Values are hex strings (`#rrggbb`), or null for the terminal's own color (the `mono`
 * theme uses only null, and shows emphasis with bold, underline and inverse).
 */
export interface Theme {
  name: string;
  colors: ThemeColors;
}

/** A color, or null for the terminal's default. */
export type Color = string | null;

/** Every role a theme colors. */
export interface ThemeColors {
  /** Big title and slide titles. */
  title: Color;
  /** Headings inside a slide. */
  heading: Color;
  text: Color;
  /** Bullets, emphasis. */
  accent: Color;
  /** Secondary text: hints, captions, quotes. */
  muted: Color;
  /** Table and box borders. */
  border: Color;
  /** Inline code and code without a language. */
  code: Color;
  link: Color;
  /** Table header row text. */
  tableHeader: Color;
  /** One color per table column, cycling when a table has more columns. */
  tableColumns: Color[];
  /** ASCII art strokes and the words written inside the art. */
  art: Color;
  artLabel: Color;
  statusText: Color;
  /** Status bar background; null draws it in inverse video. */
  statusBackground: Color;
  progress: Color;
  /**
   * The screen's background, for a theme whose inks need it (light ones: dark text would be
   * unreadable on a dark terminal). Unset or null: the terminal's own background.
   */
  background?: Color;
}

/** The default theme, for dark terminals and projectors. */
export const darkTheme: Theme = {
  name: 'dark',
  colors: {
    title: '#e5c07b',
    heading: '#61afef',
    text: '#dcdfe4',
    accent: '#c678dd',
    muted: '#8b93a1',
    border: '#5c6370',
    code: '#98c379',
    link: '#56b6c2',
    tableHeader: '#e5c07b',
    // Column 0 holds the row labels; KVM (blue) and LXC (green) must read apart at a glance.
    tableColumns: ['#dcdfe4', '#61afef', '#98c379', '#e06c75', '#c678dd', '#56b6c2'],
    art: '#61afef',
    artLabel: '#e5c07b',
    statusText: '#dcdfe4',
    statusBackground: '#3a3f4b',
    progress: '#98c379',
  },
};
