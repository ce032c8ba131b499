import { readFileSync } from 'node:fs';

/**
 * The words of each slide's source text in a lesson file split by `---` lines: front
 * matter, comments (notes, directives) and the breaks themselves left out. For checks that
 * nothing a slide holds is missing from an output.
 */
export function slideWords(path: string): string[][] {
  const text = readFileSync(path, 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    // A link to another lesson shows its text and a follow marker, not its file path.
    .replace(/(\]\()(?![a-z][a-z0-9+.-]*:)[^)]*\.md(?:#[^)]*)?\)/gi, '$1)');
  return text.split(/\n---\n/).map((slide) => slide.match(/[\p{L}\p{N}]+/gu) ?? []);
}
