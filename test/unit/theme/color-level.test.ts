import { describe, expect, it } from 'vitest';
import { detectColorLevel, type ColorEnv } from '../../../src/theme/color-level.js';

const tty = true;
const pipe = false;

describe('detectColorLevel', () => {
  it('--color never is 0, whatever the environment', () => {
    expect(detectColorLevel('never', tty, { COLORTERM: 'truecolor', FORCE_COLOR: '3' })).toBe(0);
  });

  it('--color always colors even when piped, keeping the depth the environment says', () => {
    expect(detectColorLevel('always', pipe, {})).toBe(1);
    expect(detectColorLevel('always', pipe, { TERM: 'dumb' })).toBe(1);
    expect(detectColorLevel('always', pipe, { TERM: 'xterm' })).toBe(1);
    expect(detectColorLevel('always', pipe, { TERM: 'xterm-256color' })).toBe(2);
    expect(detectColorLevel('always', pipe, { COLORTERM: 'truecolor' })).toBe(3);
    expect(detectColorLevel('always', pipe, { FORCE_COLOR: '3', TERM: 'xterm' })).toBe(3);
    expect(detectColorLevel('always', pipe, { FORCE_COLOR: '2' })).toBe(2);
    // It forces color on: FORCE_COLOR=0 cannot turn it off again.
    expect(detectColorLevel('always', pipe, { FORCE_COLOR: '0', TERM: 'xterm-256color' })).toBe(2);
  });

  it('--color always beats NO_COLOR', () => {
    expect(detectColorLevel('always', tty, { NO_COLOR: '1', TERM: 'xterm-256color' })).toBe(2);
  });

  it('auto: NO_COLOR turns colors off on a terminal', () => {
    expect(detectColorLevel('auto', tty, { NO_COLOR: '1', COLORTERM: 'truecolor' })).toBe(0);
  });

  it('auto: an empty NO_COLOR is ignored', () => {
    expect(detectColorLevel('auto', tty, { NO_COLOR: '', TERM: 'xterm-256color' })).toBe(2);
  });

  it('auto: FORCE_COLOR=0 (or false) turns colors off, even on a truecolor terminal', () => {
    expect(detectColorLevel('auto', tty, { FORCE_COLOR: '0', COLORTERM: 'truecolor' })).toBe(0);
    expect(detectColorLevel('auto', tty, { FORCE_COLOR: 'false' })).toBe(0);
  });

  it('auto: FORCE_COLOR=1..3 sets the depth, even when piped and with NO_COLOR', () => {
    expect(detectColorLevel('auto', pipe, { FORCE_COLOR: '1' })).toBe(1);
    expect(detectColorLevel('auto', pipe, { FORCE_COLOR: '2' })).toBe(2);
    expect(detectColorLevel('auto', pipe, { FORCE_COLOR: '3' })).toBe(3);
    expect(detectColorLevel('auto', pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(1);
  });

  it('auto: another FORCE_COLOR value forces the terminal depth, at least 16 colors', () => {
    expect(detectColorLevel('auto', pipe, { FORCE_COLOR: 'true' })).toBe(1);
    expect(detectColorLevel('auto', pipe, { FORCE_COLOR: 'yes', TERM: 'xterm-256color' })).toBe(2);
    expect(detectColorLevel('auto', pipe, { FORCE_COLOR: '7', TERM: 'dumb' })).toBe(1);
  });

  it('auto on a terminal: COLORTERM truecolor/24bit is 3', () => {
    expect(detectColorLevel('auto', tty, { COLORTERM: 'truecolor', TERM: 'xterm' })).toBe(3);
    expect(detectColorLevel('auto', tty, { COLORTERM: '24bit' })).toBe(3);
    expect(detectColorLevel('auto', tty, { COLORTERM: 'TrueColor' })).toBe(3);
  });

  it('auto on a terminal: TERM with 256color is 2, plain TERM 1, dumb 0', () => {
    expect(detectColorLevel('auto', tty, { TERM: 'xterm-256color' })).toBe(2);
    expect(detectColorLevel('auto', tty, { TERM: 'screen-256color' })).toBe(2);
    expect(detectColorLevel('auto', tty, { TERM: 'xterm-kitty' })).toBe(2);
    expect(detectColorLevel('auto', tty, { TERM: 'xterm' })).toBe(1);
    expect(detectColorLevel('auto', tty, {})).toBe(1);
    expect(detectColorLevel('auto', tty, { TERM: 'dumb' })).toBe(0);
  });

  it('auto when not a terminal is 0, whatever the terminal claims', () => {
    const env: ColorEnv = { COLORTERM: 'truecolor', TERM: 'xterm-256color' };
    expect(detectColorLevel('auto', pipe, env)).toBe(0);
    expect(detectColorLevel('auto', pipe, { FORCE_COLOR: '' })).toBe(0);
  });
});
