import { dirname, resolve } from 'node:path';
import type { Block, Deck, Slide } from '../deck/types.js';
import { blockLine } from '../parse/block-lines.js';
import { countNewlines } from '../parse/line-count.js';
import { lessonLinkPath, slideLinks, type SlideLink } from '../parse/links.js';
import type { Located } from './fit-findings.js';
import { guardLine } from '../render/text/sgr/guard.js';

/**
 * Answers whether a path (absolute) names an existing file or folder, or `'outside'` when it
 * resolves (symlinks included) outside the course's folder; the caller owns the file system.
 */
export type FileExists = (path: string) => boolean | 'outside';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Broken relative links: every link on a slide to a local lesson or file (relative to the
 * lesson's folder) that `exists` says is not there. Web links, `mailto:`, anchors on the
 * page (`#part`) and absolute paths are not checked.
 */
export function linkFindings(deck: Deck, exists: FileExists): Located[] {
  const folder = dirname(resolve(deck.meta.source));
  const out: Located[] = [];
  deck.slides.forEach((slide, index) => {
    const report = (links: SlideLink[], line: number, step: number | null, text?: string) => {
      for (const link of links) {
        const target = localTarget(link.href);
        if (target === undefined) continue;
        const state = exists(resolve(folder, target));
        if (state === true) continue;
        const lesson = /\.(md|markdown)$/i.test(target);
        const label = link.text === link.href ? '' : ` "${guardLine(link.text)}"`;
        const why =
          state === 'outside'
            ? 'which is outside the course folder (it will not be shown)'
            : `but there is no such ${lesson ? 'lesson' : 'file'} beside this one`;
        out.push({
          line: text === undefined ? line : line + linesBefore(text, link.href),
          slide: index + 1,
          step: step !== null && slide.steps.length > 1 ? step + 1 : null,
          size: null,
          kind: 'broken-link',
          message: `link${label} points to ${guardLine(target)}, ${why}`,
        });
      }
    };
    report(slideLinks(only(slide, [])), slide.source.line, null, undefined);
    slide.steps.forEach((blocks, step) => {
      for (const block of eachBlock(blocks)) {
        const line = blockLine(block) ?? slide.source.line;
        const text = block.kind === 'prose' || block.kind === 'heading' ? block.text : undefined;
        report(slideLinks(only(slide, [block])), line, step, text);
      }
    });
  });
  return out;
}

/** A slide holding just `blocks` (and the title only when no blocks are given), for slideLinks. */
function only(slide: Slide, blocks: Block[]): Slide {
  return { ...slide, title: blocks.length === 0 ? slide.title : '', steps: [blocks] };
}

/** A step's blocks, with the blocks of columns taken one by one (each has its own line). */
function* eachBlock(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    if (block.kind === 'columns') for (const column of block.columns) yield* eachBlock(column);
    else yield block;
  }
}

/**
 * The local path a relative link points to, percent-decoded, without `?query` and
 * `#fragment`; undefined for anything else. Lesson links follow lessonLinkPath (whose
 * `./#4 - Name.md` is a file name, not an anchor).
 */
export function localTarget(href: string): string | undefined {
  const lesson = lessonLinkPath(href);
  if (lesson !== undefined) return lesson;
  const raw = href.trim();
  if (raw === '' || raw.startsWith('#') || raw.startsWith('/') || raw.startsWith('\\') || SCHEME.test(raw)) return undefined;
  const path = raw.replace(/[?#].*$/s, '');
  if (path === '') return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Lines before the first place `href` is written in a paragraph, to point at the link's own line. */
function linesBefore(text: string, href: string): number {
  const at = text.indexOf(`](${href}`);
  return at < 0 ? 0 : countNewlines(text, 0, at);
}
