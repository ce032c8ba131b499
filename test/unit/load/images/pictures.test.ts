import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import jpeg from 'jpeg-js';
import omggif from 'omggif';
import { checkedHeader, decodeImage } from '../../../../src/load/images/decode-image.js';
import { readImageHeader } from '../../../../src/load/images/image-header.js';
import { WorkerGone, decodeOffThread } from '../../../../src/load/images/decode-worker.js';
import { pictureSource } from '../../../../src/load/images/picture-path.js';
import { loadPictures, pictureEntry } from '../../../../src/load/images/picture-store.js';
import { readPictureFile } from '../../../../src/load/images/read-picture.js';
import { deckFromText } from '../../../../src/parse/deck-from-text.js';
import type { ImageBlock } from '../../../../src/deck/types.js';
import { bombPng, gridPng } from '../../../support/pictures.js';

const dir = mkdtempSync(join(tmpdir(), 'lectern-pictures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('image headers', () => {
  it('reads PNG, JPEG and GIF sizes without decoding', () => {
    expect(readImageHeader(gridPng(64, 32))).toEqual({ format: 'png', width: 64, height: 32 });
    const jpg = jpeg.encode({ data: new Uint8Array(40 * 20 * 4), width: 40, height: 20 }, 80).data;
    expect(readImageHeader(jpg)).toEqual({ format: 'jpeg', width: 40, height: 20 });
    expect(readImageHeader(Buffer.from('GIF89a\x05\x00\x03\x00', 'latin1'))).toEqual({ format: 'gif', width: 5, height: 3 });
    expect(readImageHeader(Buffer.from('not a picture'))).toBeUndefined();
  });

  it('refuses a decompression bomb from its header, before decoding', async () => {
    expect(() => checkedHeader(bombPng(), 'bomb.png')).toThrow(/100000x100000 pixels is over the limit/);
    await expect(decodeImage(bombPng(), 'bomb.png')).rejects.toThrow(/refused/);
  });

  it('decodes in a worker thread, with the same decoder code as the main thread', async () => {
    const job = decodeOffThread('png', gridPng(8, 4), 40);
    expect(job).toBeDefined();
    const picture = await job;
    expect([picture?.width, picture?.height, [...(picture?.rgba.subarray(0, 4) ?? [])]]).toEqual([8, 4, [255, 0, 0, 255]]);
    // Kept at most 2048 pixels on its longest side, scaled in the worker.
    const big = await decodeOffThread('png', gridPng(4096, 64), 40);
    expect([big?.width, big?.height]).toEqual([2048, 32]);
    expect([...(big?.rgba.subarray(0, 4) ?? [])]).toEqual([255, 0, 0, 255]);
    // A broken picture is the picture's error (the decoder's message), not the worker's.
    const broken = await decodeOffThread('png', new Uint8Array(40), 40)?.catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(Error);
    expect(broken).not.toBeInstanceOf(WorkerGone);
  });

  it('decodes PNG and JPEG to RGBA, and says what is wrong with a broken file', async () => {
    const png = await decodeImage(gridPng(8, 4), 'g.png');
    expect([png.width, png.height, png.rgba.length]).toEqual([8, 4, 8 * 4 * 4]);
    expect([...png.rgba.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
    const data = new Uint8Array(16 * 8 * 4).fill(200);
    const jpg = await decodeImage(jpeg.encode({ data, width: 16, height: 8 }, 90).data, 'p.jpg');
    expect([jpg.width, jpg.height]).toEqual([16, 8]);
    expect(Math.abs((jpg.rgba[0] ?? 0) - 200)).toBeLessThan(8);
    // A GIF of two frames: only the first is shown (red, then blue on the right half).
    const gif = new Uint8Array(1024);
    const writer = new omggif.GifWriter(gif, 4, 2, { palette: [0xff0000, 0x0000ff] });
    writer.addFrame(0, 0, 4, 2, [0, 0, 1, 1, 0, 0, 1, 1]);
    writer.addFrame(0, 0, 4, 2, [1, 1, 1, 1, 1, 1, 1, 1]);
    const first = await decodeImage(gif.subarray(0, writer.end()), 'a.gif');
    expect([first.width, first.height]).toEqual([4, 2]);
    expect([...first.rgba.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
    expect([...first.rgba.subarray(8, 12)]).toEqual([0, 0, 255, 255]);
    const truncated = gridPng(64, 32).subarray(0, 60);
    await expect(decodeImage(truncated, 'cut.png')).rejects.toThrow(/^cut\.png: cannot decode the PNG image/);
  });
});

describe('where pictures may come from', () => {
  it('keeps relative paths inside the lesson folder and never fetches URLs', () => {
    expect(pictureSource('img/a%20b.png', '/l/lesson.md')).toEqual({ kind: 'local', path: '/l/img/a b.png', root: '/l' });
    expect(pictureSource('https://x.test/a.png', '/l/lesson.md')).toEqual({ kind: 'remote', url: 'https://x.test/a.png' });
    expect(pictureSource('//x.test/a.png', '/l/lesson.md').kind).toBe('remote');
    expect(pictureSource('../secret.png', '/l/lesson.md').kind).toBe('invalid');
    expect(pictureSource('/etc/passwd', '/l/lesson.md').kind).toBe('invalid');
  });

  it('refuses a symbolic link that leads out of the folder, a folder, and an oversized name as one line', async () => {
    const lesson = join(dir, 'course');
    mkdirSync(lesson, { recursive: true });
    writeFileSync(join(dir, 'outside.png'), gridPng(4, 4));
    symlinkSync(join(dir, 'outside.png'), join(lesson, 'link.png'));
    await expect(readPictureFile(join(lesson, 'link.png'), lesson, 'link.png')).rejects.toThrow("link.png: refused, it leads outside the lesson's folder");
    mkdirSync(join(lesson, 'dir.png'));
    await expect(readPictureFile(join(lesson, 'dir.png'), lesson, 'dir.png')).rejects.toThrow('dir.png: is a folder');
    await expect(readPictureFile(join(lesson, 'none.png'), lesson, 'none.png')).rejects.toThrow(/^none\.png: no such file/);
    // A FIFO planted as a picture is refused at once, never waited on.
    execFileSync('mkfifo', [join(lesson, 'fifo.png')]);
    await expect(readPictureFile(join(lesson, 'fifo.png'), lesson, 'fifo.png')).rejects.toThrow(/^fifo\.png: /);
  });

  it('loads a deck’s pictures: ready, failed with a reason, remote', async () => {
    writeFileSync(join(dir, 'grid.png'), gridPng(16, 8));
    writeFileSync(join(dir, 'bomb.png'), bombPng());
    const deck = deckFromText('## A\n\n![g](grid.png)\n\n![b](bomb.png)\n\n![r](https://x.test/r.png)\n', join(dir, 'l.md'), 'l.md');
    await loadPictures(deck);
    const [g, b, r] = (deck.slides[0]?.steps.flat() ?? []) as ImageBlock[];
    expect(pictureEntry(g as ImageBlock)).toMatchObject({ status: 'ready', format: 'png' });
    expect(pictureEntry(b as ImageBlock)).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^bomb\.png: refused/) });
    expect(pictureEntry(r as ImageBlock)).toEqual({ status: 'remote', url: 'https://x.test/r.png' });
  });
});
