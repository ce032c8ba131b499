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
  /** Shown under the title on the title slide (presenterm `sub_title`). */
  subtitle?: string;
  /** Front matter `date`, as written (a YAML date is shown as YYYY-MM-DD). */
  date?: string;
  /** Theme name from front matter, when it names one we can try (a built-in or a theme file). */
  theme?: string;
  /** The front-matter line of `theme:`, for `lectern check` to point at. */
  themeLine?: number;
  /** A front-matter theme we do not have (Marp's `gaia`…): the default is used, and the status bar says so. */
  unknownTheme?: string;
  /** How the lesson was cut into slides, for `lectern check` to say. */
  split?: SlideSplit;
  /** Path the deck was read from (`-` for stdin); used for resolving relative links. */
  source: string;
}

/**
 * The rule that cut a lesson into slides: at its slide breaks (`---`, `<!-- end_slide -->`),
 * or at headings of `level` and above, chosen by front matter (`from` names the key) or by
 * pandoc's rule (`from: 'auto'`), with breaks honoured too when front matter set a level.
 */
export type SlideSplit =
  | { by: 'breaks' }
  | {
      by: 'headings';
      level: number;
      from: 'auto' | 'slide_level' | 'headingDivider' | 'patat.slideLevel' | 'options.implicit_slide_ends';
      breaks: boolean;
      /** Only these levels split (Marp `headingDivider: [1, 3]`); else every level up to `level`. */
      levels?: number[];
      /** Only setext headings (underlined with `===` or `---`), presenterm's slide titles, split. */
      setext?: boolean;
      /** Auto: pandoc's level held one heading only (the lesson's title), so the next level down was used. */
      below?: number;
    }
  | { by: 'none' };

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
  kind: 'unknown-directive' | 'empty-slide' | 'stray-notes' | 'unclosed-notes' | 'deep-nesting' | 'unknown-theme' | 'unresolved-reference' | 'dropped-html';
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
  /** Center the slide, title and all, on the screen (presenterm `<!-- jump_to_middle -->`). */
  middle?: boolean;
  /** Marp's `header` on this slide (inline Markdown): a small line above the title. */
  header?: string;
  /** Marp's `footer` on this slide (inline Markdown): the status bar shows it in place of the lesson title. */
  footer?: string;
}

/** The kinds of GitHub alert (`> [!NOTE]` …). */
export type AlertKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';

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
  /** A blockquote with its own blocks (paragraphs, lists, code, nested quotes); `alert` for GitHub's `> [!NOTE]`. */
  | { kind: 'quote'; blocks: Block[]; alert?: AlertKind }
  /** Empty lines the author asked for (presenterm `<!-- new_lines: N -->`). */
  | { kind: 'space'; lines: number }
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { kind: 'table'; header: string[]; align: Align[]; rows: string[][] }
  | { kind: 'code'; lang: string; text: string }
  | { kind: 'art'; variants: string[] }
  | { kind: 'columns'; widths: number[]; columns: Block[][] }
  | { kind: 'rule' }
  | ImageBlock;

/**
 * A picture: `![alt](src)`, `<img src alt>` or Marp's `![bg …](src)`. `src` is as written
 * (relative to the lesson, percent-encoded or not, or a remote URL that is never fetched).
 * `width`/`height` are size hints as CSS lengths (`300`, `300px`, `50%`: Marp's `w:`/`h:`,
 * `<img width>`), read against a 1280x720 slide; `background` is Marp's `bg` (`full`) and
 * `bg left`/`bg right`: the slide's picture, drawn beside the text where the screen allows.
 */
export interface ImageBlock {
  kind: 'image';
  src: string;
  alt: string;
  width?: string;
  height?: string;
  background?: 'full' | 'left' | 'right';
}

/** Where the viewer is: slide and step indexes (0-based) and lines scrolled. */
export interface Position {
  slide: number;
  step: number;
  scroll: number;
}
