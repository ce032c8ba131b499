// cfonts' letter shapes, drawn without cfonts' code. cfonts colors every character through
// supports-color and loads ~15 CommonJS files at run time: ~100 ms before the first slide
// can show its title. We need only its font data, left-aligned and without colors, which
// is what this does (the tests compare it with cfonts.render, and with ink-big-text rendered
// by Ink, for every font and letter: big-font-ink-big-text.test.ts).
// Why not ink-big-text through Ink, as the stack names it: measured on 2026-12-01 (Node 20,
// medians in turns on 2 shared cores), importing Ink's bundle took 104 ms, ink-big-text and
// cfonts on top 17 ms, the first renderToString of a BigText 41 ms; drawn that way the course
// lesson's first slide took 257 ms against 163 ms, and `print` of it 357 ms against 224 ms.
// The rows are the same either way, so the first slide does not wait for Ink to draw them.
import { createRequire } from 'node:module';

// Font files are read when a title is first drawn in them, with require (JSON.parse): a
// font bundled as a JavaScript object literal cost more to evaluate at startup than to read.
// (Named so that the bundler leaves this require alone: cfonts stays a package.)
const loadPackage = createRequire(import.meta.url);

/** A cfonts font file: `lines` rows per letter, letters keyed by their upper-case form. */
interface FontFile {
  lines: number;
  buffer: string[];
  letterspace: string[];
  chars: Record<string, string[]>;
}

/** The cfonts fonts lectern draws titles with. */
export type BigFontName = 'block' | 'simple' | 'chrome' | 'tiny';

/** Letters cfonts can draw (its CHARS, less the `|` line break); anything else it drops. */
export const BIG_FONT_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!?.+-_=@#$%&()/:;, \'"';

/** Color placeholders (`<c1>…</c1>`) inside cfonts' letter shapes. */
const COLOR_TAG = /<[^>]+>/g;

interface Font {
  lines: number;
  buffer: string[];
  /** What goes between letters, per row (cfonts' letter spacing, default for the font). */
  gap: string[];
  chars: Map<string, string[]>;
}

const fonts = new Map<BigFontName, Font>();

function font(name: BigFontName): Font {
  const hit = fonts.get(name);
  if (hit) return hit;
  const file = loadPackage(`cfonts/fonts/${name}.json`) as FontFile;
  const strip = (s: string) => s.replace(COLOR_TAG, '');
  const space = file.letterspace.map(strip);
  // cfonts' default letter spacing: the widest letterspace row, each row repeated that often
  // (an empty row counts as a space).
  const spacing = space.reduce((most, s) => Math.max(most, s.length), 0);
  const gap = space.map((s) => (s === '' && spacing > 0 ? ' ' : s).repeat(spacing));
  const chars = new Map(Object.entries(file.chars).map(([ch, rows]) => [ch, rows.map(strip)] as const));
  const made = { lines: file.lines, buffer: file.buffer.map(strip), gap, chars };
  fonts.set(name, made);
  return made;
}

/**
 * `textLines` drawn in big letters, one block of `font.lines` rows per text line, like
 * `cfonts.render(textLines.join('|'), { font, align: 'left', spaceless: true, lineHeight: 0 })`
 * on an unlimited width, without colors and with trailing spaces and blank last rows removed.
 * Letters the font does not have are dropped, as cfonts does.
 */
export function drawBigText(textLines: readonly string[], name: BigFontName): string[] {
  const f = font(name);
  const rows: string[] = [];
  for (const text of textLines) {
    // cfonts starts every text line with the font's buffer, except its first row.
    const block = Array.from({ length: f.lines }, (_, r) => (r === 0 ? '' : (f.buffer[r] ?? '')));
    for (const c of text) {
      const ch = c.toUpperCase();
      const shape = f.chars.get(ch);
      if (!shape || ch.length !== 1 || !BIG_FONT_CHARS.includes(ch)) continue;
      for (let r = 0; r < f.lines; r++) block[r] += (f.gap[r] ?? '') + (shape[r] ?? '');
    }
    for (const row of block) rows.push(row);
  }
  const out = rows.map((row) => row.trimEnd());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
