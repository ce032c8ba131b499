import type { Block } from '../deck/types.js';

/**
 * pandoc's definition lists (a term line, then `: definition` or `~ definition` lines) as a
 * term in bold and its definition under it, the markers hidden. GitHub shows them as one
 * paragraph with the colons; pandoc, patat and reveal.js as here. Undefined for any other
 * paragraph. A definition after a blank line is a paragraph of its own starting with the
 * marker: its marker is hidden too.
 */
export function definitionBlocks(text: string): Block[] | undefined {
  if (!/^[:~][ \t]/m.test(text)) return undefined;
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let term: string[] = [];
  let definition: string[] | undefined;
  const flush = () => {
    if (definition) blocks.push({ kind: 'prose', text: definition.join('\n'), ...(blocks.length > 0 ? { attached: true } : {}) });
    definition = undefined;
  };
  for (const line of lines) {
    const marker = /^[:~][ \t]+(.*)$/.exec(line);
    if (marker) {
      flush();
      if (term.length > 0) {
        blocks.push({ kind: 'prose', text: `**${term.join(' ').trim()}**` });
        term = [];
      }
      definition = [marker[1] ?? ''];
    } else if (definition && /^[ \t]/.test(line)) {
      definition.push(line.trim());
    } else {
      flush();
      term.push(line);
    }
  }
  flush();
  // Terms with no definition after them are ordinary lines of the paragraph.
  if (term.length > 0) blocks.push({ kind: 'prose', text: term.join('\n'), ...(blocks.length > 0 ? { attached: true } : {}) });
  return blocks.every((b) => b.kind !== 'prose' || b.text.trim() !== '') ? blocks : undefined;
}
