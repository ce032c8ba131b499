import type { Token, Tokens } from 'marked';
import type { AlertKind, Align, Block, ListItem } from '../deck/types.js';
import { copyBlockLine } from './block-lines.js';
import { definitionBlocks } from './definition-list.js';
import { htmlText } from './html-text.js';
import { htmlWithImages, paragraphWithImages } from './images.js';

/**
 * Converts one content token (not a directive, not a slide break) to blocks. Art fences are
 * returned as single-variant art blocks; `mergeArtVariants` joins neighbours afterwards.
 */
export function tokenToBlocks(token: Token, quoteDepth = 0): Block[] {
  switch (token.type) {
    case 'heading': {
      const t = token as Tokens.Heading;
      return [{ kind: 'heading', level: t.depth, text: t.text }];
    }
    case 'paragraph':
    case 'text': {
      const text = (token as Tokens.Paragraph).text;
      return paragraphWithImages(token as Tokens.Paragraph) ?? definitionBlocks(text) ?? [{ kind: 'prose', text }];
    }
    case 'blockquote':
      return [quoteBlock(token as Tokens.Blockquote, quoteDepth + 1)];
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
      const text = htmlText((token as Tokens.HTML).text);
      return text === '' ? [] : [{ kind: 'prose', text }];
    }
    default:
      // space, def (link definitions), footnote definitions (parse-deck places them) and
      // unknown extension tokens show nothing here.
      return [];
  }
}

/** Quote levels drawn as quotes; deeper ones show as text in the last. */
const MAX_QUOTE_DEPTH = 12;

const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i;

/**
 * A blockquote with its blocks. GitHub's alerts (`> [!NOTE]` on the quote's first line) are
 * recognised here rather than with marked-alert: that extension rewrites tokens in marked's
 * inline pass, which lectern does not run at load (see lexer.ts).
 */
function quoteBlock(t: Tokens.Blockquote, depth: number): Block {
  // Quotes nested deeper than anyone writes (a hostile `>>>>…`) end as the text they hold:
  // every stage below walks blocks recursively, and one bar a level would fill the screen.
  if (depth > MAX_QUOTE_DEPTH) return { kind: 'quote', blocks: [{ kind: 'prose', text: t.text.replace(/^[ \t>]+/gm, '').trim() }] };
  const tokens = [...t.tokens];
  let alert: AlertKind | undefined;
  const first = tokens[0];
  if (first?.type === 'paragraph') {
    const match = ALERT.exec((first as Tokens.Paragraph).text);
    if (match) {
      alert = (match[1] ?? 'note').toLowerCase() as AlertKind;
      const rest = (first as Tokens.Paragraph).text.slice(match[0].length);
      if (rest.trim() === '') tokens.shift();
      else tokens[0] = { ...first, text: rest } as Tokens.Paragraph;
    }
  }
  const blocks: Block[] = [];
  let gap = true;
  for (const token of tokens) {
    if (token.type === 'space') {
      gap = true;
      continue;
    }
    const converted = tokenToBlocks(token, depth);
    const head = converted[0];
    if (head && !gap) converted[0] = { ...head, attached: true };
    for (const block of converted) blocks.push(block);
    gap = false;
  }
  return alert === undefined ? { kind: 'quote', blocks } : { kind: 'quote', blocks, alert };
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
