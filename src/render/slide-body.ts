import type { Block, ImageBlock } from '../deck/types.js';
import { sharePicture } from '../load/images/picture-store.js';
import type { Styles } from '../theme/styles.js';
import { renderBlocks } from './blocks/render-block.js';
import { padEndStyled } from './text/text.js';

/** The narrowest text column kept beside a background picture; narrower screens stack them. */
const MIN_TEXT_BESIDE = 30;
const MIN_PICTURE_BESIDE = 16;
const GAP = 2;

/**
 * A slide's blocks laid out in `width` x `room`: Marp's background pictures (`![bg](…)`)
 * become the slide's picture — the whole area when the slide has nothing else, beside the
 * text (`bg left` on the left, `bg`/`bg right` on the right, as wide as a `%` width hint
 * says, else half) when the screen is wide enough, else stacked with the text.
 */
export function renderSlideBody(blocks: readonly Block[], width: number, styles: Styles, room: number): string[] {
  const pictures = blocks.filter((b): b is ImageBlock => b.kind === 'image' && b.background !== undefined);
  if (pictures.length === 0) return renderBlocks(blocks, width, styles, room);
  const text = blocks.filter((b) => !(b.kind === 'image' && b.background !== undefined));
  const unattached = pictures.map((p) => sharePicture({ ...p, attached: false }, p));
  if (text.length === 0) return renderBlocks(unattached, width, styles, room);
  const left = pictures[0]?.background === 'left';
  const share = percent(pictures[0]?.width) ?? 0.5;
  const pictureWidth = Math.max(MIN_PICTURE_BESIDE, Math.round((width - GAP) * share));
  const textWidth = width - GAP - pictureWidth;
  if (textWidth < MIN_TEXT_BESIDE) {
    const stacked = left ? [...unattached, ...text] : [...text, ...unattached];
    return renderBlocks(stacked, width, styles, room);
  }
  // The hint said how wide the side is; inside it the picture fills what it can.
  const sidePictures = unattached.map((p) => {
    const { width: _w, height: _h, ...rest } = p;
    return sharePicture(rest, p);
  });
  const picture = renderBlocks(sidePictures, pictureWidth, styles, room);
  const body = renderBlocks(text, textWidth, styles, room);
  const [first, firstWidth, second] = left ? [picture, pictureWidth, body] : [body, textWidth, picture];
  return Array.from({ length: Math.max(first.length, second.length) }, (_, row) =>
    `${padEndStyled(first[row] ?? '', firstWidth)}${' '.repeat(GAP)}${second[row] ?? ''}`.trimEnd(),
  );
}

function percent(hint: string | undefined): number | undefined {
  const m = hint === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(hint);
  const n = m ? Number(m[1]) / 100 : undefined;
  return n !== undefined && n > 0 && n < 1 ? n : undefined;
}
