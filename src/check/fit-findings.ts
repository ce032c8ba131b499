import type { Block, Deck } from '../deck/types.js';
import { blockLine } from '../parse/block-lines.js';
import { asciiDeck } from '../render/ascii.js';
import { chooseArtVariant } from '../render/blocks/art.js';
import { sideBySideWidths } from '../render/blocks/render-block.js';
import { tableColumns } from '../render/blocks/table.js';
import { screenViewport, type Viewport } from '../render/frame.js';
import { contentBox } from '../render/layout-box.js';
import { layoutSlide } from '../render/layout-slide.js';
import { displayWidth, expandTabs, widestLine } from '../render/text/text.js';
import type { Styles } from '../theme/styles.js';
import { sizeLabel, type Finding, type ScreenSize } from './finding.js';

/** A finding before the file name is known. */
export type Located = Omit<Finding, 'file'>;

// These mirror the renderer's own thresholds (blocks/table.ts, blocks/list.ts; columns ask render-block.ts);
// test/unit/check/fit-findings.test.ts renders at the edges to keep both in agreement.
const MIN_TABLE_COLUMN = 3;

/**
 * What does not fit a screen of `size`: slides taller than it (reported at the first step
 * that overflows), code lines the renderer breaks, art cropped because even its narrowest
 * variant is too wide, tables shown as stacked cards, and any line cut at the edge.
 * Works on the same layouts the screen shows, so it needs no terminal.
 */
export function fitFindings(deck: Deck, size: ScreenSize, styles: Styles): Located[] {
  const viewport = screenViewport(size.columns, size.rows);
  // The screen lays out the ASCII copy in ASCII mode (renderScreen does the same).
  const shown = styles.ascii ? asciiDeck(deck) : deck;
  const label = sizeLabel(size);
  const out: Located[] = [];
  deck.slides.forEach((slide, index) => {
    const at = (line: number, step: number | null, kind: Finding['kind'], message: string): Located => ({
      line,
      slide: index + 1,
      step: slide.steps.length > 1 && step !== null ? step + 1 : null,
      size: label,
      kind,
      message,
    });
    for (const t of tallness(shown, index, viewport, styles)) out.push(at(slide.source.line, t.step, 'too-tall', t.message));
    const width = contentBox(viewport.width).width;
    slide.steps.forEach((blocks, step) => {
      for (const block of blocks) {
        for (const p of blockProblems(block, width, styles, { line: blockLine(block) ?? slide.source.line, exact: blockLine(block) !== undefined })) {
          out.push(at(p.line, step, p.kind, p.message));
        }
      }
    });
    const cut = widestCutLine(shown, index, viewport, styles);
    if (cut) out.push(at(slide.source.line, cut.step, 'too-wide', `a line is ${cut.width} columns wide and the screen ${viewport.width}: it is cut`));
  });
  return out;
}

/** The first step whose content is taller than the screen, with how many lines too many. */
function tallness(deck: Deck, index: number, viewport: Viewport, styles: Styles): { step: number; message: string }[] {
  const steps = deck.slides[index]?.steps.length ?? 1;
  const over = (step: number) => layoutSlide(deck, index, step, viewport, styles).maxScroll;
  for (let step = 0; step < steps; step++) {
    const lines = over(step);
    if (lines <= 0) continue;
    const all = over(steps - 1);
    const more = all > lines ? ` (${all} with all ${steps} steps shown)` : '';
    return [{ step, message: `${plural(lines, 'line')} too many${more}: taller than the screen, the presenter has to scroll` }];
  }
  return [];
}

/** The widest line wider than the screen (the Frame cuts it), if any; the renderer should leave none. */
function widestCutLine(deck: Deck, index: number, viewport: Viewport, styles: Styles): { step: number; width: number } | undefined {
  const steps = deck.slides[index]?.steps.length ?? 1;
  for (let step = 0; step < steps; step++) {
    const layout = layoutSlide(deck, index, step, viewport, styles);
    const width = widestLine([layout.header, layout.body].flat());
    if (width > viewport.width) return { step, width };
  }
  return undefined;
}

interface Problem {
  line: number;
  kind: Finding['kind'];
  message: string;
}

