/**
 * What a client may ask for. lectern serves slides and nothing else: a session channel with
 * a pty, window changes and a shell, and the locale variables OpenSSH sends (read to draw
 * in ASCII for a terminal that is not UTF-8; nothing is ever set). Commands, sftp and other
 * subsystems, port forwarding (both ways), agent and X11 forwarding, other environment
 * variables and signals are refused.
 */

/** Session requests that are accepted. */
export const ACCEPTED_SESSION_REQUESTS = ['pty', 'window-change', 'shell', 'env'] as const;

/** Session requests that ssh2 reports and lectern refuses explicitly. */
export const REFUSED_SESSION_REQUESTS = ['exec', 'sftp', 'subsystem', 'x11', 'auth-agent', 'signal'] as const;

/** The environment variables a client may send (`SendEnv LANG LC_*`): those that name the character set. */
export const LOCALE_VARIABLES = ['LC_ALL', 'LC_CTYPE', 'LANG'] as const;

/** A locale variable's value as a client sent it, when it is one and looks like a locale name. */
export function acceptedLocale(key: string, value: unknown): value is string {
  return (LOCALE_VARIABLES as readonly string[]).includes(key) && typeof value === 'string' && /^[A-Za-z0-9_.@=-]{0,64}$/.test(value);
}

/** Channel types a client may open (direct-tcpip, streamlocal and the rest are refused). */
export const ACCEPTED_CHANNELS = ['session'] as const;

/** Whether a session request of this type is served. */
export function sessionRequestAllowed(type: string): boolean {
  return (ACCEPTED_SESSION_REQUESTS as readonly string[]).includes(type);
}

/** Whether a global request (tcpip-forward, streamlocal-forward, …) is served: never. */
export function globalRequestAllowed(_name: string): boolean {
  return false;
}
