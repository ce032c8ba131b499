import type { SlideSplit } from '../deck/types.js';
import type { DeckOptions } from './deck-options.js';

/** A lesson's top-level blocks as the split rule sees them: a heading of some depth, or content. */
export type Outline = readonly ({ heading: number } | 'content')[];

/**
 * How a lesson is cut into slides. Front matter that sets a slide level (pandoc `slide_level`,
 * Marp `headingDivider`, patat `slideLevel`) splits at those headings and at slide breaks,
 * as those tools do. Otherwise a lesson with slide breaks splits only there, and one with
 * none at headings, at the level `autoSlideLevel` finds.
 */
export function chooseSplit(outline: Outline, hasBreaks: boolean, options: Pick<DeckOptions, 'slideLevel'>): SlideSplit {
  const set = options.slideLevel;
  if (set) {
    const level = set.levels.reduce((deepest, l) => Math.max(deepest, l), -Infinity);
    const contiguous = set.levels.every((l, i) => l === i + 1);
    return { by: 'headings', level, from: set.from, breaks: true, ...(contiguous ? {} : { levels: set.levels }), ...(set.setext ? { setext: true } : {}) };
  }
  if (hasBreaks) return { by: 'breaks' };
  const auto = autoSlideLevel(outline);
  if (auto === undefined) return { by: 'none' };
  return { by: 'headings', level: auto.level, from: 'auto', breaks: false, ...(auto.below === undefined ? {} : { below: auto.below }) };
}

/** Whether a heading of `depth` (`setext`: underlined) starts a slide under `split`. */
export function splitsAt(split: SlideSplit, depth: number, setext = false): boolean {
  if (split.by !== 'headings' || (split.setext && !setext)) return false;
  return split.levels ? split.levels.includes(depth) : depth <= split.level;
}

/**
 * pandoc's slide level: the highest heading level directly followed by content (not by
 * another heading) somewhere in the lesson. One step finer than pandoc where pandoc's
 * choice would leave the lesson one slide: when that level holds a single heading (the
 * lesson's `# Title` over an introduction) and a deeper level is also followed by content,
 * the deeper one is used, so a README of `##` sections becomes one slide a section (patat
 * and pandoc would show it whole; lookatme's smart splitting makes the same choice);
 * `below` is then pandoc's level. Undefined when no
 * heading is followed by content.
 */
export function autoSlideLevel(outline: Outline): { level: number; below?: number } | undefined {
  const levels = new Set<number>();
  const counts = new Map<number, number>();
  outline.forEach((item, i) => {
    if (item === 'content') return;
    counts.set(item.heading, (counts.get(item.heading) ?? 0) + 1);
    if (outline[i + 1] === 'content') levels.add(item.heading);
  });
  const sorted = [...levels].sort((a, b) => a - b);
  const pandoc = sorted[0];
  if (pandoc === undefined) return undefined;
  let chosen = pandoc;
  for (const next of sorted.slice(1)) {
    if ((counts.get(chosen) ?? 0) > 1) break;
    chosen = next;
  }
  return chosen === pandoc ? { level: chosen } : { level: chosen, below: pandoc };
}

/** How `check` names the rule that split a lesson. */
export function describeSplit(split: SlideSplit): string {
  if (split.by === 'breaks') return 'split at slide breaks (--- or <!-- end_slide -->)';
  if (split.by === 'none') return 'one slide: no slide breaks and no headings followed by content';
  const marks = split.setext
    ? 'setext (underlined)'
    : (split.levels ?? Array.from({ length: split.level }, (_, i) => i + 1)).map((l) => '#'.repeat(l)).join(', ');
  const why =
    split.from === 'auto'
      ? split.below === undefined
        ? `no slide breaks, so at pandoc's slide level (${split.level}: the highest heading level followed by content)`
        : `no slide breaks, so at slide level ${split.level} (pandoc's would be ${split.below}, but its one ${'#'.repeat(split.below)} heading is the lesson's title)`
      : `front matter ${split.from}${split.breaks ? ', and at slide breaks' : ''}`;
  return `split at ${marks} headings: ${why}`;
}
