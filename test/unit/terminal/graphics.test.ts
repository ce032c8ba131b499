import { describe, expect, it } from 'vitest';
import { graphicsPlan, takeReplies, type ProbeAnswers } from '../../../src/terminal/graphics/detect.js';
import { PicturePainter } from '../../../src/terminal/graphics/painter.js';
import { GraphicsProbe } from '../../../src/terminal/graphics/probe.js';
import type { Placement } from '../../../src/render/images/placement.js';
import { gridPng } from '../../support/pictures.js';
import { decodeImage } from '../../../src/load/images/decode-image.js';

describe('what the terminal can draw', () => {
  it('trusts only iTerm2 and WezTerm from the environment, asks everyone else, and only sixel under tmux', () => {
    expect(graphicsPlan({ TERM_PROGRAM: 'iTerm.app' })).toEqual({ trusted: 'iterm', queryKitty: false, querySixel: false });
    expect(graphicsPlan({ TERM_PROGRAM: 'WezTerm' }).trusted).toBe('iterm');
    expect(graphicsPlan({ TERM: 'xterm-kitty', KITTY_WINDOW_ID: '3' })).toEqual({ queryKitty: true, querySixel: true });
    expect(graphicsPlan({ TERM: 'xterm-kitty', TMUX: '/tmp/tmux-0/default,1,0' })).toEqual({ queryKitty: false, querySixel: true });
    // The Linux console would print kitty's APC query as text: only DA1 is asked there.
    expect(graphicsPlan({ TERM: 'linux' })).toEqual({ queryKitty: false, querySixel: true });
    expect(graphicsPlan({ TERM: 'xterm-ghostty' }).queryKitty).toBe(true);
  });

  it('takes the answers out of the key input, whole or split over chunks', () => {
    const answers: ProbeAnswers = {};
    const first = takeReplies('j\u001B_Gi=31;OK\u001B\\\u001B[6;20;10t\u001B[?62;', answers);
    expect(first).toEqual({ rest: 'j', pending: '\u001B[?62;' });
    expect(answers).toEqual({ kitty: true, cell: { width: 10, height: 20 } });
    const second = takeReplies(`${first.pending}4;22ck`, answers);
    expect(second).toEqual({ rest: 'k', pending: '' });
    expect(answers).toMatchObject({ da1: true, sixel: true });
    // An arrow key is not an answer.
    expect(takeReplies('\u001B[C', {}).rest).toBe('\u001B[C');
  });

  it('settles on DA1: kitty when it answered OK, sixel on attribute 4, else none', async () => {
    const writes: string[] = [];
    const probe = new GraphicsProbe({ TERM: 'foot' });
    probe.start((d) => writes.push(d));
    expect(writes.join('')).toBe('\u001B[16t\u001B[c');
    const kitty: string[] = [];
    const kittyProbe = new GraphicsProbe({ TERM: 'xterm-kitty' });
    kittyProbe.start((d) => kitty.push(d));
    kittyProbe.stop();
    expect(kitty.join('')).toBe('\u001B_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u001B\\\u001B[16t\u001B[c');
    expect(probe.feed('\u001B[?62;4;22cq')).toBe('q');
    await expect(probe.result).resolves.toEqual({ protocol: 'sixel', cell: { width: 10, height: 20 } });
  });
});

describe('the picture painter', () => {
  const placementOf = async (line: number): Promise<Placement> => {
    const picture = await decodeImage(gridPng(64, 32), 'g.png');
    const entry = { status: 'ready' as const, picture, format: 'png' as const, bytes: new Uint8Array(), path: '/g.png', id: 1 };
    return { entry, alt: 'g', line, col: 8, cols: 16, rows: 4, firstRow: 0, visibleRows: 4 };
  };
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('kitty: draws after Ink writes, at the cell, cursor saved; deletes it when the next Frame has none', async () => {
    const out: string[] = [];
    const painter = new PicturePainter((d) => out.push(d), 'kitty', { width: 10, height: 20 });
    painter.show([await placementOf(3)]);
    painter.inkWrite('INK');
    await settle();
    expect(out[0]).toBe('INK');
    expect(out[1]).toMatch(/^\u001B7\u001B\[4;9H\u001B_Ga=T,f=32,o=z,s=160,v=80,c=16,r=4,i=1000,C=1,q=2,m=[01];/);
    expect(out[1]?.endsWith('\u001B8')).toBe(true);
    out.length = 0;
    painter.show([]);
    painter.inkWrite('NEXT');
    expect(out).toEqual(['\u001B_Ga=d,d=I,i=1000,q=2\u001B\\NEXT']);
  });

  it('iTerm2: a PNG file inline; its cells are blanked before the next Frame is written', async () => {
    const out: string[] = [];
    const painter = new PicturePainter((d) => out.push(d), 'iterm', { width: 10, height: 20 });
    painter.show([await placementOf(2)]);
    painter.inkWrite('INK');
    await settle();
    expect(out[1]).toMatch(/^\u001B7\u001B\[3;9H\u001B\]1337;File=inline=1;size=\d+;width=16;height=4;preserveAspectRatio=0;doNotMoveCursor=1:iVBORw0KGgo/);
    out.length = 0;
    painter.show([]);
    painter.inkWrite('NEXT');
    expect(out[0]).toBe('\u001B7\u001B[0m\u001B[3;9H\u001B[16X\u001B[4;9H\u001B[16X\u001B[5;9H\u001B[16X\u001B[6;9H\u001B[16X\u001B8NEXT');
  });
});
