import { describe, expect, it } from 'vitest';
import { plainInline, renderInline } from '../../../../src/render/blocks/prose.js';
import { hyperlink, isSafeLinkTarget } from '../../../../src/render/text/hyperlink.js';
import { keepOnlySgr } from '../../../../src/render/text/sgr/guard.js';
import { displayWidth, wrapStyled } from '../../../../src/render/text/text.js';
import { makeStyles } from '../../../../src/theme/styles.js';
import { darkTheme } from '../../../../src/theme/theme.js';
import { detectHyperlinks } from '../../../../src/theme/hyperlinks.js';

const OPEN = (url: string) => `\u001B]8;;${url}\u001B\\`;
const CLOSE = '\u001B]8;;\u001B\\';

describe('clickable links (OSC 8)', () => {
  it('only for web and mail addresses of printable ASCII', () => {
    for (const ok of ['https://pve.example/docs', 'http://10.0.0.1:8006/', 'mailto:guru@example.org']) expect(isSafeLinkTarget(ok), ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      './02-next.md',
      'https://a b',
      'https://a\u001B]0;x\u0007',
      'https://a;b',
      'file:///etc/passwd',
      'https://ü.example',
    ]) {
      expect(isSafeLinkTarget(bad), bad).toBe(false);
      expect(hyperlink(bad, 'text')).toBe('text');
    }
    expect(hyperlink('https://a.example', 'docs')).toBe(`${OPEN('https://a.example')}docs${CLOSE}`);
  });

  it('pass the output guard whole on a render for a terminal that shows them, never otherwise', () => {
    const on = { hyperlinks: true };
    const link = `see ${OPEN('https://a.example/x')}\u001B[4mdocs\u001B[24m${CLOSE} now`;
    expect(keepOnlySgr(link, on)).toBe(link);
    expect(keepOnlySgr(link)).toBe('see \u001B[4mdocs\u001B[24m now');
    expect(keepOnlySgr(`a\u001B]8;;javascript:x\u001B\\b${CLOSE}`, on)).toBe(`ab${CLOSE}`);
    expect(keepOnlySgr('a\u001B]0;title\u0007b\u001B]8;;https://x.example\u0007c', on)).toBe('abc');
    expect(keepOnlySgr(`x${OPEN('https://a.example')}\u001B[2Jy`, on)).toBe(`x${OPEN('https://a.example')}y`);
  });

  it('take no columns: widths and wrapping see only the text', () => {
    const line = `see ${hyperlink('https://a.example/long/path', 'the docs')} for more`;
    expect(displayWidth(line)).toBe('see the docs for more'.length);
    const wrapped = wrapStyled(line, 8);
    expect(wrapped.every((l) => displayWidth(l) <= 8)).toBe(true);
  });

  it('the renderer writes web links as links only when the styles say the terminal has them', () => {
    const md = '[Proxmox docs](https://pve.proxmox.com/wiki) and [next](./02-next.md)';
    const clickable = makeStyles(darkTheme, 0, { hyperlinks: true });
    const plainStyles = makeStyles(darkTheme, 0);
    expect(renderInline(md, clickable)).toBe(`${OPEN('https://pve.proxmox.com/wiki')}Proxmox docs${CLOSE} and next\u00A0→`);
    expect(renderInline(md, plainStyles)).toBe('Proxmox docs (https://pve.proxmox.com/wiki) and next\u00A0→');
    // Plain text (status bar, search) is the same whatever the terminal.
    expect(plainInline(md, clickable)).toBe(plainInline(md, plainStyles));
    expect(clickable.key).not.toBe(plainStyles.key);
  });
});

describe('detectHyperlinks', () => {
  it('on terminals known to support them', () => {
    expect(detectHyperlinks({ TERM_PROGRAM: 'WezTerm' })).toBe(true);
    expect(detectHyperlinks({ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.19' })).toBe(true);
    expect(detectHyperlinks({ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' })).toBe(false);
    expect(detectHyperlinks({ VTE_VERSION: '6800' })).toBe(true);
    expect(detectHyperlinks({ TERM: 'xterm-kitty' })).toBe(true);
    expect(detectHyperlinks({ TERM: 'xterm-256color' })).toBe(false);
    expect(detectHyperlinks({})).toBe(false);
  });

  it('off over SSH and in tmux unless FORCE_HYPERLINK declares them', () => {
    expect(detectHyperlinks({ TERM_PROGRAM: 'WezTerm', SSH_CONNECTION: '1 2 3 4' })).toBe(false);
    expect(detectHyperlinks({ VTE_VERSION: '6800', TMUX: '/tmp/tmux' })).toBe(false);
    expect(detectHyperlinks({ SSH_TTY: '/dev/pts/1', FORCE_HYPERLINK: '1' })).toBe(true);
    expect(detectHyperlinks({ TERM_PROGRAM: 'WezTerm', FORCE_HYPERLINK: '0' })).toBe(false);
  });
});
