import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './pty-screen.js';

// The package as a user gets it: `npm pack`, installed into an empty project, gives a
// working `lectern` (the bundle, its code cache, the bundled slides and every runtime
// dependency come along; nothing from the repo's own node_modules is used).
describe('npm pack', () => {
  const work = mkdtempSync(join(tmpdir(), 'lectern-pack-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('installs into an empty folder and presents the bundled slides', () => {
    const npm = (args: string[], cwd: string) =>
      execFileSync('npm', args, {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
      });
    npm(['pack', '--silent', '--pack-destination', work], REPO_ROOT);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const project = join(work, 'project');
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'classroom', version: '1.0.0', private: true }));
    npm(['install', '--prefer-offline', '--no-audit', join(work, tarball ?? '')], project);
    const lectern = join(project, 'node_modules', '.bin', 'lectern');
    const env = { ...process.env, LANG: 'C.UTF-8' };
    expect(execFileSync(lectern, ['--version'], { encoding: 'utf8', env }).trim()).toMatch(/^\d+\.\d+\.\d+/);
    const frames = execFileSync(lectern, ['print', '--size', '80x24', '--color', 'never'], { cwd: project, encoding: 'utf8', env });
    expect(frames.split('\f\n').length).toBeGreaterThan(3);
    expect(frames).toContain('Proxmox');
    // The installed copy starts from its own code cache and its own slides/, not the repo's.
    expect(execFileSync(lectern, ['check', join(project, 'node_modules', 'lectern', 'slides')], { cwd: project, encoding: 'utf8', env })).toContain(
      'No problems',
    );
  }, 240_000);
});