/** Where a block was written; `exact` when the parser recorded its line (not an enclosing one). */
interface Where {
  line: number;
  exact: boolean;
}

/** Width problems of one block laid out `width` columns wide, nested blocks included. */
function blockProblems(block: Block, width: number, styles: Styles, where: Where): Problem[] {
  switch (block.kind) {
    case 'code':
      return codeProblems(block.text, width, where);
    case 'art':
      return artProblems(block.variants, width, where);
    case 'table': {
      const columns = tableColumns(block);
      // Borders take one column per table column plus one, padding two per column.
      const available = width - (columns + 1) - 2 * columns;
      if (columns === 0 || available >= columns * MIN_TABLE_COLUMN) return [];
      const need = columns * MIN_TABLE_COLUMN + (columns + 1) + 2 * columns;
      return [
        {
          line: where.line,
          kind: 'table-too-wide',
          message: `table of ${columns} columns needs at least ${need} columns, the slide has ${width}: it is shown as stacked cards`,
        },
      ];
    }
    case 'columns':
      return columnsProblems(block, width, styles, where);
    case 'list':
      return block.items.flatMap((item) => {
        const indent = markerWidth(block, item.checked, styles) + 1;
        const inner = Math.max(1, width - indent);
        return item.children.flatMap((child) => blockProblems(child, inner, styles, nested(child, where)));
      });
    case 'quote':
      // The renderer draws a bar and a space before the quote's blocks.
      return block.blocks.flatMap((child) => blockProblems(child, Math.max(1, width - 2), styles, nested(child, where)));
    case 'heading':
    case 'prose':
    case 'rule':
    case 'space':
    // Images shrink to fit; image-findings.ts reports the ones that become too small.
    case 'image':
      return [];
  }
}

/** A nested block's place: its own line when recorded, else its parent's (not exact). */
function nested(block: Block, parent: Where): Where {
  const line = blockLine(block);
  return line === undefined ? { line: parent.line, exact: false } : { line, exact: true };
}

function codeProblems(text: string, width: number, where: Where): Problem[] {
  // The renderer draws a gutter bar and a space before each code line.
  const textWidth = Math.max(1, width - 2);
  const out: Problem[] = [];
  expandTabs(text.replace(/\n+$/, ''))
    .split('\n')
    .forEach((raw, i) => {
      const w = displayWidth(expandTabs(raw));
      if (w <= textWidth) return;
      const pieces = Math.ceil(w / textWidth);
      out.push({
        line: where.exact ? where.line + i : where.line,
        kind: 'too-wide',
        message: `code line is ${w} columns wide, the slide has ${textWidth}: it is broken over ${pieces} lines`,
      });
    });
  return out;
}

function artProblems(variants: readonly string[], width: number, where: Where): Problem[] {
  const chosen = variants[chooseArtVariant(variants, width)];
  if (chosen === undefined) return [];
  const artWidth = widestLine(chosen.split('\n').map((l) => expandTabs(l).trimEnd()));
  if (artWidth <= width) return [];
  const which = variants.length > 1 ? `its narrowest of ${variants.length} variants is` : 'it is';
  return [
    {
      line: where.line,
      kind: 'too-wide',
      message: `art is wider than the slide: ${which} ${artWidth} columns, the slide has ${width}; it is cropped (add a narrower variant)`,
    },
  ];
}

/** Columns side by side get their share of the width; too narrow, they are stacked at full width. */
function columnsProblems(block: Extract<Block, { kind: 'columns' }>, width: number, styles: Styles, where: Where): Problem[] {
  // The renderer's own decision (side by side, and how wide each column is, or stacked).
  const widths = sideBySideWidths(block, width, styles);
  return block.columns.flatMap((blocks, i) => blocks.flatMap((child) => blockProblems(child, widths ? (widths[i] ?? 1) : width, styles, nested(child, where))));
}

/** Display width of a list item's marker (bullet, number or check box), as blocks/list.ts draws it. */
function markerWidth(block: Extract<Block, { kind: 'list' }>, checked: boolean | undefined, styles: Styles): number {
  if (checked !== undefined) return styles.ascii ? 3 : 1;
  if (block.ordered) return String(block.start + block.items.length - 1).length + 1;
  return 1;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
