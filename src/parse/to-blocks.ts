import type { Token, Tokens } from 'marked';
import type { Align, Block, ListItem } from '../deck/types.js';
import { copyBlockLine } from './block-lines.js';
import { htmlWithImages, paragraphWithImages } from './images.js';

/**
 * Converts one content token (not a directive, not a slide break) to blocks. Art fences are
 * returned as single-variant art blocks; `mergeArtVariants` joins neighbours afterwards.
 */
export function tokenToBlocks(token: Token): Block[] {
  switch (token.type) {
    case 'heading': {
      const t = token as Tokens.Heading;
      return [{ kind: 'heading', level: t.depth, text: t.text }];
    }
    case 'paragraph':
    case 'text':
      return paragraphWithImages(token as Tokens.Paragraph) ?? [{ kind: 'prose', text: (token as Tokens.Paragraph).text }];
    case 'blockquote': {
      const t = token as Tokens.Blockquote;
      return [{ kind: 'prose', text: t.text.trim(), quote: true }];
    }
    case 'list':
      return [listBlock(token as Tokens.List)];
    case 'table': {
      const t = token as Tokens.Table;
      const align: Align[] = t.align.map((a) => a ?? 'left');
      return [{ kind: 'table', header: t.header.map((c) => c.text), align, rows: t.rows.map((r) => r.map((c) => c.text)) }];
    }
    case 'code': {
      const t = token as Tokens.Code;
      const lang = (t.lang ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      if (lang === 'art') return [{ kind: 'art', variants: [t.text] }];
      return [{ kind: 'code', lang, text: t.text }];
    }
    case 'hr':
      return [{ kind: 'rule' }];
    case 'html': {
      const pictures = htmlWithImages((token as Tokens.HTML).text);
      if (pictures) return pictures;
      // Raw HTML other than our directives: show its text, never its tags.
      const text = (token as Tokens.HTML).text.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '').trim();
      return text === '' ? [] : [{ kind: 'prose', text }];
    }
    default:
      // space, def (link definitions) and unknown extension tokens show nothing.
      return [];
  }
}

function listBlock(t: Tokens.List): Block {
  const items: ListItem[] = t.items.map((item) => {
    const [first, ...rest] = item.tokens.filter((tok) => tok.type !== 'checkbox' && tok.type !== 'space');
    const textual = first !== undefined && (first.type === 'text' || first.type === 'paragraph');
    const text = textual ? (first as Tokens.Text).text : '';
    const children = (textual ? rest : [first, ...rest]).flatMap((tok) => (tok ? tokenToBlocks(tok) : []));
    return item.task ? { text, checked: item.checked === true, children } : { text, children };
  });
  return { kind: 'list', ordered: t.ordered, start: typeof t.start === 'number' ? t.start : 1, items };
}

/** Joins consecutive art blocks into one block whose variants the renderer chooses from. */
export function mergeArtVariants(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (block.kind === 'art' && previous?.kind === 'art') {
      const merged: Block = { kind: 'art', variants: [...previous.variants, ...block.variants] };
      // The picture starts where its first variant does.
      copyBlockLine(previous, merged);
      out[out.length - 1] = merged;
    } else {
      out.push(block);
    }
  }
  return out;
}
