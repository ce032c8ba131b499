import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/deck/types.js';
import { parseInBackground, parseInTurns } from '../../../src/load/background-parse.js';
import { deckFromText, deckStepsFromText } from '../../../src/parse/deck-from-text.js';
import { startLongLesson } from '../../../src/parse/deck-preview.js';
import { bigLesson } from '../../../scripts/bench/decks.mjs';

const { text, slides } = bigLesson(400 * 1024);
const whole = deckFromText(text, '/x/big.md', 'big.md');

describe('parsing a long lesson between other work', () => {
  it('gives the whole deck, and lets the event loop run between stretches', async () => {
    let turnsMeanwhile = 0;
    let done = false;
    const tick = () => {
      if (done) return;
      turnsMeanwhile++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const deck = await parseInTurns(deckStepsFromText(text, '/x/big.md', 'big.md', { chunk: 16 * 1024 }), () => true);
    done = true;
    expect(deck).toEqual(whole);
    // Other callbacks ran while it parsed: one a stretch, give or take.
    expect(turnsMeanwhile).toBeGreaterThan(10);
  });

  it('gives up when a newer parse is wanted instead', async () => {
    let left = 3;
    const deck = await parseInTurns(deckStepsFromText(text, '/x/big.md', 'big.md', { chunk: 16 * 1024 }), () => left-- > 0);
    expect(deck).toBeUndefined();
  });

  it('starts from the preview and hands on the whole deck at the end', async () => {
    const start = startLongLesson(text, '/x/big.md', 'big.md')!;
    expect(start.preview.slides).toHaveLength(slides);
    expect(start.preview.slides[0]).toEqual(whole.slides[0]);
    // The slides not parsed yet are empty stand-ins.
    expect(start.preview.slides[slides - 1]).toMatchObject({ title: '', steps: [[]] });
    const decks: { deck: Deck; done: boolean }[] = [];
    await new Promise<void>((resolve) =>
      parseInBackground(start, (deck, done) => {
        decks.push({ deck, done });
        if (done) resolve();
      }),
    );
    expect(decks.filter((d) => d.done)).toHaveLength(1);
    expect(decks[decks.length - 1]!.deck).toEqual(whole);
  });

  it('stops when told to', async () => {
    const start = startLongLesson(text, '/x/big.md', 'big.md')!;
    const decks: Deck[] = [];
    const stop = parseInBackground(start, (deck) => decks.push(deck));
    stop();
    // Turns of the event loop in which a stretch would have been parsed.
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(decks).toHaveLength(0);
    expect(start.rest.next().done).toBe(false);
  });
});
