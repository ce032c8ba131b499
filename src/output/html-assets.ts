import type { Palette } from './palette.js';

/** The monospace fonts a page asks for: ones with box-drawing glyphs first. */
export const MONOSPACE = '"DejaVu Sans Mono","Cascadia Mono",Menlo,Consolas,"Liberation Mono",monospace';

/**
 * The advance of a monospace character in em, rounded up over the usual fonts (DejaVu Sans
 * Mono and Menlo 0.602, Liberation Mono 0.600, Cascadia 0.586, Consolas 0.55): sizes
 * computed with it always fit.
 */
const CH = 0.62;
/** Line height of a Frame row, in em. */
const LINE = 1.2;

/**
 * The page's style sheet. The slide is a grid of `--cols` monospace cells scaled to the
 * window (the width of `main` through container units, `vw` where those are missing), so
 * a phone shows the whole slide, never a sideways scroll; with script one slide fills the
 * window; printed, each slide gets a landscape page of its own, in its colors, sized by its
 * rows (`--rows`, set per section) and columns.
 */
export function pageCss(palette: Palette): string {
  const { fg, bg, edge } = palette;
  // Cells across a slide: its columns plus the padding of one cell on each side.
  const across = `(var(--cols) + 2) * ${CH}`;
  const fitWidth = (room: string) => `calc(${room} / (${across}))`;
  return [
    // A sideways swipe is the page's (next, previous), not the browser's history gesture.
    `html{background:${bg};color:${fg};-webkit-text-size-adjust:100%;text-size-adjust:100%;overscroll-behavior-x:none}`,
    '.js main{touch-action:pan-y pinch-zoom}',
    'body{margin:0;padding:8px}',
    'main{container-type:inline-size}',
    `pre{position:relative;margin:0 auto;width:max-content;padding:8px 1ch;font-family:${MONOSPACE};line-height:${LINE};` +
      `font-size:min(16px,${fitWidth('(100vw - 18px)')});font-size:min(16px,${fitWidth('(100cqw - 2px)')});` +
      `background:${bg};border:1px solid ${edge};border-radius:6px}`,
    // One slide at a time fills the window, as on a projector, up to a comfortable size.
    `.js pre{font-size:min(28px,${fitWidth('(100vw - 18px)')},max(9px,calc((100vh - 64px) / (var(--screen-rows) * ${LINE} + 1))));` +
      `font-size:min(28px,${fitWidth('(100cqw - 2px)')},max(9px,calc((100vh - 64px) / (var(--screen-rows) * ${LINE} + 1))))}`,
    'pre a{color:inherit;text-decoration:inherit}',
    'pre a:hover,pre a:focus{outline:1px dotted currentColor}',
    'section{margin:0 0 24px}',
    '.js section{display:none}.js section.current{display:block}',
    '.js .later{visibility:hidden}',
    '.w{display:inline-block;width:2ch;overflow:hidden;vertical-align:top;text-align:center}',
    '.pic{position:absolute;object-fit:contain}',
    `.notes{margin:12px auto 0;max-width:48em;padding:8px 12px;border-left:3px solid ${edge};font:15px/1.45 system-ui,sans-serif;overflow-wrap:anywhere}`,
    '.notes h2{margin:0 0 4px;font-size:13px;text-transform:uppercase;letter-spacing:.05em;opacity:.75}',
    '.notes p{margin:0 0 6px;white-space:pre-wrap}',
    `.bar{position:relative;display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center;justify-content:center;margin:0 0 8px;font:14px/1.4 system-ui,sans-serif}`,
    `.bar button{font:inherit;color:${fg};background:transparent;border:1px solid ${edge};border-radius:4px;padding:2px 10px;cursor:pointer}`,
    '.bar button[aria-pressed="true"]{background:' + edge + '}',
    'html:not(.js) .bar button,html:not(.js) .bar .where{display:none}',
    '.bar a{color:inherit}',
    '.menu summary{cursor:pointer}',
    // The open menu lies over the slide, as wide as the bar at most: never wider than the window.
    `.menu ol{position:absolute;z-index:1;left:0;right:0;width:max-content;max-width:100%;box-sizing:border-box;margin:4px auto;padding:8px 8px 8px 32px;overflow-wrap:anywhere;background:${bg};border:1px solid ${edge};border-radius:4px}`,
    'html:not(.js) .menu ol{position:static}',
    `@page{size:landscape;margin:8mm}`,
    // Printed: every slide on its own page, colors kept, scaled to fit the page (the
    // smallest landscape page, Letter or A4, less margins and the slide's border).
    '@media print{' +
      '*{-webkit-print-color-adjust:exact;print-color-adjust:exact}' +
      'body{padding:0}.bar{display:none}' +
      'section,.js section{display:block;margin:0;break-after:page;break-inside:avoid}' +
      'section:last-of-type{break-after:auto}' +
      '.js .later{visibility:visible}' +
      `pre,.js pre{font-size:min(calc(255mm / (${across})),calc(180mm / (var(--rows) * ${LINE} + 1.5)))}` +
      '.notes{margin-top:2mm;padding:1mm 3mm;font-size:min(11pt,calc(180mm / (var(--rows) * 1.2 + 1.5)))}' +
      '}',
  ].join('\n');
}

