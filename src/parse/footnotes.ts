import type { Token } from 'marked';
import type { Block } from '../deck/types.js';

/**
 * GitHub footnotes on slides: a reference `[^label]` shows as `[1]` (numbered in the order
 * the lesson first cites them), and each slide that cites a note shows its text at its end,
 * where a reader of the slide needs it (GitHub puts them all at the end of the page, which
 * on slides would be the last slide). A definition no one cites shows nowhere, as on GitHub.
 */
export class Footnotes {
  private readonly numbers = new Map<string, number>();

  /** `definitions`: each footnote's blocks by label, as written (`[^label]: …`). */
  constructor(private readonly definitions: ReadonlyMap<string, Token[]>) {}

  /** Whether the lesson defines any footnote. */
  get any(): boolean {
    return this.definitions.size > 0;
  }

  /** Replaces the references in inline Markdown with their numbers; adds the labels to `cited`. */
  rewrite(text: string, cited: Set<string>): string {
    if (!text.includes('[^')) return text;
    return text.replace(/\[\^([^\]\s]+)\](?!:)/g, (whole, raw: string) => {
      const label = raw.toLowerCase();
      if (!this.definitions.has(label)) return whole;
      let n = this.numbers.get(label);
      if (n === undefined) this.numbers.set(label, (n = this.numbers.size + 1));
      cited.add(label);
      return `\\[${n}\\]`;
    });
  }

  /**
   * The notes a slide cites, in their numbers' order: each note's blocks, its first
   * paragraph led by its number. `toBlocks` converts the note's tokens (parse-deck's own).
   */
  blocksFor(cited: ReadonlySet<string>, toBlocks: (tokens: Token[]) => Block[]): Block[] {
    const labels = [...cited].sort((a, b) => (this.numbers.get(a) ?? 0) - (this.numbers.get(b) ?? 0));
    return labels.flatMap((label, i) => {
      const blocks = toBlocks(this.definitions.get(label) ?? []);
      const mark = `\\[${this.numbers.get(label) ?? 0}\\]`;
      const first = blocks[0];
      if (first?.kind === 'prose') blocks[0] = { ...first, text: `${mark} ${first.text}` };
      else blocks.unshift({ kind: 'prose', text: mark });
      // Notes read as one group under the slide: no gap between them.
      if (i > 0 && blocks[0]) blocks[0] = { ...blocks[0], attached: true };
      return blocks;
    });
  }
}
