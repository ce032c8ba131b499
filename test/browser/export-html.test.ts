/**
 * The exported HTML page in a real browser: Debian's chromium driven by playwright-core
 * (scripts/ensure-test-deps.sh installs it; playwright-core downloads no browser).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { runLectern } from '../e2e/pty-screen.js';

let dir: string;
let page: Page;
let context: BrowserContext;
let html: string;
/** Every request the page made that is not for the file itself. */
const outside: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-browser-'));
  const file = join(dir, 'deck.html');
  const run = await runLectern(['export', 'slides', '--format', 'html', '--size', '80x24', '-o', file]);
  expect(run.stderr).toBe('');
  html = readFileSync(file, 'utf8');
  context = await launchChromium(dir, { viewport: { width: 1000, height: 700 } });
  page = context.pages()[0] ?? (await context.newPage());
  // Self-contained means no request leaves the file.
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) outside.push(request.url());
  });
  await page.route(/^(?!file:)/, (route) => route.abort());
  await page.goto(pathToFileURL(file).href);
}, 30_000);

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Ids of the sections the reader can see. */
const visibleSections = () => page.$$eval('main > section', (all) => all.filter((s) => (s as HTMLElement).offsetParent !== null).map((s) => s.id));

/** The computed color of the span whose text is exactly `text` (trimmed), in section `id`. */
const colorOf = (id: string, text: string) =>
  page.$eval(
    `#${id}`,
    (section, wanted) => {
      const span = Array.from(section.querySelectorAll('span')).find((s) => s.textContent?.trim() === wanted);
      return span ? getComputedStyle(span).color : 'not found';
    },
    text,
  );

describe('exported HTML in chromium', () => {
  it('shows one slide at a time and moves with the arrow keys', async () => {
    expect(await visibleSections()).toEqual(['slide-1']);
    await page.keyboard.press('ArrowRight');
    expect(await visibleSections()).toEqual(['slide-2']);
    await page.keyboard.press('ArrowLeft');
    expect(await visibleSections()).toEqual(['slide-1']);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await visibleSections()).toEqual(['slide-5']);
  });

  it('draws the table slide in the theme colors: header, KVM and LXC columns apart', async () => {
    const text = await page.$eval('#slide-9', (s) => s.textContent ?? '');
    for (const word of ['Perbandingan: dasar', 'Fitur', 'KVM', 'LXC', 'semua OS', 'Linux saja']) expect(text).toContain(word);
    const header = await colorOf('slide-9', 'KVM');
    const kvm = await colorOf('slide-9', 'semua OS');
    const lxc = await colorOf('slide-9', 'Linux saja');
    expect([header, kvm, lxc]).toEqual(['rgb(229, 192, 123)', 'rgb(97, 175, 239)', 'rgb(152, 195, 121)']);
    const background = await page.$eval('#slide-9 pre', (pre) => getComputedStyle(pre).backgroundColor);
    expect(background).toBe('rgb(30, 33, 39)');
  });

  it('is self-contained: it asks the network for nothing', () => {
    expect(outside).toEqual([]);
  });

  it('takes a screenshot of the table slide', async () => {
    // The table is the ninth slide: Home, then eight steps on.
    await page.keyboard.press('Home');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    expect(await visibleSections()).toEqual(['slide-9']);
    const path = join(dir, 'table.png');
    const png = await page.locator('#slide-9 pre').screenshot({ path });
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: width and height of an 80x24 terminal drawn in 16 px monospace.
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(500);
    expect(height).toBeGreaterThan(300);
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('is readable without script: every slide shown, one below another', async () => {
    const noScript = await context.newPage();
    await noScript.setContent(html.replace(/<script>[\s\S]*?<\/script>/, ''));
    const shown = await noScript.$$eval('main > section', (all) => all.filter((s) => (s as HTMLElement).offsetParent !== null).length);
    expect(shown).toBe(15);
    await noScript.close();
  });
});
