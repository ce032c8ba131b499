import { sanitizeText } from './clean-text.js';
import type { DeckMeta, Slide, SlideSplit } from '../deck/types.js';
import type { DeckOptions } from './deck-options.js';

/** The deck's metadata from its front matter options, its first slide and where it came from. */
export function deckMeta(options: DeckOptions, input: { source: string; name: string }, slides: readonly Slide[], split: SlideSplit): DeckMeta {
  // The file name is not lesson text: clean it like the text (it can hold any byte but `/`).
  const title = options.title ?? (slides[0]?.title || undefined) ?? sanitizeText(input.name).replace(/[\t\n]/g, ' ');
  const meta: DeckMeta = { title, source: input.source, split };
  if (options.author !== undefined) meta.author = options.author;
  if (options.subtitle !== undefined) meta.subtitle = options.subtitle;
  if (options.date !== undefined) meta.date = options.date;
  if (options.lang !== undefined) meta.lang = options.lang;
  if (options.theme !== undefined) meta.theme = options.theme;
  if (options.unknownTheme !== undefined) meta.unknownTheme = options.unknownTheme;
  return meta;
}

/**
 * presenterm's intro slide: front matter with a title (and an author, date or subtitle)
 * over a lesson whose first slide is titled otherwise gets a title slide of its own, as
 * presenterm shows it. Marp only keeps such keys as metadata.
 */
export function introSlide(options: DeckOptions, slides: readonly Slide[], inline: (text: string, cited: Set<string>) => string): Slide | undefined {
  if (options.marp || options.title === undefined) return undefined;
  if (options.author === undefined && options.date === undefined && options.subtitle === undefined) return undefined;
  if (slides[0]?.title.trim() === options.title) return undefined;
  const slide: Slide = { title: options.title, steps: [[]], notes: '', source: { line: 1 } };
  // The front matter's running text is on every slide, this one too.
  const { header, footer } = options.running.local;
  if (header) slide.header = inline(header, new Set());
  if (footer) slide.footer = inline(footer, new Set());
  return slide;
}
