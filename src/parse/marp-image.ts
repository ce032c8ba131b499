/**
 * Marp's image syntax puts keywords in the alt text: `![bg left:40% w:300](x.png)`,
 * `![width:200px](x.png)`, `![bg contain opacity:.5](x.png)`. This reads them, so the alt
 * that is shown (or read aloud) is what the author wrote as words, and whoever draws the
 * image gets its size hints.
 */
export interface MarpImage {
  /** The alt text without Marp's keywords ('' when it held only keywords). */
  alt: string;
  /** `bg`: a slide background, not a picture in the text. */
  background: boolean;
  /** `w:` / `width:`, `h:` / `height:` as written (`300`, `300px`, `50%`). */
  width?: string;
  height?: string;
  /** For a background: the side it takes (`left`, `right`) and how much (`40%`). */
  side?: { at: 'left' | 'right'; size?: string };
}

const FILTERS = /^(?:blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::\S*)?$/;
const BACKGROUND_WORDS = /^(?:contain|cover|fit|auto|vertical|horizontal)$/;

/** Splits an image's alt text into Marp's keywords and the words that remain. */
export function marpImage(alt: string): MarpImage {
  const words = alt.split(/\s+/).filter((w) => w !== '');
  const out: MarpImage = { alt: '', background: words.includes('bg') };
  const kept: string[] = [];
  for (const word of words) {
    const size = /^(w|width|h|height):(\S+)$/.exec(word);
    const side = /^(left|right)(?::(\S+))?$/.exec(word);
    const position = /^[\d.]+%$/.test(word);
    if (word === 'bg') continue;
    if (size) {
      if (size[1]?.startsWith('w')) out.width = size[2];
      else out.height = size[2];
    } else if (out.background && side) {
      out.side = { at: side[1] as 'left' | 'right', ...(side[2] === undefined ? {} : { size: side[2] }) };
    } else if (FILTERS.test(word) || (out.background && (BACKGROUND_WORDS.test(word) || position))) {
      // Filters and background sizing change how the picture looks, not what it says.
    } else {
      kept.push(word);
    }
  }
  out.alt = kept.join(' ');
  return out;
}
