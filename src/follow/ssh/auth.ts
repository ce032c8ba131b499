/**
 * Who may log in, and as what. Pure decisions over parsed keys, so they are tested without
 * a network: viewers are anonymous unless a viewer password or viewer keys are set; the
 * user name `presenter` with a key from the presenter keys drives the deck.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import ssh2, { type ParsedKey } from 'ssh2';
import { sanitizeText } from '../../parse/clean-text.js';
import { parseKeyOptions, type KeyRestrictions, keyAllows } from './key-options.js';

/** A key from an authorized_keys file, with the restrictions its options put on it. */
export type AuthorizedKey = ParsedKey & Partial<KeyRestrictions>;

/** The user name a remote presenter logs in with (any other name is a viewer). */
export const PRESENTER_USER = 'presenter';

/** Who is allowed in. */
export interface AuthPolicy {
  /** Viewers must give this password (or one of `viewerKeys`). */
  viewerPassword?: string;
  /** Viewers must hold one of these keys (or give `viewerPassword`). */
  viewerKeys?: readonly AuthorizedKey[];
  /** Keys that may log in as `presenter`. */
  presenterKeys?: readonly AuthorizedKey[];
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

/** The listed key with this blob whose options let it in from `address` now. */
function findKey(keys: readonly AuthorizedKey[] | undefined, blob: Buffer, address: string | undefined): ParsedKey | undefined {
  return keys?.find((k) => {
    const pub = k.getPublicSSH();
    return pub.length === blob.length && timingSafeEqual(pub, blob) && keyAllows(k, address, Date.now());
  });
}

function keyAnswer(key: ParsedKey | undefined, attempt: Extract<AuthAttempt, { method: 'publickey' }>, role: 'viewer' | 'presenter'): AuthDecision | undefined {
  if (!key) return undefined;
  if (!attempt.signature) return { accept: 'ask-signature' };
  const { blob, signature, hashAlgo } = attempt.signature;
  return key.verify(blob, signature, hashAlgo) === true ? { accept: true, role } : undefined;
}

/**
 * Decides one attempt from `address` (the client's IP, for keys listed with `from=`). A
 * rejection lists the methods worth trying next.
 */
export function decideAuth(policy: AuthPolicy, attempt: AuthAttempt, address?: string): AuthDecision {
  const presenterKeys = policy.presenterKeys ?? [];
  if (attempt.username === PRESENTER_USER && presenterKeys.length > 0) {
    // The presenter name is reserved once presenter keys exist: only those keys get in.
    if (attempt.method === 'publickey') {
      const answer = keyAnswer(findKey(presenterKeys, attempt.key, address), attempt, 'presenter');
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
    const answer = keyAnswer(findKey(policy.viewerKeys, attempt.key, address), attempt, 'viewer');
    if (answer) return answer;
  }
  return { accept: false, methods };
}

/** A line of an authorized_keys file that cannot be used, and why. */
export interface BadKeyLine {
  line: number;
  /** Says what is wrong, after "line N ". */
  why: string;
}

/**
 * Reads keys in OpenSSH authorized_keys format: one key a line, `#` comments, options
 * before the key type. `from=` and `expiry-time=` are honoured; options that only grant or
 * forbid what lectern never allows anyway (forwarding, agent, X11, a user rc) are accepted;
 * any other option (`command=`, `no-pty`, `cert-authority`…) would change what the key means,
 * so its line is reported in `refused`. Lines that are not keys are reported in `bad`.
 */
export function parseAuthorizedKeys(text: string): { keys: AuthorizedKey[]; bad: number[]; refused: BadKeyLine[] } {
  const keys: AuthorizedKey[] = [];
  const bad: number[] = [];
  const refused: BadKeyLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    // The key starts at its type (ssh-ed25519, ecdsa-sha2-…, ssh-rsa, sk-…); options come before it.
    const match = /(?:^|\s)((?:ssh|ecdsa|sk)-[^\s]+\s+[A-Za-z0-9+/=]+)/.exec(line);
    const parsed = match?.[1] ? ssh2.utils.parseKey(match[1]) : undefined;
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!key || key instanceof Error || !match) return void bad.push(index + 1);
    const options = parseKeyOptions(line.slice(0, match.index).trim());
    if ('refused' in options) return void refused.push({ line: index + 1, why: options.refused });
    keys.push(Object.assign(key, options.restrictions));
  });
  return { keys, bad, refused };
}

/** What a student needs to watch, in words for the banner and `serve`'s start-up text. */
export function neededToWatch(policy: AuthPolicy): string {
  const password = policy.viewerPassword !== undefined;
  const keys = (policy.viewerKeys?.length ?? 0) > 0;
  if (password && keys) return 'the password your teacher gives you, or a key your teacher listed';
  if (password) return 'the password your teacher gives you';
  if (keys) return 'a key your teacher listed (ssh -i)';
  return 'nothing: any user name, no password';
}

/**
 * The text OpenSSH shows before it asks for anything (SSH_MSG_USERAUTH_BANNER): what this
 * server is and what a student needs. The title is the lesson's, cleaned of controls.
 */
export function loginBanner(title: string, policy: AuthPolicy): string {
  const lines = [
    `lectern: "${sanitizeText(title).replace(/\s+/g, ' ').trim()}", slides to watch and nothing else.`,
    `To watch you need ${neededToWatch(policy)}.`,
  ];
  if ((policy.presenterKeys?.length ?? 0) > 0) lines.push(`To present: log in as ${PRESENTER_USER} with a presenter key.`);
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * A user name made safe to show: control, bidi and zero-width characters removed, at most
 * 32 characters. Anyone can pick any name with `ssh NAME@host`.
 */
export function displayName(username: string): string {
  const clean = sanitizeText(username)
    .replace(/[\t\n]/g, ' ')
    .trim();
  const chars = [...clean];
  return chars.length > 32 ? `${chars.slice(0, 31).join('')}…` : clean || '(no name)';
}
