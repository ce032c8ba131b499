import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Ink's own line writer, as Ink drives it for us (incremental): the writes to patch are real.
import logUpdate from '../../../../node_modules/ink/build/log-update.js';
import { LinePatcher } from '../../../../src/terminal/ink/line-patcher.js';
import { fixIncrementalCursorUp } from '../../../../src/terminal/ink/ink-stdout.js';
import { cellsAfter } from '../../../support/terminal-cells.js';

const COLS = 30;
const ROWS = 6;

type Step = { frame: string[] } | { clear: true };

/** What Ink writes for these renders: a whole frame first, then updates. */
function inkWrites(steps: Step[]): string[] {
  const writes: string[] = [];
  const stream = { write: (data: string) => writes.push(data) > 0 } as unknown as NodeJS.WriteStream;
  const render = logUpdate.create(stream, { incremental: true, showCursor: true });
  for (const step of steps) {
    // Our Frames are one line short of the screen; Ink ends them with a line feed.
    if ('frame' in step) render(`${step.frame.join('\n')}\n`);
    else render.clear();
  }
  return writes;
}

const screen = (writes: string[]) =>
  cellsAfter(
    writes.map((write) => fixIncrementalCursorUp(write).replaceAll('\n', '\r\n')),
    COLS,
    ROWS,
  );

const LINES = [
  '',
  'abcdefghij',
  'abcdefgh',
  'abcdefghXY',
  '  \u001B[38;5;188mBayangkan kamu\u001B[39m',
  '  \u001B[38;5;188mBayangkan kami\u001B[39m',
  '  \u001B[1mBayangkan\u001B[22m kamu',
  '\u001B[48;5;59m 🧩 #3 - Pengantar  2/7 \u001B[49m',
  '\u001B[48;5;59m 🧩 #3 - Pengantar  3/7 \u001B[49m',
  '\u001B[48;5;59m 🧩 #3 - Pengantar\u001B[38;5;150m  3/7 \u001B[39m\u001B[49m',
  '中文字符中文 abc',
  '中文字符中文 abd',
  '\u001B]8;;https://example.org\u0007link text here\u001B]8;;\u0007',
];

const frame = fc.array(fc.constantFrom(...LINES), { minLength: ROWS - 1, maxLength: ROWS - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: frame.map((f) => ({ frame: f })) },
  { weight: 1, arbitrary: fc.constant({ clear: true as const }) },
);

describe('LinePatcher', () => {
  it("shows exactly what Ink's own writes show, for any sequence of frames", async () => {
    await fc.assert(
      fc.asyncProperty(frame, fc.array(step, { maxLength: 8 }), async (first, rest) => {
        const writes = inkWrites([{ frame: first }, ...rest]);
        const patcher = new LinePatcher();
        expect(await screen(writes.map((w) => patcher.patch(w)))).toEqual(await screen(writes));
      }),
      { numRuns: 150 },
    );
  });

  it('rewrites a status bar from the first cell that changed', () => {
    const writes = inkWrites([{ frame: ['title', LINES[7]!] }, { frame: ['title', LINES[8]!] }]);
    const patcher = new LinePatcher();
    patcher.patch(writes[0]!);
    const update = patcher.patch(writes[1]!);
    // " 🧩 #3 - Pengantar  " is 20 columns: the rewrite starts in column 21. (Ink's
    // cursor-up is one short: fixIncrementalCursorUp corrects it after this.)
    expect(update).toBe('\u001B[1A\u001B[E\u001B[21G\u001B[48;5;59m3/7 \u001B[49m\u001B[K\n');
    expect(update.length).toBeLessThan(writes[1]!.length);
  });

  it('passes on what it does not know and forgets the screen until a whole frame', () => {
    const patcher = new LinePatcher();
    const writes = inkWrites([{ frame: ['abcdefghij', 'x'] }, { clear: true }, { frame: ['abcdefghij', 'y'] }, { frame: ['abcdefghiZ', 'y'] }]);
    expect(writes.map((w) => patcher.patch(w))).toEqual([writes[0], writes[1], writes[2], '\u001B[1A\u001B[10GZ\u001B[K\n\u001B[E']);
  });
});