/**
 * The page's script: slide by slide with the keys (→ ← ↓ ↑ PgUp PgDn space Home End), a click
 * or tap (the left third goes back), a swipe, and the bar's buttons; `p` or the pauses
 * button reveals each slide step by step. The hash keeps the place on reload and makes
 * links to other lessons work inside the page. Without script every slide shows, one
 * below another, complete.
 */
export const PAGE_SCRIPT = `(() => {
  const slides = [...document.querySelectorAll('main > section')];
  if (slides.length === 0) return;
  document.documentElement.classList.add('js');
  const where = document.querySelector('.bar .where');
  const pauses = document.querySelector('.bar .pauses');
  let stepping = false;
  let at = 0;
  let step = 0;
  const lastStep = (i) => Number(slides[i].dataset.steps || 1) - 1;
  const paint = () => {
    for (const row of slides[at].querySelectorAll('[data-step]')) row.classList.toggle('later', stepping && Number(row.dataset.step) > step);
  };
  const show = (i, fromStart) => {
    const next = Math.min(Math.max(i, 0), slides.length - 1);
    const moved = next !== at;
    at = next;
    step = stepping && fromStart ? 0 : lastStep(at);
    slides.forEach((s, j) => s.classList.toggle('current', j === at));
    paint();
    if (where) where.textContent = (at + 1) + ' / ' + slides.length;
    try { history.replaceState(null, '', '#' + slides[at].id); } catch {}
    if (moved) scrollTo(0, 0);
  };
  const forward = () => {
    if (stepping && step < lastStep(at)) { step++; paint(); } else if (at < slides.length - 1) show(at + 1, true);
  };
  const back = () => {
    if (stepping && step > 0) { step--; paint(); } else if (at > 0) show(at - 1, false);
  };
  const togglePauses = () => {
    stepping = !stepping;
    if (pauses) pauses.setAttribute('aria-pressed', String(stepping));
    step = stepping ? 0 : lastStep(at);
    paint();
  };
  // ↓ space PgDn (↑ PgUp) scroll a slide taller than the window first, as the presenter
  // scrolls a tall slide, then move on (back).
  const scrolling = (down, page) => () => {
    const room = document.documentElement.scrollHeight - innerHeight;
    if (down ? scrollY < room - 1 : scrollY > 0) scrollBy(0, (down ? 1 : -1) * (page ? innerHeight * 0.9 : 60));
    else (down ? forward : back)();
  };
  const keys = { ArrowRight: forward, ArrowLeft: back, ArrowDown: scrolling(true, false), ' ': scrolling(true, true), PageDown: scrolling(true, true),
    ArrowUp: scrolling(false, false), PageUp: scrolling(false, true), Home: () => show(0, true), End: () => show(slides.length - 1, true), p: togglePauses };
  addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !(e.key in keys)) return;
    // Keys still move the slides after a click on the bar's buttons (they keep the focus).
    if (e.target instanceof Element && e.target.closest('input, textarea, select')) return;
    keys[e.key]();
    e.preventDefault();
  });
  // A click or tap moves on (the left third goes back), unless it was on a link or a
  // button, in the notes, or ended a text selection.
  addEventListener('click', (e) => {
    if (e.button !== 0 || e.defaultPrevented) return;
    if (e.target instanceof Element && e.target.closest('a, button, summary, details, nav, .notes')) return;
    const selection = getSelection();
    if (selection && !selection.isCollapsed) return;
    (e.clientX < innerWidth / 3 ? back : forward)();
  });
  let touch;
  addEventListener('touchstart', (e) => { touch = e.touches.length === 1 ? { x: e.touches[0].clientX, y: e.touches[0].clientY } : undefined; }, { passive: true });
  addEventListener('touchend', (e) => {
    const end = e.changedTouches[0];
    if (!touch || !end) return;
    const dx = end.clientX - touch.x;
    const dy = end.clientY - touch.y;
    touch = undefined;
    if (Math.abs(dx) < 40 || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
    (dx < 0 ? forward : back)();
  });
  for (const button of document.querySelectorAll('.bar [data-go]')) button.addEventListener('click', () => (button.dataset.go === '1' ? forward : back)());
  if (pauses) pauses.addEventListener('click', togglePauses);
  const fromHash = () => slides.findIndex((s) => '#' + s.id === decodeURIComponent(location.hash));
  addEventListener('hashchange', () => {
    for (const menu of document.querySelectorAll('details.menu')) menu.open = false;
    const i = fromHash();
    if (i >= 0) show(i, true);
  });
  at = Math.max(0, fromHash());
  show(at, true);
})();`;
