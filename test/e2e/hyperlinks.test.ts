import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killAll, startLectern, tempDir } from './pty-screen.js';

afterEach(killAll);

const LESSON = '# Tautan\n\nBaca [dokumentasi Proxmox](https://pve.proxmox.com/wiki/Main_Page) dulu.\n\n---\n\n# Dua\n\nisi\n';
const LINK = '\u001B]8;;https://pve.proxmox.com/wiki/Main_Page\u001B\\';

// Whatever the machine running the tests is inside of (SSH, tmux) must not decide.
const LOCAL = {
  SSH_CONNECTION: '',
  SSH_TTY: '',
  SSH_CLIENT: '',
  TMUX: '',
  FORCE_HYPERLINK: '',
  TERM_PROGRAM: '',
  VTE_VERSION: '',
  KITTY_WINDOW_ID: '',
  WT_SESSION: '',
};

async function present(extra: Record<string, string>) {
  const env = { ...LOCAL, ...extra };
  const dir = tempDir();
  const path = join(dir.path, 'tautan.md');
  writeFileSync(path, LESSON);
  const s = startLectern(['--no-resume', path], { cols: 60, rows: 16, env });
  await s.waitFor('1/2', 8000);
  await s.waitFor('dokumentasi Proxmox');
  return { s, cleanup: dir.cleanup };
}

describe('web links', () => {
  it('are clickable (OSC 8) on a terminal that supports them, showing only their text', async () => {
    const { s, cleanup } = await present({ TERM_PROGRAM: 'WezTerm' });
    expect(s.rawOutput()).toContain(`${LINK}`);
    expect(s.text()).toContain('Baca dokumentasi Proxmox dulu.');
    expect(s.text()).not.toContain('https://');
    s.press('q');
    await s.exited;
    cleanup();
  });

  it('are written out as text elsewhere, and over SSH unless the viewer declares support', async () => {
    for (const env of [{}, { TERM_PROGRAM: 'WezTerm', SSH_CONNECTION: '10.0.0.2 5000 10.0.0.1 22' }] as Record<string, string>[]) {
      const { s, cleanup } = await present(env);
      expect(s.rawOutput()).not.toContain('\u001B]8;');
      expect(s.text()).toContain('https://pve.proxmox.com/wiki/Main_Page');
      s.press('q');
      await s.exited;
      cleanup();
    }
    const { s, cleanup } = await present({ SSH_CONNECTION: '10.0.0.2 5000 10.0.0.1 22', FORCE_HYPERLINK: '1' });
    expect(s.rawOutput()).toContain(LINK);
    s.press('q');
    await s.exited;
    cleanup();
  });
});
