import { describe, expect, test } from 'vitest';
import { decodeFollowerMessage, encodeFollowerMessage } from '../../../../src/follow/socket/protocol.js';

describe('local follower messages', () => {
  test('round-trip input (any bytes) and sizes', () => {
    const input = { type: 'input', data: '\u001B[C\u0000\n"q' } as const;
    expect(decodeFollowerMessage(encodeFollowerMessage(input).trimEnd())).toEqual(input);
    const size = { type: 'size', columns: 120, rows: 40, term: 'xterm-256color', locale: 'id_ID.UTF-8' } as const;
    expect(decodeFollowerMessage(encodeFollowerMessage(size).trimEnd())).toEqual(size);
    expect(encodeFollowerMessage(input).split('\n')).toHaveLength(2);
  });

  test('anything else is ignored, and odd TERMs are dropped', () => {
    for (const line of ['', 'null', '[]', '{"size":[1]}', '{"size":["a","b"]}', '{"size":[1e999,2]}', '{"in":5}', 'not json']) {
      expect(decodeFollowerMessage(line)).toBeUndefined();
    }
    expect(decodeFollowerMessage(JSON.stringify({ size: [80, 24], term: 'x'.repeat(100) }))).toEqual({ type: 'size', columns: 80, rows: 24 });
    expect(decodeFollowerMessage(JSON.stringify({ size: [80, 24], locale: 'C\u001B[2J' }))).toEqual({ type: 'size', columns: 80, rows: 24 });
  });
});
