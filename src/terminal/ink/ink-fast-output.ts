/** A write Ink's renderer records in its Output (ink/build/output.js), as far as we read it. */
export interface InkOutputOperation {
  type: 'write' | 'clip' | 'unclip';
  x?: number;
  y?: number;
  text?: string;
  transformers?: Array<(line: string, index: number) => string>;
}

/**
 * Ink's Output.get() for what lectern draws, without its cell grid. Ink places every
 * character of every line on a grid of styled cells and serializes each row back to text,
 * about two thirds of the time a key takes to show the next slide. A Frame is drawn as one
 * <Text> a line, each at column 0 on its own row and nothing clipped: then each row is just
 * its line, transformed as Ink would and with trailing blanks dropped, as Ink does.
 *
 * Undefined when the operations are anything else (a clip, two writes on a row, a write
 * away from column 0): Ink's own get() then does the work. The build
 * (scripts/build/patches/ink-output.mjs) puts this in front of Ink's get(); the unit tests
 * compare the two.
 */
export function fastInkOutput(operations: readonly InkOutputOperation[], height: number): { output: string; height: number } | undefined {
  const rows: Array<string | undefined> = new Array(height).fill(undefined);
  for (const operation of operations) {
    if (operation.type !== 'write' || operation.x !== 0 || operation.text === undefined || operation.y === undefined) return undefined;
    const lines = operation.text.split('\n');
    for (let index = 0; index < lines.length; index++) {
      const y = operation.y + index;
      if (y < 0 || y >= height) continue;
      if (rows[y] !== undefined) return undefined;
      let line = lines[index]!;
      for (const transformer of operation.transformers ?? []) line = transformer(line, index);
      rows[y] = line;
    }
  }
  return { output: rows.map((row) => (row ?? '').trimEnd()).join('\n'), height };
}
