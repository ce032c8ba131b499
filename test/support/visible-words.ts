import { decodeHTML } from 'entities';

/**
 * The words a reader of a lesson on GitHub sees, found from its source by plain text
 * rules (not by lectern's parser, which is what the words are checked against): front
 * matter, comments, `<style>`/`<script>`, tags (inline ones join the words around them:
 * H<sub>2</sub>O is one word), link and footnote labels, fence info strings, task boxes,
 * pandoc div fences and image syntax (pictures are drawn, not written) are left out; entities decoded.
 * Lower case, each word once.
 */
export function visibleWords(markdown: string): string[] {
  const text = decodeHTML(
    markdown
      .replace(/^---\n[\s\S]*?\n(?:---|\.\.\.)\n/, '')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/^ {0,3}:{3,}\s*(?:notes|\{\s*\.notes\s*\})\s*$[\s\S]*?^ {0,3}:{3,}\s*$/gm, ' ')
      .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S+.*$/gm, ' ')
      .replace(/\[\^[^\]\s]+\]:?/g, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/^ {0,3}:::.*$/gm, ' ')
      .replace(/^([ \t>]*)(`{3,}|~{3,}).*$/gm, ' ')
      .replace(/^([ \t>]*[-*+] )\[[ xX]\]/gm, '$1')
      .replace(/<\/?(?:sub|sup|kbd|b|i|em|strong|span|a|code)\b[^>]*>/gi, '')
      .replace(/<[^>]+>/g, ' '),
  );
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/** Every word (lower case) in some text, for checking `visibleWords` against what was shown. */
export function wordsIn(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * The words of a Marp deck's running text: every `header:`/`footer:` value (front matter,
 * `<!-- footer: … -->` comments, `_`-prefixed spot forms), quotes and link targets left
 * out. Found by plain text rules, like visibleWords.
 */
export function runningTextWords(markdown: string): string[] {
  const values = [...markdown.matchAll(/^[ \t]*(?:<!--[ \t]*)?_?(?:header|footer)[ \t]*:[ \t]*(.*?)[ \t]*(?:-->)?[ \t]*$/gim)].map((m) =>
    (m[1] ?? '').replace(/^(["'])(.*)\1$/, '$2').replace(/\]\([^)]*\)/g, ']'),
  );
  return [
    ...new Set(
      values
        .join(' ')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [],
    ),
  ];
}
