import { describe, expect, it } from 'vitest';
import { findLinkSpans, isWebLink } from '../../../src/output/frame-links.js';
import { rowSteps } from '../../../src/output/export-frames.js';

const U = (s: string) => `\u001B[4m${s}\u001B[24m`;
const frame = (lines: string[]) => ({ width: 40, height: lines.length, lines });

describe('links found in a Frame', () => {
  it('covers the underlined text, the parentheses and the destination', () => {
    const spans = findLinkSpans(frame([`  Read ${U('the docs')} (https://a.io/x) now`]), [{ shown: 'https://a.io/x', target: 'https://a.io/x' }]);
    expect(spans).toEqual([{ row: 0, from: 7, to: 32, target: 'https://a.io/x' }]);
  });

  it('follows a destination broken across lines, and link text wrapped before it', () => {
    const lines = [`  see ${U('the long')}`, `  ${U('manual')} (https://example.com/a/ver`, '  y/long/path) ok'];
    const spans = findLinkSpans(frame(lines), [{ shown: 'https://example.com/a/very/long/path', target: 'T' }]);
    expect(spans).toEqual([
      { row: 0, from: 6, to: 14, target: 'T' },
      { row: 1, from: 2, to: 35, target: 'T' },
      { row: 2, from: 2, to: 14, target: 'T' },
    ]);
  });

  it('does not take a longer URL for a shorter one, nor text that only looks alike', () => {
    const lines = ['https://a.io/xyz and https://a.io'];
    const spans = findLinkSpans(frame(lines), [
      { shown: 'https://a.io', target: 'short' },
      { shown: 'https://a.io/xyz', target: 'long' },
    ]);
    expect(spans).toEqual([
      { row: 0, from: 0, to: 16, target: 'long' },
      { row: 0, from: 21, to: 33, target: 'short' },
    ]);
    expect(findLinkSpans(frame(['https://a.iox']), [{ shown: 'https://a.io', target: 't' }])).toEqual([]);
  });

  it('lets only web links through: http, https, mailto', () => {
    expect(['https://x.org', 'http://x', 'mailto:a@b.c', 'MAILTO:a@b.c'].map(isWebLink)).toEqual([true, true, true, true]);
    expect(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', './02.md', '#top', 'https://a b'].map(isWebLink)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('rows revealed step by step', () => {
  it('shows a row from the first step that already draws it as the last does', () => {
    const last = ['title', '', 'one', 'two', 'three', 'status'];
    const earlier = [
      ['title', '', 'one', '', '', 'status'],
      ['title', '', 'one', 'two', '', 'status'],
    ];
    expect(rowSteps(last, earlier)).toEqual([0, 0, 0, 1, 2, 0]);
    expect(rowSteps(last, [])).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
