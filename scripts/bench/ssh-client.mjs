// What the SSH bench rows share: waiting on a condition, and the OpenSSH command line of a
// student who follows `lectern serve` (no config, no host key check, no agent or key: the
// server lets anyone in when started without passwords or keys).

/** Resolves after `ms` milliseconds. */
export const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves once `fn()` is true, polling every 5 ms; rejects after `timeoutMs`, naming `what`. */
export async function until(fn, timeoutMs, what) {
  const start = Date.now();
  while (!fn()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await pause(5);
  }
}

/** The arguments of `ssh` for a student joining the server on 127.0.0.1:`port`. */
export function studentSshArgs(port) {
  const options = ['StrictHostKeyChecking=no', 'UserKnownHostsFile=/dev/null', 'LogLevel=ERROR', 'BatchMode=yes', 'IdentityAgent=none', 'IdentitiesOnly=yes'];
  return ['-tt', '-F', '/dev/null', ...options.flatMap((o) => ['-o', o]), '-p', String(port), 'student@127.0.0.1'];
}
