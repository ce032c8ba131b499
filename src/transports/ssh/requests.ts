/**
 * What a client may ask for. lectern serves slides and nothing else: a session channel with
 * a pty, window changes and a shell. Commands, sftp and other subsystems, port forwarding
 * (both ways), agent and X11 forwarding, environment variables and signals are refused.
 */

/** Session requests that are accepted. */
export const ACCEPTED_SESSION_REQUESTS = ['pty', 'window-change', 'shell'] as const;

/** Session requests that ssh2 reports and lectern refuses explicitly. */
export const REFUSED_SESSION_REQUESTS = ['exec', 'sftp', 'subsystem', 'env', 'x11', 'auth-agent', 'signal'] as const;

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
