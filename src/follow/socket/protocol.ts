/**
 * The local viewer link (`lectern serve --socket PATH` ↔ `lectern follow --socket PATH`):
 * the server sends terminal bytes as they are, exactly what an SSH viewer gets; the
 * follower sends newline-delimited JSON: first its size, TERM and locale, then typed input and
 * size changes. Anything else on the line is ignored; sizes are clamped by the viewer.
 */
import { parseJsonObject } from '../json-lines.js';
import { acceptedLocale } from '../ssh/requests.js';

/** One message from a follower. */
export type FollowerMessage =
  | { type: 'size'; columns: number; rows: number; term?: string; /** LC_ALL, LC_CTYPE or LANG, whichever is set first. */ locale?: string }
  | { type: 'input'; data: string };

/** Encodes a follower message as one line. */
export function encodeFollowerMessage(message: FollowerMessage): string {
  if (message.type === 'input') return `${JSON.stringify({ in: message.data })}\n`;
  const { columns, rows, term, locale } = message;
  return `${JSON.stringify({ size: [columns, rows], ...(term === undefined ? {} : { term }), ...(locale === undefined ? {} : { locale }) })}\n`;
}

/** Decodes one line; undefined for anything that is not a message we know. */
export function decodeFollowerMessage(line: string): FollowerMessage | undefined {
  const data = parseJsonObject(line);
  if (!data) return undefined;
  const { in: input, size, term, locale } = data;
  if (typeof input === 'string') return { type: 'input', data: input };
  if (Array.isArray(size) && size.length === 2 && size.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    const [columns, rows] = size as [number, number];
    // TERM only picks a color depth; a long or odd one is simply not used.
    return {
      type: 'size',
      columns,
      rows,
      ...(typeof term === 'string' && term.length <= 64 ? { term } : {}),
      ...(acceptedLocale('LANG', locale) ? { locale } : {}),
    };
  }
  return undefined;
}
