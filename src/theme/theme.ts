/**
 * Colors named by the role they play on a slide, so renderers never pick raw colors.
 * Values are hex strings; the color depth they are reduced to is decided per output.
 */
export interface Theme {
  name: string;
  colors: {
    /** Big title and slide titles. */
    title: string;
    /** Headings inside a slide. */
    heading: string;
    text: string;
    /** Bullets, emphasis, links. */
    accent: string;
    /** Secondary text: hints, captions, quotes. */
    muted: string;
    /** Table and box borders. */
    border: string;
    /** Inline code and code without a language. */
    code: string;
    link: string;
    /** Table header row text. */
    tableHeader: string;
    /** One color per table column, cycling when a table has more columns. */
    tableColumns: string[];
    /** ASCII art strokes and the words written inside the art. */
    art: string;
    artLabel: string;
    statusText: string;
    statusBackground: string;
    progress: string;
  };
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
