import { describe, expect, test } from 'vitest';
import { keyAllows, parseKeyOptions } from '../../../../src/follow/ssh/key-options.js';

describe('authorized_keys options', () => {
  test('from= and expiry-time= are read; forwarding options lectern never grants are accepted', () => {
    expect(parseKeyOptions('')).toEqual({ restrictions: {} });
    expect(parseKeyOptions('from="10.0.0.0/8,!10.0.0.66",no-pty-forwarding-typo')).toHaveProperty('refused');
    expect(parseKeyOptions('restrict,no-port-forwarding,from="10.0.0.0/8,!10.0.0.66"')).toEqual({ restrictions: { from: ['10.0.0.0/8', '!10.0.0.66'] } });
    const expiry = parseKeyOptions('expiry-time="20300101Z"');
    expect(expiry).toEqual({ restrictions: { expiresAt: Date.UTC(2030, 0, 1) } });
  });

  test('options that would change what the key means are refused with a reason', () => {
    expect(parseKeyOptions('command="/bin/date"')).toEqual({ refused: expect.stringContaining('command=') });
    expect(parseKeyOptions('no-pty')).toEqual({ refused: expect.stringContaining('no-pty') });
    expect(parseKeyOptions('cert-authority')).toEqual({ refused: expect.stringContaining('cert-authority') });
    expect(parseKeyOptions('from="10.0.0.1')).toEqual({ refused: expect.stringContaining('cannot be read') });
    expect(parseKeyOptions('expiry-time="tomorrow"')).toEqual({ refused: expect.stringContaining('expiry-time') });
  });

  test('a quoted value may hold commas and escaped quotes', () => {
    expect(parseKeyOptions('environment="A=\\"x,y\\"",from="192.168.1.*"')).toEqual({ restrictions: { from: ['192.168.1.*'] } });
  });

  test('from= matches addresses, prefixes and wildcards; a negated match refuses outright', () => {
    const key = { from: ['10.0.0.0/8', '192.168.1.?', '!10.0.0.66', 'fd00::/8'] };
    expect(keyAllows(key, '10.1.2.3', 0)).toBe(true);
    expect(keyAllows(key, '::ffff:10.1.2.3', 0)).toBe(true);
    expect(keyAllows(key, '192.168.1.5', 0)).toBe(true);
    expect(keyAllows(key, '192.168.1.50', 0)).toBe(false);
    expect(keyAllows(key, '10.0.0.66', 0)).toBe(false);
    expect(keyAllows(key, 'fd12::1', 0)).toBe(true);
    expect(keyAllows(key, '172.16.0.1', 0)).toBe(false);
    expect(keyAllows(key, undefined, 0)).toBe(false);
    // Host names would need DNS: they match nothing.
    expect(keyAllows({ from: ['*.school.example'] }, '10.1.2.3', 0)).toBe(false);
  });

  test('an expired key is refused', () => {
    expect(keyAllows({ expiresAt: 1000 }, '10.0.0.1', 999)).toBe(true);
    expect(keyAllows({ expiresAt: 1000 }, '10.0.0.1', 1001)).toBe(false);
  });
});
