import { execFile } from 'node:child_process';
import { accessSync, constants, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../deck/input-error.js';

/** The names Chromium and Chrome go by on Linux, macOS (with a shim) and Windows PATHs. */
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'chrome.exe', 'msedge'];

/** What a user without a browser is told (`lectern export --format pdf`). */
export const NO_BROWSER =
  'export --format pdf: needs Chromium or Chrome on the PATH (none of chromium, google-chrome found); install one (e.g. apt install chromium), or export --format html and use the browser\'s "Print to PDF"';

/** The first Chromium or Chrome on `path` (a PATH value), or undefined. Nothing is downloaded. */
export function findBrowser(path: string | undefined): string | undefined {
  for (const folder of (path ?? '').split(delimiter)) {
    if (folder === '') continue;
    for (const name of BROWSERS) {
      const candidate = join(folder, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** How long a browser may take to print the page before we give up on it. */
const PRINT_TIMEOUT_MS = 120_000;

/**
 * The page printed to PDF by a headless Chromium or Chrome: its print style sheet puts
 * each slide on a landscape page in its colors. The browser runs with a fresh empty
 * profile and the switches that keep it off the network (the page itself asks for
 * nothing), and gets no GPU or sandbox (containers and CI have neither).
 */
export async function htmlToPdf(html: string, browser: string): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(join(tmpdir(), 'lectern-pdf-'));
  try {
    const page = join(dir, 'handout.html');
    const pdf = join(dir, 'handout.pdf');
    await fs.writeFile(page, html);
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--no-first-run',
      '--no-default-browser-check',
      `--user-data-dir=${join(dir, 'profile')}`,
      // Without them the browser prints its own header and footer (date, file path) on every page.
      '--no-pdf-header-footer',
      '--print-to-pdf-no-header',
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href,
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(browser, args, { timeout: PRINT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
        if (!error) return resolve();
        const reason = error.killed ? 'it did not finish' : (lastLine(String(stderr)) ?? error.message.split('\n')[0] ?? 'it failed');
        reject(new InputError(`export --format pdf: ${browser} could not print the page: ${reason}`));
      });
    });
    const bytes = await fs.readFile(pdf).catch(() => {
      throw new InputError(`export --format pdf: ${browser} wrote no PDF`);
    });
    return bytes;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function lastLine(text: string): string | undefined {
  // A browser's own message reaches our terminal: no control characters.
  const lines = text
    .split('\n')
    .map((l) => l.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim())
    .filter(Boolean);
  return lines[lines.length - 1];
}
