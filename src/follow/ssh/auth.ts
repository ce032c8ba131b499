/**
 * Who may log in, and as what. Pure decisions over parsed keys, so they are tested without
 * a network: viewers are anonymous unless a viewer password or viewer keys are set; the
 * user name `presenter` with a key from the presenter keys drives the deck.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import ssh2, { type ParsedKey } from 'ssh2';
import { sanitizeText } from '../../parse/clean-text.js';

/** The user name a remote presenter logs in with (any other name is a viewer). */
export const PRESENTER_USER = 'presenter';

/** Who is allowed in. */
export interface AuthPolicy {
  /** Viewers must give this password (or one of `viewerKeys`). */
  viewerPassword?: string;
  /** Viewers must hold one of these keys (or give `viewerPassword`). */
  viewerKeys?: readonly ParsedKey[];
  /** Keys that may log in as `presenter`. */
  presenterKeys?: readonly ParsedKey[];
}

/** One authentication attempt, as the client made it. */
export type AuthAttempt =
  | { method: 'none'; username: string }
  | { method: 'password'; username: string; password: string }
  | {
      method: 'publickey';
      username: string;
      /** The public key blob the client offers. */
      key: Buffer;
      /** Absent when the client only asks whether the key would do. */
      signature?: { blob: Buffer; signature: Buffer; hashAlgo?: string | undefined };
    }
  | { method: 'other'; username: string };

/** What to answer. */
export type AuthDecision =
  | { accept: true; role: 'viewer' | 'presenter' }
  /** A public key that would do: the client must now sign with it. */
  | { accept: 'ask-signature' }
  | { accept: false; methods: ('password' | 'publickey')[] };

/** Whether viewers must prove anything. */
function viewersRestricted(policy: AuthPolicy): boolean {
  return policy.viewerPassword !== undefined || (policy.viewerKeys?.length ?? 0) > 0;
}

function sameSecret(given: string, expected: string): boolean {
  // Hash first: timingSafeEqual needs equal lengths, and the length must not leak either.
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function findKey(keys: readonly ParsedKey[] | undefined, blob: Buffer): ParsedKey | undefined {
  return keys?.find((k) => {
    const pub = k.getPublicSSH();
    return pub.length === blob.length && timingSafeEqual(pub, blob);
  });
}

function keyAnswer(key: ParsedKey | undefined, attempt: Extract<AuthAttempt, { method: 'publickey' }>, role: 'viewer' | 'presenter'): AuthDecision | undefined {
  if (!key) return undefined;
  if (!attempt.signature) return { accept: 'ask-signature' };
  const { blob, signature, hashAlgo } = attempt.signature;
  return key.verify(blob, signature, hashAlgo) === true ? { accept: true, role } : undefined;
}

/** Decides one attempt. A rejection lists the methods worth trying next. */
export function decideAuth(policy: AuthPolicy, attempt: AuthAttempt): AuthDecision {
  const presenterKeys = policy.presenterKeys ?? [];
  if (attempt.username === PRESENTER_USER && presenterKeys.length > 0) {
    // The presenter name is reserved once presenter keys exist: only those keys get in.
    if (attempt.method === 'publickey') {
      const answer = keyAnswer(findKey(presenterKeys, attempt.key), attempt, 'presenter');
      if (answer) return answer;
    }
    return { accept: false, methods: ['publickey'] };
  }
  if (!viewersRestricted(policy)) return { accept: true, role: 'viewer' };
  const methods: ('password' | 'publickey')[] = [];
  if ((policy.viewerKeys?.length ?? 0) > 0) methods.push('publickey');
  if (policy.viewerPassword !== undefined) methods.push('password');
  if (attempt.method === 'password' && policy.viewerPassword !== undefined && sameSecret(attempt.password, policy.viewerPassword)) {
    return { accept: true, role: 'viewer' };
  }
  if (attempt.method === 'publickey') {
    const answer = keyAnswer(findKey(policy.viewerKeys, attempt.key), attempt, 'viewer');
    if (answer) return answer;
  }
  return { accept: false, methods };
}

/**
 * Reads keys in OpenSSH authorized_keys format: one key a line, `#` comments, optional
 * options before the key type (ignored: these keys only ever open a slide view).
 * Lines that are not keys are reported by number.
 */
export function parseAuthorizedKeys(text: string): { keys: ParsedKey[]; bad: number[] } {
  const keys: ParsedKey[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    // The key starts at its type (ssh-ed25519, ecdsa-sha2-…, ssh-rsa, sk-…); options come before it.
    const match = /(?:^|\s)((?:ssh|ecdsa|sk)-[^\s]+\s+[A-Za-z0-9+/=]+)/.exec(line);
    const parsed = match?.[1] ? ssh2.utils.parseKey(match[1]) : undefined;
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (key && !(key instanceof Error)) keys.push(key);
    else bad.push(index + 1);
  });
  return { keys, bad };
}

/**
 * A user name made safe to show: control, bidi and zero-width characters removed, at most
 * 32 characters. Anyone can pick any name with `ssh NAME@host`.
 */
export function displayName(username: string): string {
  const clean = sanitizeText(username).replace(/[\t\n]/g, ' ').trim();
  const chars = [...clean];
  return chars.length > 32 ? `${chars.slice(0, 31).join('')}…` : clean || '(no name)';
}
