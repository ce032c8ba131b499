/**
 * OpenSSH options for a throwaway test client: no config, no known_hosts, no agent, no prompts.
 * OpenSSH takes the first value it is given for an option, so `-o` options placed before
 * these override them (a client that may type a password puts `BatchMode=no` first).
 */
export function sshOptions(port: number): string[] {
  return [
    '-F',
    '/dev/null',
    '-o',
    'StrictHostKeyChecking=no',
    '-o',
    'UserKnownHostsFile=/dev/null',
    '-o',
    'GlobalKnownHostsFile=/dev/null',
    '-o',
    'LogLevel=ERROR',
    '-o',
    'BatchMode=yes',
    '-o',
    'IdentityAgent=none',
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    'ConnectTimeout=5',
    '-p',
    String(port),
  ];
}
