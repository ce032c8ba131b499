import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Ink's own Output, which the bundle puts fastInkOutput in front of.
import Output from '../../../../node_modules/ink/build/output.js';
import { fastInkOutput, type InkOutputOperation } from '../../../../src/terminal/ink/ink-fast-output.js';
import { cellsAfter } from '../../../support/terminal-cells.js';

const WIDTH = 24;
const HEIGHT = 5;

const LINES = [
  ' ',
  'plain text',
  'trailing blanks   ',
  '  \u001B[38;5;188mBayangkan\u001B[39m kamu',
  '\u001B[48;5;59m status bar   \u001B[49m',
  '\u001B[1m🧩 bold\u001B[22m 中文',
  '\u001B]8;;https://example.org\u0007link\u001B]8;;\u0007 after',
];

const bold = (line: string) => `\u001B[1m${line}\u001B[22m`;
const identity = (line: string) => line;

/** The rows of a screen as a terminal draws Ink's output string. */
const screen = (output: string) => cellsAfter(output.replaceAll('\n', '\r\n'), WIDTH, HEIGHT);

function inkOutput(lines: string[], transformer: (line: string) => string) {
  const output = new Output({ width: WIDTH, height: HEIGHT });
  lines.forEach((line, y) => output.write(0, y, line, { transformers: [transformer] }));
  return output;
}

describe('fastInkOutput', () => {
  it("draws the same screen as Ink's Output for a Frame's lines, one a row", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: HEIGHT }), fc.boolean(), async (lines, styled) => {
        const output = inkOutput(lines, styled ? bold : identity);
        const fast = fastInkOutput((output as unknown as { operations: InkOutputOperation[] }).operations, HEIGHT);
        const ink = output.get();
        expect(fast?.height).toBe(ink.height);
        expect(await screen(fast!.output)).toEqual(await screen(ink.output));
      }),
      { numRuns: 100 },
    );
  });

  it("leaves clipping, overlapping writes and writes away from column 0 to Ink's grid", () => {
    const write = (x: number, y: number): InkOutputOperation => ({ type: 'write', x, y, text: 'a', transformers: [] });
    expect(fastInkOutput([{ type: 'clip' }, write(0, 0), { type: 'unclip' }], 3)).toBeUndefined();
    expect(fastInkOutput([write(0, 0), write(0, 0)], 3)).toBeUndefined();
    expect(fastInkOutput([write(2, 0)], 3)).toBeUndefined();
    expect(fastInkOutput([write(0, 1)], 3)).toEqual({ output: '\na\n', height: 3 });
  });
});
