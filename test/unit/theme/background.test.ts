import { describe, expect, it } from 'vitest';
import { lightTheme } from '../../../src/theme/builtin-themes.js';
import { backgroundFromColorFgBg, backgroundFromOscReply, oscReplySpan, themeForBackground } from '../../../src/theme/background.js';
import { darkTheme } from '../../../src/theme/theme.js';

describe('terminal background', () => {
  it('reads COLORFGBG: the last field is the background, 7 and 9–15 light', () => {
    expect(backgroundFromColorFgBg('15;0')).toBe('dark');
    expect(backgroundFromColorFgBg('0;15')).toBe('light');
    expect(backgroundFromColorFgBg('0;default;7')).toBe('light');
    expect(backgroundFromColorFgBg('7;8')).toBe('dark');
    for (const unknown of [undefined, '', 'default;default', '15;x', '0;99']) expect(backgroundFromColorFgBg(unknown)).toBeUndefined();
  });

  it('reads an OSC 11 reply of any channel width, ended by ST or BEL', () => {
    expect(backgroundFromOscReply('\u001B]11;rgb:ffff/ffff/ffff\u001B\\')).toBe('light');
    expect(backgroundFromOscReply('\u001B]11;rgb:1e1e/1e1e/1e1e\u0007')).toBe('dark');
    expect(backgroundFromOscReply('\u001B]11;rgb:fd/f6/e3\u001B\\')).toBe('light'); // Solarized light
    expect(backgroundFromOscReply('\u001B]11;rgba:0000/2b2b/3636/ffff\u001B\\')).toBe('dark');
    expect(backgroundFromOscReply('x\u001B]11;rgb:f/f/f\u0007y')).toBe('light');
    for (const none of ['', '\u001B[?64;1c', '\u001B]11;rgb:ffff/ffff\u001B\\', '\u001B]10;rgb:ffff/ffff/ffff\u001B\\']) {
      expect(backgroundFromOscReply(none)).toBeUndefined();
    }
  });

  it('finds the reply among keys typed around it', () => {
    const input = 'j\u001B]11;rgb:0/0/0\u0007l';
    const span = oscReplySpan(input);
    expect(span).toBeDefined();
    expect(input.slice(0, span!.index) + input.slice(span!.index + span!.length)).toBe('jl');
  });

  it('picks the light theme on a light background, else dark', () => {
    expect(themeForBackground('light')).toBe(lightTheme);
    expect(themeForBackground('dark')).toBe(darkTheme);
    expect(themeForBackground(undefined)).toBe(darkTheme);
  });
});
