/**
 * The deck model: what a lesson is once parsed, independent of any screen size.
 * Text fields hold inline Markdown (already sanitized of control characters); the renderer
 * turns them into styled text for a given width.
 */

/** Front-matter fields lectern understands; unknown keys are kept in `extra`. */
export interface DeckMeta {
  /** Lesson title: front matter `title`, else the first slide's title. */
  title: string;
  author?: string;
  /** UI language hint such as `id` or `en`. */
  lang?: string;
  /** Theme name from front matter. */
  theme?: string;
  /** Path the deck was read from (`-` for stdin); used for resolving relative links. */
  source: string;
}

/** A whole presentation. */
export interface Deck {
  meta: DeckMeta;
  slides: Slide[];
  /** What the parser skipped or could not use, for `lectern check`; absent when nothing. */
  warnings?: SourceWarning[];
}

/**
 * Something in a lesson that never reaches a slide although the author likely meant it to:
 * a comment that looks like a misspelt directive, an empty slide, notes with no slide, a
 * notes block that swallows slide breaks, quotes or lists nested past the limit (flattened).
 * Presenting ignores these; `lectern check` reports them.
 */
export interface SourceWarning {
  kind: 'unknown-directive' | 'empty-slide' | 'stray-notes' | 'unclosed-notes' | 'deep-nesting';
  /** 1-based line in the source file. */
  line: number;
  /** Index of the slide it belongs to, when it belongs to one that is shown. */
  slide?: number;
  /** Index of the step it is in, with `slide`. */
  step?: number;
  /** The source text concerned (a comment, the start of the notes), trimmed. */
  text: string;
  /** For a misspelt directive: the one it most likely meant, e.g. `pause`. */
  suggestion?: string;
}

/** One slide; `steps` are increments: step k shows `steps[0..k]` together. */
export interface Slide {
  /** Inline Markdown of the slide's first heading, or '' when it has none. */
  title: string;
  steps: Block[][];
  /** Speaker notes (plain text), never shown on the slide. */
  notes: string;
  /** Where the slide starts in the source file (1-based line). */
  source: { line: number };
}

/** Horizontal alignment of a table column. */
export type Align = 'left' | 'center' | 'right';

/** A list entry: its inline text and nested blocks (sub-lists, code…). */
export interface ListItem {
  text: string;
  /** `true`/`false` for task-list items, undefined otherwise. */
  checked?: boolean;
  children: Block[];
}

/**
 * The content units of a slide. `attached` marks a block written directly under the one
 * before it, with no blank line (e.g. "Use it when:" and its list): no gap is drawn.
 */
export type Block = BlockContent & { attached?: boolean };

/** The kinds of block and their data. */
export type BlockContent =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'prose'; text: string; quote?: boolean }
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { kind: 'table'; header: string[]; align: Align[]; rows: string[][] }
  | { kind: 'code'; lang: string; text: string }
  | { kind: 'art'; variants: string[] }
  | { kind: 'columns'; widths: number[]; columns: Block[][] }
  | { kind: 'rule' };

/** Where the viewer is: slide and step indexes (0-based) and lines scrolled. */
export interface Position {
  slide: number;
  step: number;
  scroll: number;
}
