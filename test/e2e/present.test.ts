import { afterEach, describe, expect, it } from 'vitest';
import { KEY, LESSON, killAll, startLectern } from './pty-screen.js';
import type { PtySession } from './pty-screen.js';
import { counterRows, endsWithBorder, tableLines, waitForSlide } from './lectern-screen.js';

afterEach(killAll);

/** Starts the lesson at 80x24 and waits for its first slide. */
async function present(): Promise<PtySession> {
  const s = startLectern([LESSON], { cols: 80, rows: 24 });
  await s.waitFor('sobat petualang', 8000);
  await waitForSlide(s, 1);
  return s;
}

/** Goes from slide 1 to the comparison table (slide 5) with → four times. */
async function toTable(s: PtySession): Promise<void> {
  for (let n = 2; n <= 5; n++) {
    s.press(KEY.right);
    await waitForSlide(s, n);
  }
  await s.waitFor('Hanya Linux');
}

describe('presenting the lesson at 80x24', () => {
  it('shows the first slide on the alternate screen with a status bar', async () => {
    const s = await present();
    expect(s.isAlternateScreen()).toBe(true);
    expect(s.text()).toContain('sobat petualang');
    // Exactly one status bar with the counter, and nothing drawn past the width.
    expect(counterRows(s, 1)).toHaveLength(1);
    for (let row = 0; row < s.rows; row++) expect(s.isWrapped(row), `row ${row} wrapped`).toBe(false);
  });

  it('reaches the comparison table with → and draws it aligned and colored', async () => {
    const s = await present();
    await toTable(s);
    const text = s.text();
    expect(text).toContain('Perbandingan Cepat');
    expect(text).toContain('Fitur');
    expect(text).toContain('KVM');
    expect(text).toContain('LXC');
    expect(text).toContain('Hanya Linux');
    expect(text).toContain('Bisa Linux');
    expect(text).toContain('│');

    // Header cells KVM and LXC sit on one row, KVM left of LXC.
    const header = s.screen().findIndex((l) => /Fitur.*KVM.*LXC/.test(l));
    expect(header, 'header row "Fitur … KVM … LXC"').toBeGreaterThanOrEqual(0);

    // A KVM-column data cell and an LXC-column data cell are colored, differently.
    const kvm = s.find('Bisa Linux');
    const lxc = s.find('Hanya Linux');
    expect(kvm && lxc).toBeTruthy();
    const kvmColor = s.cellColor(kvm!.row, kvm!.col);
    const lxcColor = s.cellColor(lxc!.row, lxc!.col);
    expect(kvmColor.mode, 'KVM cell has a color').not.toBe('default');
    expect(lxcColor.mode, 'LXC cell has a color').not.toBe('default');
    expect(kvmColor).not.toEqual(lxcColor);

    // Every table line (borders included) has the same display width: the right border is in
    // the same column on each line. Emoji width bugs show up here.
    const lines = tableLines(s);
    expect(lines.length, 'header + 5 data rows at least').toBeGreaterThanOrEqual(6);
    const rights = lines.map((l) => l.right);
    const lefts = lines.map((l) => l.left);
    const report = lines.map((l) => `${String(l.right).padStart(3)} ${l.text}`).join('\n');
    expect(new Set(rights).size, `right ends differ:\n${report}`).toBe(1);
    expect(new Set(lefts).size, `left ends differ:\n${report}`).toBe(1);
    for (const l of lines) expect(endsWithBorder(l), `no right border: ${l.text}`).toBe(true);
    expect(rights[0]!).toBeLessThan(80);
    for (let row = 0; row < s.rows; row++) expect(s.isWrapped(row), `row ${row} wrapped`).toBe(false);
  });

  it('q quits with 0, leaves the alternate screen and shows the cursor again', async () => {
    const s = await present();
    expect(s.isCursorVisible()).toBe(false);
    s.press('q');
    const exit = await s.exited;
    expect(exit.exitCode).toBe(0);
    expect(s.isAlternateScreen()).toBe(false);
    expect(s.isCursorVisible()).toBe(true);
    const raw = s.rawOutput();
    expect(raw.lastIndexOf('\x1b[?1049l')).toBeGreaterThan(raw.lastIndexOf('\x1b[?1049h'));
    expect(raw.lastIndexOf('\x1b[?25h')).toBeGreaterThan(raw.lastIndexOf('\x1b[?25l'));
    expect(raw.lastIndexOf('\x1b[?25h')).toBeGreaterThan(raw.lastIndexOf('sobat'));
  });
});
