import { describe, expect, test } from 'vitest';
import { AddressShare, defaultViewersPerAddress } from '../../../src/follow/address-share.js';

describe('the share of the room one address may hold', () => {
  test('is half the room by default, rounded up, and never nothing', () => {
    expect(defaultViewersPerAddress(200)).toBe(100);
    expect(defaultViewersPerAddress(31)).toBe(16);
    expect(defaultViewersPerAddress(2)).toBe(1);
    expect(defaultViewersPerAddress(1)).toBe(1);
  });

  test('is counted per address: one full address leaves the others their places', () => {
    const share = new AddressShare(2);
    expect(share.take('10.0.0.5')).toBe(true);
    expect(share.take('10.0.0.5')).toBe(true);
    expect(share.take('10.0.0.5')).toBe(false);
    expect(share.from('10.0.0.5')).toBe(2);
    expect(share.take('10.0.0.6')).toBe(true);
    share.release('10.0.0.5');
    expect(share.take('10.0.0.5')).toBe(true);
  });

  test('forgets an address once its viewers have all left', () => {
    const share = new AddressShare(3);
    for (let i = 0; i < 1000; i++) {
      share.take(`10.0.${i >> 8}.${i & 255}`);
      share.release(`10.0.${i >> 8}.${i & 255}`);
    }
    expect(share.addresses).toBe(0);
  });
});
