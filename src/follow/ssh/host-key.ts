/**
 * The server's host key: generated once (ed25519) and kept under
 * `$XDG_CONFIG_HOME/lectern/` (else `~/.config/lectern/`), file mode 0600 in a 0700 folder,
 * so students' `known_hosts` keep trusting the same server from one lesson to the next.
 */
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, constants, fchmodSync, fstatSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { READ_LIMITS } from '../../load/read-file.js';
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
  /** Something the teacher should know (the file was open to others and has been closed). */
  notice?: string;
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
 * Reads the key file through one descriptor (no symlink followed, never blocking on a FIFO),
 * so what is checked is what is read: anything but a regular file is refused, and so is a
 * file of another user; one that others may read is made 0600.
 */
function readPrivateKeyFile(path: string): { text: string; notice?: string } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error(`the host key ${path} is not a regular file`);
    const uid = process.getuid?.();
    if (uid !== undefined && info.uid !== uid) throw new Error(`the host key ${path} belongs to another user; remove it to make a new one`);
    let notice: string | undefined;
    if ((info.mode & 0o077) !== 0) {
      fchmodSync(fd, 0o600);
      notice = `the host key ${path} was readable by others (mode ${(info.mode & 0o777).toString(8)}); it is now 0600`;
    }
    // Capped, like every file lectern reads: a huge file there is not a key.
    const cap = READ_LIMITS.hostKey;
    const buffer = Buffer.alloc(cap + 1);
    let length = 0;
    for (let n; length <= cap && (n = readSync(fd, buffer, length, cap + 1 - length, null)) > 0;) length += n;
    if (length > cap) throw new Error(`the host key ${path} is larger than ${cap} bytes; remove it to make a new one`);
    const text = buffer.subarray(0, length).toString('utf8');
    return notice === undefined ? { text } : { text, notice };
  } finally {
    closeSync(fd);
  }
}

/**
 * Loads the host key from `dir`, or makes one there. Throws with a one-line reason when the
 * folder cannot be written or the file is not a key, or belongs to someone else.
 */
export function loadOrCreateHostKey(dir: string): HostKey {
  const path = join(dir, HOST_KEY_FILE);
  let text: string;
  let notice: string | undefined;
  try {
    ({ text, notice } = readPrivateKeyFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    if (code !== 'ENOENT') throw new Error(`cannot read the host key ${path}: ${code === 'ELOOP' ? 'it is a symbolic link' : (error as Error).message}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // recursive mkdir keeps an existing folder's mode; tighten ours if it is open to others.
    if ((statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
    text = generateHostKey();
    // 'wx': never overwrite a key another lectern wrote meanwhile.
    try {
      writeFileSync(path, text, { mode: 0o600, flag: 'wx' });
    } catch (writeError) {
      if ((writeError as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot write the host key ${path}: ${(writeError as Error).message}`);
      ({ text, notice } = readPrivateKeyFile(path));
    }
  }
  const key = parse(text, path);
  return { privateKey: text, path, fingerprint: fingerprintOf(key), ...(notice === undefined ? {} : { notice }) };
}
