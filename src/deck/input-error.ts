/**
 * An error the user caused (bad path, unreadable file, bad front matter). The CLI prints
 * its message as one line on stderr and exits 2; it never carries a stack trace to the user.
 */
export class InputError extends Error {
  override name = 'InputError';
}
