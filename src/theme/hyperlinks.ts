/** The environment variables hyperlink detection reads. */
export interface HyperlinkEnv {
  FORCE_HYPERLINK?: string | undefined;
  TERM?: string | undefined;
  TERM_PROGRAM?: string | undefined;
  TERM_PROGRAM_VERSION?: string | undefined;
  VTE_VERSION?: string | undefined;
  KITTY_WINDOW_ID?: string | undefined;
  WT_SESSION?: string | undefined;
  KONSOLE_VERSION?: string | undefined;
  TMUX?: string | undefined;
  SSH_CONNECTION?: string | undefined;
  SSH_TTY?: string | undefined;
  SSH_CLIENT?: string | undefined;
}

/**
 * Whether the terminal we present on makes OSC 8 links clickable. Terminals that do not
 * know OSC 8 should ignore it, but some print it, so only terminals known to support it
 * get links. `FORCE_HYPERLINK=1` (or `0`) decides when set: that is how a viewer on the
 * far side of SSH, whose terminal we cannot see, declares support; over SSH links are
 * otherwise off, since the variables we read describe the server, not the viewer's
 * terminal. tmux passes links on only when configured to: off there too.
 */
export function detectHyperlinks(env: HyperlinkEnv): boolean {
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.SSH_CONNECTION || env.SSH_TTY || env.SSH_CLIENT || env.TMUX) return false;
  const program = env.TERM_PROGRAM ?? '';
  const version = env.TERM_PROGRAM_VERSION ?? '';
  if (program === 'iTerm.app') return versionAtLeast(version, [3, 1]);
  if (['WezTerm', 'vscode', 'ghostty', 'Hyper', 'rio'].includes(program)) return true;
  const vte = Number(env.VTE_VERSION ?? '');
  if (Number.isFinite(vte) && vte >= 5000) return true;
  if (env.KITTY_WINDOW_ID || env.WT_SESSION) return true;
  if (Number(env.KONSOLE_VERSION ?? '') >= 201200) return true;
  const term = (env.TERM ?? '').toLowerCase();
  return ['xterm-kitty', 'foot', 'foot-extra', 'alacritty', 'xterm-ghostty', 'wezterm'].includes(term);
}

function versionAtLeast(version: string, wanted: readonly number[]): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < wanted.length; i++) {
    const have = parts[i] ?? 0;
    if (have !== wanted[i]) return have > (wanted[i] ?? 0);
  }
  return true;
}
