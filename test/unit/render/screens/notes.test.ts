import { describe, expect, it } from 'vitest';
import { formatClock, formatElapsed, maxNotesScroll, renderNotesView, type NotesPosition } from '../../../../src/render/screens/notes.js';
import { renderScreen } from '../../../../src/render/screens/slide-screen.js';
import { stringsFor } from '../../../../src/render/ui-strings.js';
import { displayWidth } from '../../../../src/render/text/text.js';
import { makeStyles } from '../../../../src/theme/styles.js';
import { darkTheme } from '../../../../src/theme/theme.js';
import { deckFromFile, deckOf, LESSON_PATH, plain, stylesAt } from '../../../support/decks.js';

const en = stringsFor('en');
const id = stringsFor('id');

const deck = deckOf(`# Welcome

Hello.

<!-- notes: Greet the room. Say **who** you are. -->

---

# KVM

<!-- notes -->
First paragraph of the notes.

Second paragraph, after a blank line.
- one point
- another point
<!-- /notes -->

Body.

<!-- pause -->

More.

---

# The end

No notes here.
`);

// 2024-01-02 10:07:30 local time; the start was 1 h 02 min 03 s earlier.
const NOW = new Date(2024, 0, 2, 10, 7, 30).getTime();
const STARTED = NOW - (3600 + 2 * 60 + 3) * 1000;
const at = (slide: number, step = 0): NotesPosition => ({ slide, step, startedAt: STARTED });

function view(update: NotesPosition | undefined, width = 80, height = 20, strings = en, level: 0 | 3 = 0) {
  const frame = renderNotesView({ deck, update, viewport: { width, height }, styles: stylesAt(level), strings, now: NOW });
  return { frame, lines: frame.lines.map(plain), text: frame.lines.map(plain).join('\n') };
}

