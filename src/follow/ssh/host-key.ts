/**
 * The server's host key: generated once (ed25519) and kept under
 * `$XDG_CONFIG_HOME/lectern/` (else `~/.config/lectern/`), file mode 0600 in a 0700 folder,
 * so students' `known_hosts` keep trusting the same server from one lesson to the next.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { FileReadError, READ_LIMITS, readRegularFileSync } from '../../load/read-file.js';
import { homedir } from 'node:os';
import { join } from 'node:path';
import ssh2, { type ParsedKey } from 'ssh2';

/** The file name of the host key inside lectern's config folder. */
export const HOST_KEY_FILE = 'ssh_host_ed25519_key';

/** A loaded host key. */
export interface HostKey {
  /** The private key, OpenSSH format. */
  privateKey: string;
  /** Where it is kept. */
  path: string;
  /** `SHA256:…`, as `ssh` shows it when it asks whether to trust the host. */
  fingerprint: string;
}

/** lectern's config folder for an environment. */
export function configDir(env: { XDG_CONFIG_HOME?: string | undefined; HOME?: string | undefined }): string {
  const xdg = env.XDG_CONFIG_HOME;
  // XDG: a relative path is invalid and must be ignored.
  const base = xdg && xdg.startsWith('/') ? xdg : join(env.HOME || homedir(), '.config');
  return join(base, 'lectern');
}

/** The OpenSSH fingerprint of a public key: `SHA256:` and unpadded base64 of its blob's digest. */
export function fingerprintOf(key: ParsedKey): string {
  return `SHA256:${createHash('sha256').update(key.getPublicSSH()).digest('base64').replace(/=+$/, '')}`;
}

/**
 * A new ed25519 key in OpenSSH format. ssh2 1.17 drops a public key's leading zero byte
 * while encoding it, so about one key in 256 comes out malformed: make another then.
 */
export function generateHostKey(): string {
  for (let attempt = 0; attempt < 32; attempt++) {
    const text = ssh2.utils.generateKeyPairSync('ed25519', { comment: 'lectern host key' }).private;
    const key = ssh2.utils.parseKey(text);
    if (!(key instanceof Error) && !Array.isArray(key) && key.isPrivateKey()) return text;
  }
  throw new Error('cannot make a host key (ssh2 keeps producing malformed keys)');
}

function parse(text: string, path: string): ParsedKey {
  const parsed = ssh2.utils.parseKey(text);
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key || key instanceof Error || !key.isPrivateKey()) throw new Error(`${path} is not a private key; remove it to make a new one`);
  return key;
}

/**
 * Loads the host key from `dir`, or makes one there. Throws with a one-line reason when the
 * folder cannot be written or the file is not a key.
 */
export function loadOrCreateHostKey(dir: string): HostKey {
  const path = join(dir, HOST_KEY_FILE);
  let text: string;
  try {
    text = readHostKey(path);
  } catch (error) {
    if (!(error instanceof FileReadError) || error.failure !== 'missing') throw new Error(`cannot read the host key ${(error as Error).message}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // recursive mkdir keeps an existing folder's mode; tighten ours if it is open to others.
    if ((statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
    text = generateHostKey();
    // 'wx': never overwrite a key another lectern wrote meanwhile.
    try {
      writeFileSync(path, text, { mode: 0o600, flag: 'wx' });
    } catch (writeError) {
      if ((writeError as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot write the host key ${path}: ${(writeError as Error).message}`);
      text = readHostKey(path);
    }
  }
  const key = parse(text, path);
  return { privateKey: text, path, fingerprint: fingerprintOf(key) };
}

/** The key file's text: a regular file, capped (a FIFO or /dev/zero there must not hang serve). */
function readHostKey(path: string): string {
  return readRegularFileSync(path, { cap: READ_LIMITS.hostKey }).bytes.toString('utf8');
}
