import type { Styles } from '../../theme/styles.js';
import type { ContentBox } from '../layout-box.js';
import type { UiStrings } from '../ui-strings.js';
import { displayWidth, padEndStyled, truncateStyled, wrapStyled, widestLine } from '../text/text.js';

/** A titled table of keys for the help overlay (the session's key table decides the rows). */
export interface HelpSection {
  title: string;
  rows: readonly (readonly [keys: string, does: string])[];
}

/** The key column never takes more than this share of the width: descriptions need room. */
const MAX_KEY_SHARE = 0.4;

/**
 * The help laid out for a content area: pages of lines, each page a title, rows of keys and
 * their descriptions (wrapped, never cut), and a footer saying how to go on or close. A row
 * is never split across two pages; a screen with room for everything has one page.
 */
export function helpPages(sections: readonly HelpSection[], box: ContentBox, height: number, styles: Styles, strings: UiStrings): string[][] {
  const labels = sections.flatMap((s) => s.rows.map(([keys]) => displayWidth(keys)));
  const keyWidth = Math.min(
    labels.reduce((most, l) => Math.max(most, l), 1),
    Math.max(1, Math.floor(box.width * MAX_KEY_SHARE)),
  );
  const textWidth = Math.max(1, box.width - keyWidth - 2);
  // Blocks that stay together on a page: one key's row(s), a section's title with its first.
  const blocks: string[][] = [];
  sections.forEach((section, index) => {
    let title: string[] = [...(index > 0 ? [''] : []), styles.heading(truncateStyled(section.title, box.width))];
    for (const [keys, does] of section.rows) {
      const keyLines = wrapStyled(keys, keyWidth);
      const textLines = wrapStyled(does, textWidth);
      const lines = Array.from({ length: Math.max(keyLines.length, textLines.length) }, (_, i) =>
        `${styles.accent(padEndStyled(keyLines[i] ?? '', keyWidth))}  ${styles.text(textLines[i] ?? '')}`.trimEnd(),
      );
      blocks.push([...title, ...lines]);
      title = [];
    }
  });
  // Title and footer on every page; what is left holds the rows.
  const room = Math.max(1, height - 2);
  const bodies: string[][] = [[]];
  for (const block of blocks) {
    let page = bodies[bodies.length - 1]!;
    if (page.length > 0 && page.length + block.length > room) bodies.push((page = []));
    // A blank line that would open a page is dropped.
    for (const line of page.length === 0 && block[0] === '' ? block.slice(1) : block) page.push(line);
  }
  return bodies.map((body, index) => {
    const footer = index < bodies.length - 1 ? strings.helpMore(index + 1, bodies.length) : strings.helpClose;
    return [styles.title(truncateStyled(strings.helpTitle, box.width)), ...body.slice(0, room), styles.muted(truncateStyled(footer, box.width))];
  });
}

/** One page of the help overlay, centered in the content area. */
export function renderHelp(sections: readonly HelpSection[], page: number, box: ContentBox, height: number, styles: Styles, strings: UiStrings): string[] {
  const pages = helpPages(sections, box, height, styles, strings);
  const lines = pages[Math.min(Math.max(0, page), pages.length - 1)] ?? [];
  // The same left edge on every page, so paging does not shift the table.
  const wide = widestLine(pages.flat());
  const left = box.left + Math.max(0, Math.floor((box.width - wide) / 2));
  const top = Math.max(0, Math.floor((height - lines.length) / 2));
  return [...new Array<string>(top).fill(''), ...lines.map((l) => (l === '' ? '' : ' '.repeat(left) + l))];
}
