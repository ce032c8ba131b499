import { describe, expect, it } from 'vitest';
import { DIRECTIVE_NAMES, parseDirective } from '../../../src/parse/directives.js';

describe('parseDirective', () => {
  it('reads each directive form', () => {
    expect(parseDirective('<!-- pause -->')).toEqual({ name: 'pause' });
    expect(parseDirective('<!-- end_slide -->')).toEqual({ name: 'end_slide' });
    expect(parseDirective('<!-- notes -->')).toEqual({ name: 'notes' });
    expect(parseDirective('<!-- notes: Tanya audiens dulu. -->')).toEqual({ name: 'notes', text: 'Tanya audiens dulu.' });
    expect(parseDirective('<!-- /notes -->')).toEqual({ name: '/notes' });
    expect(parseDirective('<!-- columns: 2 1 -->')).toEqual({ name: 'columns', widths: [2, 1] });
    expect(parseDirective('<!-- column -->')).toEqual({ name: 'column' });
    expect(parseDirective('<!-- /columns -->')).toEqual({ name: '/columns' });
    expect(parseDirective('<!-- incremental_lists: false -->')).toEqual({ name: 'incremental_lists', on: false });
    expect(parseDirective('<!-- incremental_lists -->')).toEqual({ name: 'incremental_lists', on: true });
  });

  it('knows every directive it parses by name', () => {
    expect([...DIRECTIVE_NAMES].sort()).toEqual(['/columns', '/notes', 'column', 'columns', 'end_slide', 'incremental_lists', 'notes', 'pause']);
  });

  it('ignores case and spacing', () => {
    expect(parseDirective('<!-- PAUSE -->')).toEqual({ name: 'pause' });
    expect(parseDirective('<!--End_Slide-->')).toEqual({ name: 'end_slide' });
    expect(parseDirective('  <!--   Columns:   3   1   -->  \n\n')).toEqual({ name: 'columns', widths: [3, 1] });
    expect(parseDirective('<!-- Notes : Keep Case -->')).toEqual({ name: 'notes', text: 'Keep Case' });
    expect(parseDirective('<!-- INCREMENTAL_LISTS: TRUE -->')).toEqual({ name: 'incremental_lists', on: true });
  });

  it('keeps multi-line notes text', () => {
    expect(parseDirective('<!-- notes: line one\nline two -->')).toEqual({ name: 'notes', text: 'line one\nline two' });
  });

  it('returns null for ordinary comments and near misses', () => {
    expect(parseDirective('<!-- just a remark -->')).toBeNull();
    expect(parseDirective('<!-- pause now -->')).toBeNull();
    expect(parseDirective('<!-- pause: 3 -->')).toBeNull();
    expect(parseDirective('<!-- end_slide: x -->')).toBeNull();
    expect(parseDirective('<!-- pauses -->')).toBeNull();
    expect(parseDirective('<!-- TODO: fix -->')).toBeNull();
    expect(parseDirective('<!---->')).toBeNull();
    expect(parseDirective('<!-- incremental_lists: maybe -->')).toBeNull();
  });

  it('returns null for HTML that is not one whole comment', () => {
    expect(parseDirective('<div>pause</div>')).toBeNull();
    expect(parseDirective('pause')).toBeNull();
    expect(parseDirective('<!-- pause -->text')).toBeNull();
    expect(parseDirective('<!-- pause')).toBeNull();
  });

  it('parses column widths, defaulting to two equal columns', () => {
    expect(parseDirective('<!-- columns -->')).toEqual({ name: 'columns', widths: [1, 1] });
    expect(parseDirective('<!-- columns: 1 -->')).toEqual({ name: 'columns', widths: [1] });
    expect(parseDirective('<!-- columns: 1.5 1 2 -->')).toEqual({ name: 'columns', widths: [1.5, 1, 2] });
  });

  it('refuses invalid widths', () => {
    expect(parseDirective('<!-- columns: 0 1 -->')).toBeNull();
    expect(parseDirective('<!-- columns: -1 2 -->')).toBeNull();
    expect(parseDirective('<!-- columns: a b -->')).toBeNull();
    expect(parseDirective('<!-- columns: 1 x -->')).toBeNull();
    expect(parseDirective('<!-- columns: -->')).toBeNull();
    expect(parseDirective('<!-- columns: Infinity 1 -->')).toBeNull();
  });
});
