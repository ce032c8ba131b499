import { afterEach, describe, expect, it } from 'vitest';
import { KEY, LESSON, killAll, pause, startLectern } from './pty-screen.js';
import type { PtySession } from './pty-screen.js';
import { waitForSlide } from './lectern-screen.js';

afterEach(killAll);

async function present(): Promise<PtySession> {
  const s = startLectern([LESSON], { cols: 80, rows: 24 });
  await waitForSlide(s, 1, 8000);
  await s.waitFor('sobat petualang');
  return s;
}

/** The normal screen is back and the last alternate-screen switch in the output is "leave". */
function expectRestored(s: PtySession): void {
  const raw = s.rawOutput();
  expect(raw).toContain('\x1b[?1049l');
  expect(raw.lastIndexOf('\x1b[?1049l')).toBeGreaterThan(raw.lastIndexOf('\x1b[?1049h'));
  expect(s.isAlternateScreen()).toBe(false);
  expect(s.isCursorVisible()).toBe(true);
}

describe('signals', () => {
  for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) {
    it(`${signal} restores the normal screen and exits`, async () => {
      const s = await present();
      expect(s.isAlternateScreen()).toBe(true);
      s.kill(signal);
      await s.exited;
      expectRestored(s);
    });
  }
});

describe('input Ink cannot parse', () => {
  it('is dropped: the process stays alive and → still works after each', async () => {
    const s = await present();
    const garbage: [string, string | Buffer][] = [
      ['CSI with modifier Ink chokes on (ink#901)', '\x1b[1;5X'],
      ['random bytes, invalid UTF-8', Buffer.from([0x01, 0x02, 0x80, 0xfe, 0xff, 0x1c, 0x1d, 0x0e, 0x0f])],
      ['bracketed-paste start that never ends', '\x1b[200~'],
      ['odd CSI with many parameters', '\x1b[99;99;99;99Z'],
      ['SGR mouse report', '\x1b[<35;1;1M'],
      ['OSC reply (e.g. to a background-color query)', '\x1b]11;rgb:0000/0000/0000\x07'],
    ];
    let slide = 1;
    for (const [what, bytes] of garbage) {
      s.press(bytes);
      // Nothing to poll for when input is ignored; give the program a moment to choke on it.
      await pause(150);
      expect(s.isAlive(), `died after ${what}`).toBe(true);
      s.press(KEY.right);
      slide++;
      try {
        await waitForSlide(s, slide, 3000);
      } catch (e) {
        throw new Error(`→ did not work after ${what} ${JSON.stringify(bytes.toString('latin1'))}: ${(e as Error).message}`);
      }
    }
    expect(s.isAlternateScreen()).toBe(true);
  });
});
