/**
 * The exported handout page in a real browser (Debian's chromium through playwright-core,
 * installed by scripts/ensure-test-deps.sh): click, tap and swipe navigation, a phone-sized
 * window, printing one slide a page, links, notes and pauses, and no request leaving the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { REPO_ROOT, runLectern } from '../e2e/pty-screen.js';
import { pdfPageCount } from '../support/pdf.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'handouts');

let dir: string;
let context: BrowserContext;
const files = { long: '', course: '' };
/** Every request a page made that is not for a file. */
const outside: string[] = [];

/** A fresh page on `file`, at a window size, with every request off the file recorded and refused. */
async function open(file: string, viewport = { width: 1000, height: 700 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) outside.push(request.url());
  });
  await page.route(/^(?!file:)/, (route) => route.abort());
  await page.goto(pathToFileURL(file).href);
  return page;
}

/** Ids of the sections the reader can see. */
const visible = (page: Page) => page.$$eval('main > section', (all) => all.filter((s) => (s as HTMLElement).offsetParent !== null).map((s) => s.id));

/** A one-finger horizontal swipe across the middle of the window, through the DevTools protocol. */
async function swipe(page: Page, fromX: number, toX: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const y = 300;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: fromX, y }] });
  for (let i = 1; i <= 5; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: fromX + ((toX - fromX) * i) / 5, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-handout-'));
  files.long = join(dir, 'long.html');
  files.course = join(dir, 'course.html');
  for (const [source, out, extra] of [
    ['long-slide.md', files.long, ['--notes']],
    ['course', files.course, []],
  ] as const) {
    const run = await runLectern(['export', join(FIXTURES, source), '--format', 'html', '--size', '80x24', '-o', out, ...extra]);
    expect([run.status, run.stderr]).toEqual([0, '']);
  }
  context = await launchChromium(dir, { hasTouch: true });
}, 30_000);

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('handout page in chromium', () => {
  it('moves with a click or tap: the left third goes back, not on links or selected text', async () => {
    const page = await open(files.long);
    expect(await visible(page)).toEqual(['slide-1']);
    await page.mouse.click(800, 300);
    expect(await visible(page)).toEqual(['slide-2']);
    await page.touchscreen.tap(700, 300);
    expect(await visible(page)).toEqual(['slide-3']);
    await page.mouse.click(100, 300);
    expect(await visible(page)).toEqual(['slide-2']);
    // A click that ends a text selection only selects.
    await page.evaluate(() => {
      const pre = document.querySelector('#slide-2 pre')!;
      getSelection()!.selectAllChildren(pre);
    });
    await page.mouse.click(800, 300);
    expect(await visible(page)).toEqual(['slide-2']);
    // The bar's buttons move one slide each, and the keys go on working after them.
    await page.locator('.bar [data-go="1"]').click();
    expect(await visible(page)).toEqual(['slide-3']);
    await page.locator('.bar [data-go="-1"]').click();
    expect(await visible(page)).toEqual(['slide-2']);
    await page.keyboard.press('ArrowLeft');
    expect(await visible(page)).toEqual(['slide-1']);
    expect(await page.$eval('.bar .where', (w) => w.textContent)).toBe('1 / 3');
    await page.close();
  });

  it('moves with a swipe: to the left is the next slide, to the right the one before', async () => {
    const page = await open(files.long);
    await swipe(page, 700, 200);
    expect(await visible(page)).toEqual(['slide-2']);
    await swipe(page, 700, 200);
    expect(await visible(page)).toEqual(['slide-3']);
    await swipe(page, 200, 700);
    expect(await visible(page)).toEqual(['slide-2']);
    // A mostly vertical movement is scrolling, not a swipe.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 500, y: 100 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 450, y: 500 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    expect(await visible(page)).toEqual(['slide-2']);
    await page.close();
  });

  it('fits a 400 px wide phone: every slide whole, no sideways scroll, text selectable', async () => {
    for (const file of [files.long, files.course]) {
      const page = await open(file, { width: 400, height: 800 });
      const count = await page.$$eval('main > section', (all) => all.length);
      for (let i = 0; i < count; i++) {
        const fit = await page.evaluate(() => {
          const section = document.querySelector('main > section.current')!;
          const pre = section.querySelector('pre')!;
          const box = pre.getBoundingClientRect();
          return {
            id: section.id,
            pageWidth: document.documentElement.scrollWidth,
            left: box.left,
            right: box.right,
            cut: pre.scrollWidth - pre.clientWidth,
            rows: pre.textContent!.split('\n').length,
          };
        });
        expect(fit.pageWidth, fit.id).toBeLessThanOrEqual(400);
        expect(fit.left, fit.id).toBeGreaterThanOrEqual(0);
        expect(fit.right, fit.id).toBeLessThanOrEqual(400);
        expect(fit.cut, fit.id).toBeLessThanOrEqual(0);
        await page.keyboard.press('ArrowRight');
      }
      await page.close();
    }
    // The course's lesson menu, open, stays inside the window too.
    const course = await open(files.course, { width: 400, height: 800 });
    await course.locator('.menu summary').click();
    const menu = await course.$eval('.menu ol', (ol) => ({ right: ol.getBoundingClientRect().right, page: document.documentElement.scrollWidth }));
    expect(menu.right).toBeLessThanOrEqual(400);
    expect(menu.page).toBeLessThanOrEqual(400);
    await course.close();

    const page = await open(files.long, { width: 400, height: 800 });
    await page.keyboard.press('ArrowRight');
    const selected = await page.evaluate(() => {
      const pre = document.querySelector('#slide-2 pre')!;
      getSelection()!.selectAllChildren(pre);
      return { text: getSelection()!.toString(), userSelect: getComputedStyle(pre).userSelect };
    });
    expect(selected.userSelect).not.toBe('none');
    // The whole 60-line slide is on the page, the last line included.
    expect(selected.text).toContain('the quokka17 walks past marker17');
    expect(selected.text).toContain('the heron60 walks past marker60');
    await page.close();
  });

  it('prints one slide a page, landscape, in its colors (also the 60-line slide)', async () => {
    for (const [file, slides] of [
      [files.long, 3],
      [files.course, 4],
    ] as const) {
      const page = await open(file);
      await page.emulateMedia({ media: 'print' });
      const looks = await page.$eval('#slide-1 pre, #lesson-1-slide-1 pre', (pre) => ({
        adjust: getComputedStyle(pre).getPropertyValue('print-color-adjust'),
        background: getComputedStyle(pre).backgroundColor,
        shown: document.querySelectorAll('main > section').length,
        bar: getComputedStyle(document.querySelector('.bar')!).display,
      }));
      expect(looks).toEqual({ adjust: 'exact', background: 'rgb(30, 33, 39)', shown: slides, bar: 'none' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdfPageCount(pdf)).toBe(slides);
      await page.close();
    }
  });

  it('makes web links real links and keeps lesson links inside the page', async () => {
    const page = await open(files.long);
    const links = await page.$$eval('a', (all) => all.map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), text: a.textContent })));
    expect(links).toContainEqual({ href: 'https://example.com/manual/page', rel: 'noopener', text: 'the manual (https://example.com/manual/page)' });
    expect(links).toContainEqual({ href: 'mailto:teacher@example.org', rel: 'noopener', text: 'mailto:teacher@example.org' });
    await page.close();

    const course = await open(files.course);
    expect(await course.$$eval('.menu a', (all) => all.map((a) => a.textContent))).toEqual([
      'Basics of the course',
      'Advanced lesson with a rather long title that a phone has to wrap somewhere',
    ]);
    await course.keyboard.press('ArrowRight');
    expect(await visible(course)).toEqual(['lesson-1-slide-2']);
    const link = course.locator('#lesson-1-slide-2 pre a');
    expect(await link.getAttribute('href')).toBe('#lesson-2-slide-1');
    await link.click();
    expect(await visible(course)).toEqual(['lesson-2-slide-1']);
    // The menu, without a keyboard.
    await course.locator('.menu summary').click();
    await course.locator('.menu a', { hasText: 'Basics' }).click();
    expect(await visible(course)).toEqual(['lesson-1-slide-1']);
    // Hints meant for the keyboard are not on the page.
    const text = await course.$eval('main', (m) => m.textContent ?? '');
    expect(text).not.toContain('f: follow');
    expect(text).not.toContain('↓ more');
    await course.close();
  });

  it('shows the notes under each slide with --notes, and steps through pauses with p', async () => {
    const page = await open(files.long);
    await page.keyboard.press('End');
    expect(await visible(page)).toEqual(['slide-3']);
    const notes = await page.$eval('#slide-3 .notes', (n) => (n as HTMLElement).innerText);
    expect(notes).toContain('Speaker secret: tell the pelican story.');
    const shown = () =>
      page.$eval('#slide-3 pre', (pre) =>
        Array.from(pre.querySelectorAll('[data-step]'))
          .filter((row) => getComputedStyle(row).visibility !== 'hidden')
          .map((row) => row.textContent ?? '')
          .join(''),
      );
    // Complete at first.
    expect(await shown()).toContain('flamingo');
    await page.keyboard.press('p');
    expect(await shown()).not.toContain('pelican');
    await page.keyboard.press('ArrowRight');
    expect(await shown()).toContain('pelican');
    expect(await shown()).not.toContain('flamingo');
    await page.keyboard.press('ArrowRight');
    expect(await shown()).toContain('flamingo');
    await page.close();
  });

  it('scrolls a slide taller than the window with ↓ and space before moving on, as the presenter does', async () => {
    const page = await open(files.long, { width: 1000, height: 400 });
    await page.keyboard.press('ArrowRight');
    expect(await visible(page)).toEqual(['slide-2']);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await visible(page)).toEqual(['slide-2']);
    for (let i = 0; i < 40 && (await visible(page))[0] === 'slide-2'; i++) await page.keyboard.press(' ');
    expect(await visible(page)).toEqual(['slide-3']);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });

  it('asks the network for nothing', () => {
    expect(outside).toEqual([]);
  });
});
