/**
 * The promises every Frame keeps, checked for a whole lesson at one screen size: parse and
 * render never throw (a lesson may only be refused with an InputError), every Frame has
 * exactly `height` lines of at most `width` columns, and nothing but SGR color codes reaches
 * the terminal — in every slide, step, scroll position and overlay, and in `print` output.
 */
import { keySections } from '../../src/session/keymap.js';
import type { Deck } from '../../src/deck/types.js';
import { deckFromText } from '../../src/parse/deck-from-text.js';
import { InputError } from '../../src/deck/input-error.js';
import type { Frame, Viewport } from '../../src/render/frame.js';
import { renderScreen, type ScreenState } from '../../src/render/screens/slide-screen.js';
import { chooseStrings } from '../../src/render/ui-strings.js';
import { displayWidth } from '../../src/render/text/text.js';
import { makeStyles, type ColorLevel } from '../../src/theme/styles.js';
import { darkTheme } from '../../src/theme/theme.js';
import { printFrames } from '../../src/output/print.js';

/** A control character left after removing SGR sequences (`ESC [ params m`). */
export function controlOutsideSgr(line: string): string | undefined {
  const rest = line.replace(/\u001B\[[0-9;]*m/g, '');
  const bad = /[\u0000-\u001F\u007F-\u009F]/.exec(rest);
  return bad ? JSON.stringify(bad[0]) : undefined;
}

/** Throws when a Frame breaks its promise. */
export function assertFrame(frame: Frame, viewport: Viewport, where: string): void {
  if (frame.width !== viewport.width || frame.height !== viewport.height) {
    throw new Error(`${where}: frame is ${frame.width}x${frame.height}, screen ${viewport.width}x${viewport.height}`);
  }
  if (frame.lines.length !== viewport.height) throw new Error(`${where}: ${frame.lines.length} lines, not ${viewport.height}`);
  frame.lines.forEach((line, i) => {
    const width = displayWidth(line);
    if (width > viewport.width) throw new Error(`${where}: line ${i} is ${width} columns wide, screen ${viewport.width}: ${JSON.stringify(line)}`);
    const bad = controlOutsideSgr(line);
    if (bad) throw new Error(`${where}: line ${i} holds control character ${bad}: ${JSON.stringify(line)}`);
  });
}

/** Options of one check. */
export interface CheckOptions {
  level?: ColorLevel;
  ascii?: boolean;
}

/** Parses a lesson; undefined when it is refused with a clear InputError (allowed). */
export function parseLesson(text: string): Deck | undefined {
  try {
    return deckFromText(text, 'fuzz.md', 'fuzz.md');
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

/** Checks every Frame of a lesson at one size. Returns how many Frames were checked. */
export function checkLesson(text: string, viewport: Viewport, options: CheckOptions = {}): number {
  const deck = parseLesson(text);
  if (!deck) return 0;
  const styles = makeStyles(darkTheme, options.level ?? 3, { ascii: options.ascii ?? false });
  const strings = chooseStrings(deck.meta.lang, 'en_US.UTF-8');
  const base: Omit<ScreenState, 'position'> = { deck, viewport, styles, strings };
  let frames = 0;
  const check = (state: ScreenState, where: string) => {
    assertFrame(renderScreen(state), viewport, where);
    frames++;
  };
  deck.slides.forEach((slide, s) => {
    slide.steps.forEach((_, step) => {
      check({ ...base, position: { slide: s, step, scroll: 0 } }, `slide ${s + 1} step ${step + 1}`);
      check({ ...base, position: { slide: s, step, scroll: 1e9 } }, `slide ${s + 1} step ${step + 1} scrolled to the end`);
      // print's last page (and one past it: clamped), and the whole slide an export draws.
      check({ ...base, position: { slide: s, step, scroll: 0 }, page: 1e9 }, `slide ${s + 1} step ${step + 1} last page`);
      const whole = renderScreen({ ...base, position: { slide: s, step, scroll: 0 }, whole: true });
      const size = { width: viewport.width, height: Math.max(viewport.height, whole.height) };
      assertFrame(whole, size, `slide ${s + 1} step ${step + 1} whole`);
    });
  });
  const position = { slide: 0, step: 0, scroll: 0 };
  check({ ...base, position, overlay: { kind: 'help', sections: keySections(strings), page: 0 } }, 'help');
  check({ ...base, position, notice: 'Go to slide: 12\u001B[31m' }, 'notice');
  const items = deck.slides.map((s) => s.title);
  check({ ...base, position, overlay: { kind: 'list', list: { title: 'Slides', items, cursor: items.length - 1, current: 0, hint: 'hint' } } }, 'overview');

  // `lectern print`: the same Frames, one line each, separated by form-feed lines.
  const printed = [...printFrames(deck, viewport, styles, strings)].join('');
  printed.split('\n').forEach((line, i) => {
    if (line === '\f' || line === '') return;
    const bad = controlOutsideSgr(line);
    if (bad) throw new Error(`print line ${i} holds control character ${bad}: ${JSON.stringify(line)}`);
  });
  return frames;
}
