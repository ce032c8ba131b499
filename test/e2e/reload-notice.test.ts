import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, killAll, startLectern, tempDir } from './pty-screen.js';

afterEach(killAll);

describe('a save that does not parse', () => {
  it('shows the whole reason, wrapped, in the lesson language, until a key is pressed', async () => {
    const dir = tempDir();
    const lesson = join(dir.path, 'pelajaran.md');
    const good = '---\nlang: id\n---\n# Satu\n\nisi pertama\n\n---\n\n# Dua\n\nisi kedua\n';
    writeFileSync(lesson, good);
    const s = startLectern(['--no-resume', lesson], { cols: 40, rows: 12 });
    try {
      await s.waitFor('1/2', 8000);
      s.press(KEY.right);
      await s.waitFor('2/2');
      writeFileSync(lesson, '---\nlang: id\ntitle: [oops\n---\n# Satu\n');
      // The notice's last words: the whole notice is drawn once they are.
      await s.waitFor((x) => x.text().replace(/\s+/g, ' ').includes('tombol apa saja menutup ini'), 5000, 'the whole notice');
      const text = s
        .screen()
        .map((l) => l.trim())
        .join(' ')
        .replace(/\s+/g, ' ');
      expect(text).toContain('Gagal memuat ulang, versi terakhir tetap tampil: front matter bukan YAML yang sah');
      expect(text).toContain('tombol apa saja menutup ini');
      for (const line of s.screen()) expect(line.length).toBeLessThanOrEqual(40);
      // The last good version is still shown under it, and a key only closes the notice.
      expect(text).toContain('isi kedua');
      s.press(KEY.right);
      await s.waitFor((x) => !x.text().includes('Gagal memuat ulang'), 3000, 'notice closed');
      expect(s.text()).toContain('2/2');
      s.press('q');
      expect((await s.exited).exitCode).toBe(0);
    } finally {
      dir.cleanup();
    }
  });
});
