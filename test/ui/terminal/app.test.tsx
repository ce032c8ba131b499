import { EventEmitter } from 'node:events';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollLimitFor } from '../../../src/render/screens/slide-screen.js';
import { stringsFor } from '../../../src/render/ui-strings.js';
import { App, type KeySource } from '../../../src/terminal/views/App.js';

const en = stringsFor('en');
import { decodeKeys, type Key } from '../../../src/session/key-decoder.js';
import { deckFromFile, deckOf, LESSON_PATH, stylesAt } from '../../support/decks.js';

/** A key source fed like a terminal: raw bytes through the same decoder. */
function fakeKeyboard() {
  const events = new EventEmitter();
  const source: KeySource = {
    subscribe(listener) {
      events.on('keys', listener);
      return () => events.off('keys', listener);
    },
  };
  return {
    source,
    type: async (bytes: string) => {
      events.emit('keys', decodeKeys(bytes) satisfies Key[]);
      await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}

const lesson = deckFromFile(LESSON_PATH);
const viewport = { width: 80, height: 23 };
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function mount(deck = lesson, onQuit = vi.fn()) {
  const keyboard = fakeKeyboard();
  const onPosition = vi.fn();
  const app = render(<App deck={deck} styles={stylesAt(0)} strings={en} viewport={viewport} keys={keyboard.source} onQuit={onQuit} onPosition={onPosition} />);
  cleanup = app.unmount;
  await new Promise((resolve) => setTimeout(resolve, 20));
  const screen = () => app.lastFrame() ?? '';
  const status = () => screen().split('\n').at(-1) ?? '';
  return { ...keyboard, app, screen, status, onQuit, onPosition };
}

describe('App', () => {
  it('starts on the first slide and shows one line per frame line', async () => {
    const { screen, status } = await mount();
    expect(screen()).toContain('sobat petualang');
    expect(screen().split('\n')).toHaveLength(23);
    expect(status()).toContain('1/7');
  });

  it('pages with the arrow keys and reaches the table slide', async () => {
    const { type, screen, status, onPosition } = await mount();
    await type('\u001B[C\u001B[C\u001B[C\u001B[C');
    expect(status()).toContain('5/7');
    expect(screen()).toContain('│ OS        │ Bisa Linux & Windows │ Hanya Linux');
    expect(onPosition).toHaveBeenLastCalledWith({ slide: 4, step: 0, scroll: 0 });
    await type('\u001B[D');
    expect(status()).toContain('4/7');
  });

  it('goes to first/last and to a typed slide number', async () => {
    const { type, status } = await mount();
    await type('G');
    expect(status()).toContain('7/7');
    await type('g');
    expect(status()).toContain('1/7');
    await type('3');
    expect(status()).toContain('Go to slide: 3');
    await type('\r');
    expect(status()).toContain('3/7');
    await type('99\r');
    expect(status()).toContain('No slide 99');
    expect(status()).toContain('3/7');
  });

  it('opens and closes the help overlay', async () => {
    const { type, screen } = await mount();
    await type('?');
    expect(screen()).toContain('0-9 Enter');
    await type('x');
    expect(screen()).not.toContain('0-9 Enter');
    expect(screen()).toContain('sobat petualang');
  });

  it('scrolls a tall slide with ↓ before moving on', async () => {
    const deck = deckOf(`${Array.from({ length: 30 }, (_, i) => `- line ${i + 1}`).join('\n')}\n\n---\n\n# Next`);
    const { type, screen, status } = await mount(deck);
    expect(status()).toMatch(/↓ (lines )?1–\d+\/\d+/);
    const max = scrollLimitFor(deck, viewport, stylesAt(0))(0, 0);
    expect(max).toBeGreaterThan(0);
    for (let i = 0; i < max; i++) await type('\u001B[B');
    expect(screen()).toContain('line 30');
    expect(status()).toContain('1/2');
    await type('\u001B[B');
    expect(status()).toContain('2/2');
  });

  it('quits on q, Esc and Ctrl-C, and survives keys it does not know', async () => {
    for (const key of ['q', '\u001B', '\u0003']) {
      const onQuit = vi.fn();
      const { type } = await mount(lesson, onQuit);
      await type('\u001B[1;5X\u001B[999~zz\u0000');
      expect(onQuit).not.toHaveBeenCalled();
      await type(key);
      expect(onQuit).toHaveBeenCalledTimes(1);
      cleanup?.();
    }
  });

  it('re-lays out when the viewport prop changes', async () => {
    const { app, screen } = await mount();
    const keyboard = fakeKeyboard();
    app.rerender(<App deck={lesson} styles={stylesAt(0)} strings={en} viewport={{ width: 40, height: 11 }} keys={keyboard.source} onQuit={() => {}} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const lines = screen().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toContain('1/7');
  });
});
