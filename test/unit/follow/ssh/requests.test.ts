import { describe, expect, test } from 'vitest';
import { acceptedLocale, globalRequestAllowed, REFUSED_SESSION_REQUESTS, sessionRequestAllowed } from '../../../../src/follow/ssh/requests.js';
import { colorLevelForTerm } from '../../../../src/follow/term-level.js';
import { viewerViewport } from '../../../../src/follow/viewer.js';

describe('what a client may ask for', () => {
  test('only a pty, window changes, a shell and the locale', () => {
    for (const ok of ['pty', 'window-change', 'shell', 'env']) expect(sessionRequestAllowed(ok)).toBe(true);
    for (const no of [...REFUSED_SESSION_REQUESTS, 'x11-req', 'auth-agent-req@openssh.com', 'anything']) expect(sessionRequestAllowed(no)).toBe(false);
  });

  test('of the environment, only the locale variables, holding a locale name', () => {
    expect(acceptedLocale('LANG', 'id_ID.UTF-8')).toBe(true);
    expect(acceptedLocale('LC_ALL', 'C')).toBe(true);
    expect(acceptedLocale('LC_CTYPE', 'en_US.ISO-8859-1')).toBe(true);
    for (const [key, value] of [
      ['PATH', '/bin'],
      ['LD_PRELOAD', 'x.so'],
      ['LANG', 'a b'],
      ['LANG', '\u001B[31m'],
      ['LANG', 'x'.repeat(65)],
      ['LANG', 5],
    ] as const) {
      expect(acceptedLocale(key, value)).toBe(false);
    }
  });

  test('no port forwarding of any kind', () => {
    for (const name of ['tcpip-forward', 'streamlocal-forward@openssh.com', 'cancel-tcpip-forward']) expect(globalRequestAllowed(name)).toBe(false);
  });
});

describe('remote terminal sizes and colors', () => {
  test('are clamped to 400x200, with 0 meaning 80x24; frames are one line short', () => {
    expect(viewerViewport(0, 0)).toEqual({ width: 80, height: 23 });
    expect(viewerViewport(100_000, 100_000)).toEqual({ width: 400, height: 199 });
    expect(viewerViewport(2 ** 32 - 1, 2 ** 32 - 1)).toEqual({ width: 400, height: 199 });
    expect(viewerViewport(Number.NaN, -5)).toEqual({ width: 80, height: 23 });
    expect(viewerViewport(1, 1)).toEqual({ width: 1, height: 1 });
    expect(viewerViewport(120, 40)).toEqual({ width: 120, height: 39 });
  });

  test('colors come from TERM: 256 colors when it says so', () => {
    expect(colorLevelForTerm('xterm-256color')).toBe(2);
    expect(colorLevelForTerm('screen-256color')).toBe(2);
    expect(colorLevelForTerm('xterm')).toBe(1);
    expect(colorLevelForTerm(undefined)).toBe(1);
    expect(colorLevelForTerm('dumb')).toBe(0);
  });
});
