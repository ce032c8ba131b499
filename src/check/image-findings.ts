import type { Block, Deck, ImageBlock } from '../deck/types.js';
import { pictureEntry } from '../load/images/picture-store.js';
import { blockLine } from '../parse/block-lines.js';
import { watchPictureSizes } from '../render/blocks/image.js';
import { screenViewport } from '../render/frame.js';
import { MIN_PICTURE, tooSmall } from '../render/images/image-fit.js';
import { layoutSlide } from '../render/layout-slide.js';
import type { Styles } from '../theme/styles.js';
import { sizeLabel, type ScreenSize } from './finding.js';
import type { Located } from './fit-findings.js';

let probe = 0;

/**
 * Pictures that will not show: a file that is missing, unreadable, outside the lesson's
 * folder, too large, not an image or a decompression bomb (once, whatever the size), and
 * pictures drawn smaller than MIN_PICTURE on a screen of a given size (the alt text shows
 * instead). The deck's pictures must have been loaded (loadPictures) first.
 */
export function imageFindings(deck: Deck, sizes: readonly ScreenSize[], styles: Styles): Located[] {
  const out: Located[] = [];
  deck.slides.forEach((slide, index) => {
    slide.steps.forEach((blocks, step) => {
      for (const block of images(blocks)) {
        const entry = pictureEntry(block);
        if (entry?.status !== 'failed') continue;
        out.push({
          line: blockLine(block) ?? slide.source.line,
          slide: index + 1,
          step: slide.steps.length > 1 ? step + 1 : null,
          size: null,
          kind: 'broken-image',
          message: entry.reason,
        });
      }
    });
  });
  for (const size of sizes) {
    const viewport = screenViewport(size.columns, size.rows);
    // A key of its own: layouts are cached, and only a fresh one reports the sizes it gives.
    const fresh: Styles = { ...styles, key: `${styles.key}/image-check-${probe++}` };
    deck.slides.forEach((slide, index) => {
      const reported = new Set<ImageBlock>();
      slide.steps.forEach((_, step) => {
        watchPictureSizes(
          () => layoutSlide(deck, index, step, viewport, fresh),
          (block, drawn) => {
            if (!tooSmall(drawn) || reported.has(block)) return;
            reported.add(block);
            out.push({
              line: blockLine(block) ?? slide.source.line,
              slide: index + 1,
              step: slide.steps.length > 1 ? step + 1 : null,
              size: sizeLabel(size),
              kind: 'image-too-small',
              message: `picture "${block.alt || block.src}" gets ${drawn.cols}x${drawn.rows} cells, less than ${MIN_PICTURE.cols}x${MIN_PICTURE.rows}: its alt text shows instead`,
            });
          },
        );
      });
    });
  }
  return out;
}

function images(blocks: readonly Block[]): ImageBlock[] {
  return blocks.flatMap((b) =>
    b.kind === 'image' ? [b] : b.kind === 'columns' ? b.columns.flatMap(images) : b.kind === 'list' ? b.items.flatMap((i) => images(i.children)) : [],
  );
}
