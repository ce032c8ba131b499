// The picture rows of `npm run bench`: a slide with a 1920x1080 screenshot (made here: a
// web interface's panels, bars and lines of "text"), reached with → from a title slide.
//   time to picture  → written → the half-block picture on screen (then quiet)
//   bytes            what lectern wrote for that slide, picture included
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pngjs from 'pngjs';

/** A screenshot-like PNG: a dark sidebar, a header bar, panels and rows of text-like dashes. */
export function screenshotPng(width = 1920, height = 1080) {
  const png = new pngjs.PNG({ width, height });
  const put = (x0, y0, x1, y1, [r, g, b]) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) {
        const i = (y * width + x) * 4;
        png.data[i] = r;
        png.data[i + 1] = g;
        png.data[i + 2] = b;
        png.data[i + 3] = 255;
      }
    }
  };
  put(0, 0, width, height, [245, 246, 248]);
  put(0, 0, width, 64, [40, 44, 52]);
  put(0, 64, 320, height, [52, 58, 70]);
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let y = 100; y < height; y += 28) put(24, y, 24 + 120 + rnd() * 150, y + 12, [200, 205, 215]);
  for (const [x, y, w, h] of [
    [360, 100, 700, 420],
    [1090, 100, 790, 420],
    [360, 560, 1520, 480],
  ]) {
    put(x, y, x + w, y + h, [255, 255, 255]);
    put(x, y, x + w, y + 40, [229, 112, 0]);
    for (let ty = y + 60; ty < y + h - 20; ty += 24) {
      let tx = x + 20;
      while (tx < x + w - 80) {
        const word = 20 + rnd() * 90;
        put(tx, ty, tx + word, ty + 10, [60, 64, 72]);
        tx += word + 12;
      }
    }
  }
  return pngjs.PNG.sync.write(png);
}

/** The deck: a title slide, then the screenshot slide. */
export function writeScreenshotDeck(work) {
  writeFileSync(join(work, 'screenshot.png'), screenshotPng());
  const deck = join(work, 'screenshot.md');
  writeFileSync(deck, '# Pictures\n\n---\n\n## The web interface\n\n![Proxmox VE web interface](screenshot.png)\n');
  return deck;
}

/** Screen predicate: rows of half blocks (the picture, not its loading box) are on screen. */
export function pictureShows(screen) {
  return screen.filter((line) => /[▀▄]{8}/.test(line)).length >= 3;
}

/**
 * A diagram as an SVG of 1280x720 units: a Proxmox host (a shaded panel) holding a VM and a
 * container, joined to a bridge by lines. The background is a vertical gradient, so every
 * cell of it is a half block of two colours (pictureShows sees it, as it sees a screenshot).
 */
export function diagramSvg() {
  const box = (x, y, w, h, fill) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="${fill}" stroke="#1f2430" stroke-width="6"/>`;
  const parts = [
    '<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#e8eef8"/><stop offset="1" stop-color="#5a6f96"/></linearGradient></defs>',
    '<rect width="1280" height="720" fill="url(#sky)"/>',
    box(80, 80, 1120, 560, '#f6f7f9'),
    box(140, 200, 440, 300, '#e57000'),
    box(700, 200, 440, 300, '#2b7bb9'),
    box(140, 540, 1000, 60, '#3c4350'),
    '<path d="M360 500 V540 M920 500 V540" stroke="#1f2430" stroke-width="10"/>',
    ...Array.from(
      { length: 6 },
      (_, i) => `<circle cx="${230 + i * 60}" cy="300" r="20" fill="#fff"/><circle cx="${790 + i * 60}" cy="400" r="20" fill="#fff"/>`,
    ),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">${parts.join('')}</svg>`;
}

/** The SVG deck: a title slide, then the diagram slide. */
export function writeSvgDeck(work) {
  writeFileSync(join(work, 'diagram.svg'), diagramSvg());
  const deck = join(work, 'diagram.md');
  writeFileSync(deck, '# Pictures\n\n---\n\n## A Proxmox host\n\n![a host running a VM and a container](diagram.svg)\n');
  return deck;
}
