import { lightTheme } from './builtin-themes.js';
import { darkTheme, type Theme } from './theme.js';

/** Whether a terminal draws on a dark or a light background. */
export type Background = 'dark' | 'light';

/**
 * The background COLORFGBG describes (rxvt, Konsole, some others set it): `fg;bg` or
 * `fg;default;bg`, colors 0–15. 7 and 9–15 are light; 0–6 and 8 dark. Undefined when unset,
 * `default`, or not a number.
 */
export function backgroundFromColorFgBg(value: string | undefined): Background | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const last = value.split(';').pop()?.trim() ?? '';
  if (!/^\d{1,2}$/.test(last)) return undefined;
  const bg = Number(last);
  if (bg > 15) return undefined;
  return bg === 7 || bg >= 9 ? 'light' : 'dark';
}

// A terminal's answer to OSC 11 ("what is your background?"): `ESC ] 11 ; rgb:R/G/B` with
// 1–4 hex digits a channel, ended by BEL or ST. Some answer `rgba:` with a fourth channel.
const OSC_11_REPLY = /\u001B\]11;rgba?:([0-9a-f]{1,4})\/([0-9a-f]{1,4})\/([0-9a-f]{1,4})(?:\/[0-9a-f]{1,4})?(?:\u0007|\u001B\\)/i;

/** The background an OSC 11 reply in `input` names, by its luminance; undefined when there is none. */
export function backgroundFromOscReply(input: string): Background | undefined {
  const match = OSC_11_REPLY.exec(input);
  if (!match) return undefined;
  const [r, g, b] = match.slice(1, 4).map((hex) => parseInt(hex, 16) / (16 ** hex.length - 1)) as [number, number, number];
  // Rec. 709 luma of the (gamma-encoded) channels: good enough to tell dark from light.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5 ? 'light' : 'dark';
}

/** The length of the OSC 11 reply in `input` and where it starts, to take it out of the key input. */
export function oscReplySpan(input: string): { index: number; length: number } | undefined {
  const match = OSC_11_REPLY.exec(input);
  return match ? { index: match.index, length: match[0].length } : undefined;
}

/** The built-in theme for a background: light on light, else dark (the default). */
export function themeForBackground(background: Background | undefined): Theme {
  return background === 'light' ? lightTheme : darkTheme;
}
