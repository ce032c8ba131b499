import { describe, expect, test } from 'vitest';
import ssh2 from 'ssh2';
import { decideAuth, displayName, parseAuthorizedKeys, PRESENTER_USER, type AuthPolicy } from '../../../../src/follow/ssh/auth.js';

function keyPair() {
  // ssh2 makes a malformed key about once in 256 (see generateHostKey): take a good one.
  for (;;) {
    const pair = ssh2.utils.generateKeyPairSync('ed25519');
    const priv = ssh2.utils.parseKey(pair.private);
    const pub = ssh2.utils.parseKey(pair.public);
    if (priv instanceof Error || pub instanceof Error || Array.isArray(priv) || Array.isArray(pub)) continue;
    return { priv, pub, line: pair.public };
  }
}

const alice = keyPair();
const mallory = keyPair();

function signed(key: ReturnType<typeof keyPair>, username: string) {
  const blob = Buffer.from(`session data for ${username}`);
  return { method: 'publickey' as const, username, key: key.pub.getPublicSSH(), signature: { blob, signature: key.priv.sign(blob), hashAlgo: undefined } };
}

describe('auth decisions', () => {
  test('anyone watches when nothing is restricted, with any name', () => {
    expect(decideAuth({}, { method: 'none', username: 'anyname' })).toEqual({ accept: true, role: 'viewer' });
    expect(decideAuth({}, { method: 'none', username: PRESENTER_USER })).toEqual({ accept: true, role: 'viewer' });
  });

  test('a viewer password must match', () => {
    const policy: AuthPolicy = { viewerPassword: 's3cret' };
    expect(decideAuth(policy, { method: 'none', username: 'a' })).toEqual({ accept: false, methods: ['password'] });
    expect(decideAuth(policy, { method: 'password', username: 'a', password: 'nope' }).accept).toBe(false);
    expect(decideAuth(policy, { method: 'password', username: 'a', password: 's3cret' })).toEqual({ accept: true, role: 'viewer' });
  });

  test('viewer keys: a known key is asked to sign, and gets in with a valid signature', () => {
    const policy: AuthPolicy = { viewerKeys: [alice.pub] };
    expect(decideAuth(policy, { method: 'publickey', username: 'a', key: alice.pub.getPublicSSH() })).toEqual({ accept: 'ask-signature' });
    expect(decideAuth(policy, signed(alice, 'a'))).toEqual({ accept: true, role: 'viewer' });
    expect(decideAuth(policy, signed(mallory, 'a'))).toEqual({ accept: false, methods: ['publickey'] });
    // A signature by another key over the known public key is refused.
    const forged = { ...signed(mallory, 'a'), key: alice.pub.getPublicSSH() };
    expect(decideAuth(policy, forged).accept).toBe(false);
  });

  test('the presenter name needs a presenter key; other names stay viewers', () => {
    const policy: AuthPolicy = { presenterKeys: [alice.pub] };
    expect(decideAuth(policy, { method: 'none', username: PRESENTER_USER })).toEqual({ accept: false, methods: ['publickey'] });
    expect(decideAuth(policy, signed(mallory, PRESENTER_USER)).accept).toBe(false);
    expect(decideAuth(policy, signed(alice, PRESENTER_USER))).toEqual({ accept: true, role: 'presenter' });
    expect(decideAuth(policy, signed(alice, 'student'))).toEqual({ accept: true, role: 'viewer' });
  });
});

describe('authorized_keys', () => {
  test('reads keys with comments and options, and reports lines that are not keys', () => {
    const text = `# workshop\n${alice.line}\n\nrestrict,from="127.0.0.1" ${mallory.line} someone@host\nnot a key\n`;
    const { keys, bad, refused } = parseAuthorizedKeys(text);
    expect(keys).toHaveLength(2);
    expect(keys[0]?.equals(alice.pub)).toBe(true);
    expect(keys[1]?.equals(mallory.pub)).toBe(true);
    expect(keys[1]?.from).toEqual(['127.0.0.1']);
    expect(bad).toEqual([5]);
    expect(refused).toEqual([]);
  });

  test('a line whose options lectern cannot honour is refused, saying which option', () => {
    const { keys, refused } = parseAuthorizedKeys(`${alice.line}\nno-pty,command="x" ${mallory.line}\n`);
    expect(keys).toHaveLength(1);
    expect(refused).toEqual([{ line: 2, why: expect.stringMatching(/option (no-pty|command=)/) }]);
  });

  test('from= is honoured: the key gets in only from a matching address', () => {
    const [key] = parseAuthorizedKeys(`from="10.0.0.0/8" ${alice.line}`).keys;
    const policy: AuthPolicy = { viewerKeys: [key!] };
    expect(decideAuth(policy, signed(alice, 'a'), '10.9.8.7')).toEqual({ accept: true, role: 'viewer' });
    expect(decideAuth(policy, signed(alice, 'a'), '192.168.0.2').accept).toBe(false);
    expect(decideAuth(policy, { method: 'publickey', username: 'a', key: alice.pub.getPublicSSH() }, '192.168.0.2').accept).toBe(false);
  });
});

describe('user names', () => {
  test('are shown without controls, bidi overrides or unlimited length', () => {
    expect(displayName('ev\u001B]0;owned\u0007il')).toBe('ev]0;ownedil');
    expect(displayName('a\u202Eb\u009Bc')).toBe('abc');
    expect(displayName('x'.repeat(100))).toHaveLength(32);
    expect(displayName('\u0000')).toBe('(no name)');
  });
});