describe('notes view', () => {
  it('shows the slide number and title, the notes, the next title, elapsed time and clock', () => {
    const { lines, text } = view(at(0));
    expect(lines[0]?.trim()).toBe('Notes — slide 1/3 · Welcome');
    expect(text).toContain('Greet the room. Say who you are.');
    expect(text).not.toContain('**');
    expect(lines.at(-2)?.trim()).toBe('Next: KVM');
    expect(lines.at(-1)).toMatch(/^ Elapsed 1:02:03 +Time 10:07 $/);
    expect(text).not.toContain('Hello.'); // the slide itself is not shown
  });

  it('keeps paragraphs apart and starts list items on their own lines', () => {
    const { lines } = view(at(1, 1));
    const body = lines.map((l) => l.trim());
    const first = body.indexOf('First paragraph of the notes.');
    expect(first).toBeGreaterThan(0);
    expect(body[first + 1]).toBe('');
    expect(body[first + 2]).toBe('Second paragraph, after a blank line.');
    // The list is drawn as the slides draw lists.
    expect(body[first + 3]).toBe('');
    expect(body[first + 4]).toBe('• one point');
    expect(body[first + 5]).toBe('• another point');
    expect(lines.at(-1)).toContain('step 2/2');
  });

  it("draws tables, code and lists in notes with the slides' block renderer", () => {
    const notes = '| Fitur | KVM | LXC |\n|---|---|---|\n| Kernel | sendiri | bersama |\n\n```bash\nqm list\npct list\n```\n\n1. first\n2. second';
    const deck = deckOf(`# Slide\n\n<!-- notes -->\n${notes}\n<!-- /notes -->\n`);
    const lines = renderNotesView({ deck, update: at(0), viewport: { width: 60, height: 24 }, styles: stylesAt(0), strings: en, now: NOW }).lines.map(plain);
    const text = lines.join('\n');
    expect(text).not.toContain('|---|');
    expect(lines.some((l) => /│\s*Fitur\s*│\s*KVM\s*│\s*LXC\s*│/.test(l))).toBe(true);
    expect(lines.some((l) => /│\s*Kernel\s*│\s*sendiri\s*│\s*bersama\s*│/.test(l))).toBe(true);
    // A code block keeps its lines (it was one joined line before).
    const qm = lines.findIndex((l) => l.includes('qm list'));
    expect(qm).toBeGreaterThan(0);
    expect(lines[qm + 1]).toContain('pct list');
    expect(lines.some((l) => l.trim() === '1. first')).toBe(true);
    // Exactly what a slide with the same Markdown shows, line for line.
    const slide = deckOf(`# Slide\n\n${notes}\n`);
    const shown = renderScreen({
      deck: slide,
      position: { slide: 0, step: 0, scroll: 0 },
      viewport: { width: 60, height: 24 },
      styles: stylesAt(0),
      strings: en,
    }).lines.map(plain);
    for (const row of ['Kernel', 'qm list', 'pct list', '1. first']) {
      expect(lines.find((l) => l.includes(row))?.trim()).toBe(shown.find((l) => l.includes(row))?.trim());
    }
  });

  it('wraps long notes to the width and marks notes that do not fit', () => {
    const long = deckOf(`# Long\n\n<!-- notes: ${'word '.repeat(200)} -->\n`);
    const frame = renderNotesView({ deck: long, update: at(0), viewport: { width: 30, height: 10 }, styles: stylesAt(0), strings: en, now: NOW });
    const lines = frame.lines.map(plain);
    expect(lines.filter((l) => l.includes('word')).length).toBeGreaterThan(3);
    expect(lines.some((l) => l.trim() === `… ${en.more}`)).toBe(true);
  });

  it('scrolls long notes: "↑ …" above when scrolled, "… ↓ more" below until the last line', () => {
    const numbered = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n\n');
    const long = deckOf(`# Long\n\n<!-- notes -->\n${numbered}\n<!-- /notes -->\n`);
    const state = { deck: long, update: at(0), viewport: { width: 40, height: 12 }, styles: stylesAt(0), strings: en, now: NOW };
    // Title and a blank line above; a blank line, "(last slide)" and the status line below.
    const notes = (scroll: number) =>
      renderNotesView({ ...state, scroll })
        .lines.map(plain)
        .slice(2, -3)
        .map((l) => l.trim());
    // 59 lines of notes (30, blank lines between) in a room of 7.
    const max = maxNotesScroll(state);
    expect(max).toBe(59 - 6);
    expect(notes(0)).toEqual(['line 1', '', 'line 2', '', 'line 3', '', `… ${en.more}`]);
    expect(notes(2)).toEqual(['↑ …', 'line 2', '', 'line 3', '', 'line 4', `… ${en.more}`]);
    expect(notes(max)).toEqual(['↑ …', '', 'line 28', '', 'line 29', '', 'line 30']);
    expect(notes(max + 100)).toEqual(notes(max));
    // Notes that fit do not scroll.
    expect(maxNotesScroll({ deck, update: at(0), viewport: { width: 80, height: 20 }, styles: stylesAt(0), strings: en, now: NOW })).toBe(0);
  });

  it('says when a slide has no notes and when it is the last one', () => {
    const { text, lines } = view(at(2));
    expect(text).toContain(en.noNotes);
    expect(lines.at(-2)?.trim()).toBe(en.lastSlide);
  });

  it('waits for the presenter, with the clock but no elapsed time', () => {
    const { text, lines } = view(undefined);
    expect(text).toContain('Waiting for the presenter');
    expect(lines[0]?.trim()).toBe('Notes — Welcome');
    expect(lines.at(-1)).toMatch(/^ +Time 10:07 $/);
    expect(text).not.toContain('Elapsed');
  });

  it('speaks Indonesian when the lesson does', () => {
    const { text } = view(at(0), 80, 20, id);
    expect(text).toContain('Catatan — slide 1/3 · Welcome');
    expect(text).toContain('Berikutnya: KVM');
    expect(text).toContain('Berjalan 1:02:03');
    expect(text).toContain('Jam 10:07');
  });

  it('clamps a position past the end of the deck (a deck edited meanwhile)', () => {
    expect(view(at(99)).lines[0]?.trim()).toBe('Notes — slide 3/3 · The end');
  });

  it('drops labels from the status line when narrow, keeping elapsed time first', () => {
    expect(view(at(0), 20).lines.at(-1)).toBe(' 1:02:03      10:07 ');
    expect(view(at(0), 10).lines.at(-1)).toBe(' 1:02:03  ');
  });

  it('keeps the Frame promise at every size, in color and without', () => {
    const lesson = deckFromFile(LESSON_PATH);
    const sizes: [number, number][] = [];
    // Narrow widths cut the emoji titles of the lesson ("Next: 🏰 …") at every column.
    for (const w of [1, 2, 3, 5, 7, 8, 9, 12, 40, 133, 400]) for (const h of [1, 2, 3, 5, 7, 10, 200]) sizes.push([w, h]);
    for (const [width, height] of sizes) {
      const cases = [{ deck, update: undefined }, { deck, update: at(1, 1) }, ...lesson.slides.map((_, i) => ({ deck: lesson, update: at(i) }))];
      for (const { deck: shown, update } of cases) {
        for (const level of width % 2 === 0 ? ([3] as const) : ([0] as const)) {
          const frame = renderNotesView({ deck: shown, update, viewport: { width, height }, styles: stylesAt(level), strings: en, now: NOW });
          expect(frame.lines, `${width}x${height}`).toHaveLength(height);
          for (const line of frame.lines) expect(displayWidth(line), `${width}x${height}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('draws pure ASCII in ASCII mode', () => {
    const lesson = deckFromFile(LESSON_PATH);
    const styles = makeStyles(darkTheme, 0, { ascii: true });
    for (const update of [undefined, ...lesson.slides.map((_, i) => at(i))]) {
      const frame = renderNotesView({ deck: lesson, update, viewport: { width: 60, height: 16 }, styles, strings: id, now: NOW });
      for (const line of frame.lines) expect(line).toMatch(/^[\x20-\x7E]*$/);
      expect(frame.lines[0]).toContain('Catatan -');
    }
  });

  it('keeps the status line and the title on tiny screens', () => {
    expect(view(at(0), 80, 1).lines[0]).toContain('Elapsed');
    const two = view(at(0), 80, 2).lines;
    expect(two[0]).toContain('slide 1/3');
    expect(two[1]).toContain('Elapsed');
    const three = view(at(0), 80, 3).lines;
    expect(three[1]?.trim()).toBe('Next: KVM');
  });
});

describe('time formats', () => {
  it('formats elapsed time as H:MM:SS', () => {
    expect(formatElapsed(0)).toBe('0:00:00');
    expect(formatElapsed(59_999)).toBe('0:00:59');
    expect(formatElapsed(61_000)).toBe('0:01:01');
    expect(formatElapsed((10 * 3600 + 5 * 60 + 9) * 1000)).toBe('10:05:09');
    expect(formatElapsed(-5000)).toBe('0:00:00');
    expect(formatElapsed(Number.NaN)).toBe('0:00:00');
  });

  it('formats the clock as local HH:MM', () => {
    expect(formatClock(new Date(2024, 5, 1, 9, 5).getTime())).toBe('09:05');
    expect(formatClock(new Date(2024, 5, 1, 23, 59, 59).getTime())).toBe('23:59');
  });
});
