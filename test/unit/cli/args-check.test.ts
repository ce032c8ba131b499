import { describe, expect, it } from 'vitest';
import { UsageError, parseArgs } from '../../../src/cli/args.js';

describe('lectern check arguments', () => {
  it('checks at 80x24 by default, as text', () => {
    expect(parseArgs(['check', 'slides'])).toEqual({ kind: 'check', path: 'slides', sizes: [{ columns: 80, rows: 24 }], format: 'text', ascii: undefined });
  });

  it('takes several sizes, json and --ascii', () => {
    expect(parseArgs(['check', '--size', '80x24', '--size=40x12', '--format', 'json', '--ascii'])).toEqual({
      kind: 'check',
      path: undefined,
      sizes: [
        { columns: 80, rows: 24 },
        { columns: 40, rows: 12 },
      ],
      format: 'json',
      ascii: true,
    });
  });

  it('refuses other formats and more than one path', () => {
    expect(() => parseArgs(['check', '--format', 'html'])).toThrow(UsageError);
    expect(() => parseArgs(['check', 'a.md', 'b.md'])).toThrow(/one PATH/);
    expect(() => parseArgs(['check', '--size', '80'])).toThrow(/--size/);
  });
});
