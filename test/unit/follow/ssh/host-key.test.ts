import { chmodSync, mkdtempSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { configDir, generateHostKey, HOST_KEY_FILE, loadOrCreateHostKey } from '../../../../src/follow/ssh/host-key.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'lectern-hostkey-'));
  dirs.push(d);
  return d;
}

describe('host key', () => {
  test('is made once, private, and the same next time', () => {
    const dir = join(temp(), 'config', 'lectern');
    const first = loadOrCreateHostKey(dir);
    expect(first.path).toBe(join(dir, HOST_KEY_FILE));
    expect(first.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(statSync(first.path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const again = loadOrCreateHostKey(dir);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(again.privateKey).toBe(first.privateKey);
  });

  test('lives under XDG_CONFIG_HOME, else ~/.config', () => {
    expect(configDir({ XDG_CONFIG_HOME: '/x/cfg', HOME: '/home/t' })).toBe('/x/cfg/lectern');
    expect(configDir({ XDG_CONFIG_HOME: 'relative', HOME: '/home/t' })).toBe('/home/t/.config/lectern');
    expect(configDir({ HOME: '/home/t' })).toBe('/home/t/.config/lectern');
  });
});

describe('host key generation', () => {
  test('never returns one of the malformed keys ssh2 sometimes makes', async () => {
    const ssh2 = (await import('ssh2')).default;
    for (let i = 0; i < 1500; i++) {
      const key = ssh2.utils.parseKey(generateHostKey());
      expect(key instanceof Error).toBe(false);
    }
  });
});

describe('host key file permissions', () => {
  test('a key others can read is made 0600, with a line saying so', () => {
    const dir = join(temp(), 'lectern');
    const made = loadOrCreateHostKey(dir);
    chmodSync(made.path, 0o644);
    const again = loadOrCreateHostKey(dir);
    expect(again.fingerprint).toBe(made.fingerprint);
    expect(again.notice).toBe(`the host key ${made.path} was readable by others (mode 644); it is now 0600`);
    expect(statSync(made.path).mode & 0o777).toBe(0o600);
    expect(loadOrCreateHostKey(dir).notice).toBeUndefined();
  });

  test('a symbolic link in place of the key is refused, not followed', () => {
    const dir = join(temp(), 'lectern');
    const made = loadOrCreateHostKey(dir);
    const elsewhere = join(temp(), 'key');
    renameSync(made.path, elsewhere);
    symlinkSync(elsewhere, made.path);
    expect(() => loadOrCreateHostKey(dir)).toThrow(`cannot read the host key ${made.path}: it is a symbolic link`);
  });
});
