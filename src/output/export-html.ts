import { cellColors, styleKey, styledRuns, type CellStyle, type StyledRun } from '../render/text/styled-cells.js';
import { picturesHtml } from './embed-pictures.js';
import type { SlideFrame } from './export-frames.js';
import type { Palette } from './palette.js';

/** What the page says about itself. */
export interface PageInfo {
  title: string;
  /** `lang` of the page (the deck's), when known. */
  lang?: string;
  palette: Palette;
  generator: string;
}

// Arrow keys, PgUp/PgDn, space, Home/End move between slides; the hash keeps the place on
// reload. Without script the .js class is never set and every slide shows, one below another.
const SCRIPT = `(() => {
  const slides = [...document.querySelectorAll('main > section')];
  if (slides.length === 0) return;
  document.documentElement.classList.add('js');
  let at = Math.max(0, slides.findIndex((s) => '#' + s.id === location.hash));
  const show = (i) => {
    at = Math.min(Math.max(i, 0), slides.length - 1);
    slides.forEach((s, j) => s.classList.toggle('current', j === at));
    try { history.replaceState(null, '', '#' + slides[at].id); } catch {}
  };
  const steps = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };
  addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key in steps) show(at + steps[e.key]);
    else if (e.key === 'Home') show(0);
    else if (e.key === 'End') show(slides.length - 1);
    else return;
    e.preventDefault();
  });
  addEventListener('hashchange', () => show(slides.findIndex((s) => '#' + s.id === location.hash)));
  show(at);
})();`;

/**
 * One self-contained web page (no network: inline CSS, a few lines of inline script) with
 * a section per slide, each the slide's Frame drawn as a terminal would: the theme's
 * colors, monospace cells, wide characters two cells wide.
 */
export function framesToHtml(slides: readonly SlideFrame[], page: PageInfo): string {
  const classes = new Map<string, { name: string; css: string }>();
  const classOf = (style: CellStyle): string => {
    const key = styleKey(style);
    let known = classes.get(key);
    if (!known) {
      known = { name: `s${classes.size}`, css: styleCss(style, page.palette) };
      classes.set(key, known);
    }
    return known.name;
  };
  const sections = slides.map((s) => {
    const label = `Slide ${s.number} of ${slides.length}${s.title ? `: ${s.title}` : ''}`;
    const lines = s.frame.lines.map((line) => lineHtml(styledRuns(line), classOf)).join('\n');
    // A browser drops a newline right after <pre>: a slide's blank first line is not shown,
    // so its text sits a line higher than the Frame says, and its pictures must too.
    const shift = lines.startsWith('\n') ? -1 : 0;
    const pictures = picturesHtml(s.frame, (p) => p.alt, 1.2, { ch: 1, px: 8 }, shift);
    // Pictures are placed on the <pre>'s cell grid, so only a slide with pictures positions it.
    const pre = pictures === '' ? '<pre>' : '<pre style="position:relative">';
    return `<section id="slide-${s.number}" aria-label="${escapeHtml(label)}">${pre}${lines}${pictures}</pre></section>`;
  });
  const { fg, bg, edge } = page.palette;
  const css = [
    `html{background:${bg};color:${fg}}`,
    'body{margin:0;padding:16px 8px}',
    // Fonts with box-drawing glyphs first; a line height that keeps borders close together.
    'pre{margin:0 auto;width:max-content;padding:8px 1ch;font:16px/1.2 "DejaVu Sans Mono","Cascadia Mono",Menlo,Consolas,"Liberation Mono",monospace;' +
      `background:${bg};border:1px solid ${edge};border-radius:6px}`,
    'section{margin:0 0 24px}',
    '.js section{display:none}.js section.current{display:block}',
    '.w{display:inline-block;width:2ch;overflow:hidden;vertical-align:top;text-align:center}',
    ...[...classes.values()].filter((c) => c.css !== '').map((c) => `.${c.name}{${c.css}}`),
  ].join('\n');
  return `<!DOCTYPE html>
<html${page.lang ? ` lang="${escapeHtml(page.lang)}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(page.generator)}">
<title>${escapeHtml(page.title)}</title>
<style>
${css}
</style>
</head>
<body>
<main>
${sections.join('\n')}
</main>
<script>
${SCRIPT}
</script>
</body>
</html>
`;
}

/** A Frame line as HTML: plain text where nothing is styled, a span per styled run. */
function lineHtml(runs: readonly StyledRun[], classOf: (style: CellStyle) => string): string {
  const visible = trimTrailingBlank(runs);
  return visible
    .map((run) => {
      const text = escapeHtml(run.text);
      const name = isPlain(run.style) ? '' : classOf(run.style);
      if (run.wide) return `<span class="${name ? `${name} ` : ''}w">${text}</span>`;
      return name ? `<span class="${name}">${text}</span>` : text;
    })
    .join('');
}

/** Runs up to the last one that shows anything (trailing default-background spaces are dropped). */
export function trimTrailingBlank(runs: readonly StyledRun[]): StyledRun[] {
  let end = runs.length;
  while (end > 0) {
    const run = runs[end - 1];
    if (!run || run.text.trim() !== '' || run.style.bg !== undefined || run.style.inverse || run.style.underline || run.style.strike) break;
    end--;
  }
  return runs.slice(0, end);
}

function isPlain(style: CellStyle): boolean {
  return Object.keys(style).length === 0;
}

/** CSS declarations for a style (inverse resolved against the page's colors). */
function styleCss(style: CellStyle, palette: Palette): string {
  const { fg, bg } = cellColors(style, palette);
  const out: string[] = [];
  if (fg !== palette.fg || style.inverse) out.push(`color:${fg}`);
  if (bg !== undefined) out.push(`background:${bg}`);
  if (style.bold) out.push('font-weight:bold');
  if (style.dim) out.push('opacity:.65');
  if (style.italic) out.push('font-style:italic');
  const lines = [style.underline ? 'underline' : '', style.strike ? 'line-through' : ''].filter(Boolean);
  if (lines.length > 0) out.push(`text-decoration:${lines.join(' ')}`);
  return out.join(';');
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
