/**
 * `lectern export --format pdf`: the handout page printed by the system's Chromium (found on
 * the PATH; scripts/ensure-test-deps.sh installs it), one page per slide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runLectern, tempDir } from '../e2e/pty-screen.js';
import { pdfPageCount, pdfPageTexts } from '../support/pdf.js';
import { slideWords } from '../support/slide-words.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'handouts');

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('export --format pdf', () => {
  it.each([
    ['a lesson with a 60-line slide', 'long-slide.md', [], 3],
    ['the same with speaker notes', 'long-slide.md', ['--notes'], 3],
    ['a two-lesson course', 'course', [], 4],
  ] as const)(
    'prints %s as one page per slide',
    async (_, source, extra, slides) => {
      const dir = tempDir('lectern-pdf-');
      cleanups.push(dir.cleanup);
      const out = join(dir.path, 'handout.pdf');
      const run = await runLectern(['export', join(FIXTURES, source), '--format', 'pdf', '--size', '80x24', '-o', out, ...extra], {
        env: { PATH: `/usr/bin:${process.env['PATH'] ?? ''}` },
        timeoutMs: 60_000,
      });
      expect([run.status, run.stderr]).toEqual([0, '']);
      const pdf = readFileSync(out);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfPageCount(pdf)).toBe(slides);
      // Every word of every slide is on its page, as text (selectable, searchable).
      const pages = await pdfPageTexts(pdf);
      expect(pages).toHaveLength(slides);
      const words = (source === 'course' ? ['01-basics.md', '02-advanced.md'].map((f) => join(FIXTURES, 'course', f)) : [join(FIXTURES, source)]).flatMap(
        slideWords,
      );
      expect(words).toHaveLength(slides);
      words.forEach((slide, i) => {
        const missing = slide.filter((w) => !(pages[i] ?? '').includes(w));
        expect(missing, `page ${i + 1}`).toEqual([]);
      });
      if (extra.length > 0) expect(pages[2]).toContain('Speaker secret: tell the pelican story.');
    },
    90_000,
  );
});
