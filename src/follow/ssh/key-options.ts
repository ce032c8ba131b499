/**
 * The options before a key in an authorized_keys line (sshd(8), "AUTHORIZED_KEYS FILE
 * FORMAT"): parsed, then either honoured (`from=`, `expiry-time=`), accepted because
 * lectern never grants what they govern, or refused with a reason.
 */
import { BlockList, isIP } from 'node:net';

/** What a key's options restrict. */
export interface KeyRestrictions {
  /** `from="pattern,…"`: the client's address must match one and no negated one. */
  from: readonly string[];
  /** `expiry-time="YYYYMMDD[HHMM[SS]][Z]"`: epoch ms after which the key is refused. */
  expiresAt: number;
}

// Options about things lectern refuses to every client anyway (forwarding, agent, X11, a
// user rc, environment, tunnels): granting or forbidding them changes nothing here.
const HARMLESS = new Set([
  'restrict',
  'no-agent-forwarding',
  'no-port-forwarding',
  'no-x11-forwarding',
  'no-user-rc',
  'agent-forwarding',
  'port-forwarding',
  'x11-forwarding',
  'user-rc',
  'pty',
  'permitopen',
  'permitlisten',
  'environment',
  'tunnel',
  'no-touch-required',
]);

/** One `name` or `name="value"` option. */
interface RawOption {
  name: string;
  value: string | undefined;
}

/** Splits an option list at commas outside double quotes; undefined when a quote is left open. */
function splitOptions(text: string): RawOption[] | undefined {
  const out: RawOption[] = [];
  let i = 0;
  while (i < text.length) {
    const name = /^[A-Za-z0-9-]+/.exec(text.slice(i))?.[0];
    if (!name) return undefined;
    i += name.length;
    let value: string | undefined;
    if (text[i] === '=') {
      if (text[i + 1] !== '"') return undefined;
      i += 2;
      value = '';
      for (;;) {
        const ch = text[i];
        if (ch === undefined) return undefined;
        i++;
        if (ch === '"') break;
        // sshd: a backslash quotes a double quote inside the value.
        if (ch === '\\' && text[i] === '"') {
          value += '"';
          i++;
        } else {
          value += ch;
        }
      }
    }
    out.push({ name: name.toLowerCase(), value });
    if (i < text.length && text[i] !== ',') return undefined;
    i++;
  }
  return out;
}

/** `YYYYMMDD[HHMM[SS]][Z]` as epoch ms (local time without Z, as sshd reads it); NaN when malformed. */
function parseExpiry(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(Z)?$/.exec(text);
  if (!m) return NaN;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1, 7).map((x) => x ?? '0') as string[];
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  return m[7] ? Date.UTC(...parts) : new Date(...parts).getTime();
}

/**
 * Parses the options before a key. A line is refused when an option would change what the
 * key means in a way lectern cannot honour (a forced command, no pty, a certificate
 * authority) or when the options cannot be read.
 */
export function parseKeyOptions(text: string): { restrictions: Partial<KeyRestrictions> } | { refused: string } {
  if (text === '') return { restrictions: {} };
  const options = splitOptions(text);
  if (!options) return { refused: `has options that cannot be read: ${JSON.stringify(text.slice(0, 40))}` };
  const restrictions: { from?: string[]; expiresAt?: number } = {};
  for (const { name, value } of options) {
    if (name === 'from' && value !== undefined) {
      const patterns = value
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      if (patterns.length === 0) return { refused: 'has an empty from= option' };
      restrictions.from = [...(restrictions.from ?? []), ...patterns];
    } else if (name === 'expiry-time' && value !== undefined) {
      const at = parseExpiry(value);
      if (!Number.isFinite(at)) return { refused: `has an expiry-time lectern cannot read ("${value}")` };
      restrictions.expiresAt = Math.min(restrictions.expiresAt ?? Infinity, at);
    } else if (!HARMLESS.has(name)) {
      return { refused: `has the option ${name}${value === undefined ? '' : '='}, which lectern does not support (it honours from= and expiry-time=)` };
    }
  }
  return { restrictions };
}

/** An address as a pattern sees it: IPv4 clients of an IPv6 listener arrive as `::ffff:a.b.c.d`. */
function plainAddress(address: string): string {
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address;
}

/** Whether one `from=` pattern (a wildcard pattern or an address/prefix) matches. */
function patternMatches(pattern: string, address: string): boolean {
  const slash = pattern.indexOf('/');
  if (slash > 0) {
    const base = pattern.slice(0, slash);
    const prefix = Number(pattern.slice(slash + 1));
    const family = isIP(base);
    if (family === 0 || !Number.isInteger(prefix) || isIP(address) !== family) return false;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    // node:net's BlockList does the prefix arithmetic for both families.
    const subnet = new BlockList();
    try {
      subnet.addSubnet(base, prefix, type);
    } catch {
      return false;
    }
    return subnet.check(address, type);
  }
  // Host names would need a reverse lookup sshd does only with UseDNS: they match nothing.
  const regex = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  return regex.test(address);
}

/** Whether a key's restrictions let it in from `address` (undefined: unknown) at `now`. */
export function keyAllows(key: Partial<KeyRestrictions>, address: string | undefined, now: number): boolean {
  if (key.expiresAt !== undefined && now > key.expiresAt) return false;
  if (key.from === undefined) return true;
  if (address === undefined) return false;
  const ip = plainAddress(address);
  let allowed = false;
  for (const pattern of key.from) {
    const negated = pattern.startsWith('!');
    if (patternMatches(negated ? pattern.slice(1) : pattern, ip)) {
      // sshd: a negated match refuses outright, whatever else matches.
      if (negated) return false;
      allowed = true;
    }
  }
  return allowed;
}
