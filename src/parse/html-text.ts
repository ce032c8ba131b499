/**
 * Raw HTML in a lesson, shown the way a reader of the page sees it: its text, never its tags.
 * Line-level tags (`<br>`, `</p>`, `</tr>`, `</li>`…) end a line (`<br>` is kept for the
 * inline renderer, which draws it as a line break); `<style>` and `<script>` hide what they
 * hold, as a browser does; comments vanish. Entities are left for the renderer to decode.
 */
export function htmlText(html: string): string {
  const lines = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(HIDDEN, '')
    .replace(/<br\s*\/?>/gi, LINE)
    .replace(LINE_END, LINE)
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .split(LINE)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return lines.join('<br>');
}

/** Stands for a line end while tags are stripped: a private-use character (one in the lesson's own text would at worst end a line). */
const LINE = '\uE000';
/** Elements whose content a browser does not show as text. */
const HIDDEN = /<(style|script|template|noscript)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** Closing tags after which a browser starts a new line. */
const LINE_END = /<\/(?:p|div|tr|li|h[1-6]|summary|dt|dd|blockquote|pre|table|ul|ol|section|header|footer|figcaption)\s*>/gi;

/** Elements that draw something lectern cannot: `check` says they are dropped. */
const UNSHOWN = /<(style|script|iframe|video|audio|svg|canvas|object|embed|form|input|button|select|textarea|math)\b/gi;

/** The names of the elements in `html` whose content or drawing never shows on a slide. */
export function unshownElements(html: string): string[] {
  const names = [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(UNSHOWN)].map((m) => (m[1] ?? '').toLowerCase());
  return [...new Set(names)];
}
