import type { ColorLevel } from './styles.js';

/** `--color` values. */
export type ColorMode = 'auto' | 'always' | 'never';

/** The environment variables color detection reads. */
export interface ColorEnv {
  NO_COLOR?: string | undefined;
  FORCE_COLOR?: string | undefined;
  COLORTERM?: string | undefined;
  TERM?: string | undefined;
}

/** What the terminal claims it can show, from TERM and COLORTERM. */
function terminalLevel(env: ColorEnv): ColorLevel {
  const colorterm = (env.COLORTERM ?? '').toLowerCase();
  if (colorterm === 'truecolor' || colorterm === '24bit') return 3;
  const term = (env.TERM ?? '').toLowerCase();
  if (term === 'dumb') return 0;
  if (term.includes('256') || term.includes('kitty') || term.includes('alacritty') || term.includes('wezterm')) return 2;
  return 1;
}

/**
 * The color depth for one output. `--color never`/`always` win; then FORCE_COLOR and
 * NO_COLOR; then auto: colors only on a terminal, as deep as it claims.
 */
export function detectColorLevel(mode: ColorMode, isTTY: boolean, env: ColorEnv): ColorLevel {
  if (mode === 'never') return 0;
  if (mode === 'always') return Math.max(terminalLevel(env), 2) as ColorLevel;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return (n >= 1 && n <= 3 ? n : Math.max(1, terminalLevel(env))) as ColorLevel;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return isTTY ? terminalLevel(env) : 0;
}
