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

/** The depth FORCE_COLOR asks for (0 for `0`/`false`), or undefined when it is not set. */
function forcedLevel(env: ColorEnv): ColorLevel | undefined {
  const force = env.FORCE_COLOR;
  if (force === undefined || force === '') return undefined;
  if (force === '0' || force === 'false') return 0;
  const n = Number(force);
  return (n >= 1 && n <= 3 ? n : Math.max(1, terminalLevel(env))) as ColorLevel;
}

/**
 * The color depth for one output. `--color never` is none; `--color always` only forces
 * color on: as deep as FORCE_COLOR or the terminal says (a 16-color TERM gets 16 colors),
 * at least 16. Then FORCE_COLOR and NO_COLOR; then auto: colors only on a terminal, as deep
 * as it claims.
 */
export function detectColorLevel(mode: ColorMode, isTTY: boolean, env: ColorEnv): ColorLevel {
  if (mode === 'never') return 0;
  const forced = forcedLevel(env);
  if (mode === 'always') return Math.max(1, forced || terminalLevel(env)) as ColorLevel;
  if (forced !== undefined) return forced;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return isTTY ? terminalLevel(env) : 0;
}
