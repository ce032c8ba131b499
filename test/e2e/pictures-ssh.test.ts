/**
 * Pictures over SSH: the teacher's kitty terminal gets kitty graphics while a student
 * following with real OpenSSH at 256 colours gets half blocks in palette colours, from the
 * same decoded picture.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pty from 'node-pty';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, KEY, cleanEnv, isolatedHome, tempDir, until } from './pty-screen.js';
import { gridPng } from '../support/pictures.js';
import { sshOptions } from './ssh-options.js';

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

function spawnIn(file: string, args: string[], env: Record<string, string>, cols = 80, rows = 24) {
  const child = pty.spawn(file, args, { name: 'xterm-256color', cols, rows, env: cleanEnv({ TERM: 'xterm-256color', ...env }) });
  let raw = '';
  child.onData((d) => (raw += d));
  stops.push(() => {
    try {
      child.kill('SIGKILL');
    } catch {
      // gone already
    }
  });
  return { child, raw: () => raw };
}

describe('pictures over SSH', () => {
  it('gives a 256-colour SSH follower half blocks while the kitty teacher gets kitty graphics', async () => {
    const dir = tempDir('lectern-ssh-pictures-');
    stops.push(dir.cleanup);
    const home = isolatedHome();
    stops.push(home.cleanup);
    writeFileSync(join(dir.path, 'grid.png'), gridPng(64, 32));
    const lesson = join(dir.path, 'lesson.md');
    writeFileSync(lesson, '# Pictures\n\n---\n\n## Grid\n\n![grid](grid.png)\n');
    const teacher = spawnIn(process.execPath, [BIN, 'serve', lesson, '--port', '0'], {
      ...home.env,
      TERM: 'xterm-kitty',
      COLORTERM: 'truecolor',
      KITTY_WINDOW_ID: '1',
    });
    teacher.child.onData((d) => {
      if (d.includes('\u001B_Gi=31,')) teacher.child.write('\u001B_Gi=31;OK\u001B\\');
      if (d.includes('\u001B[c')) teacher.child.write('\u001B[?62;22c');
    });
    await until(() => /ssh -p \d+/.test(teacher.raw()) && teacher.raw().includes('Press Enter'), 15000, 'the server');
    const port = /ssh -p (\d+)/.exec(teacher.raw())?.[1] ?? '0';
    teacher.child.write('\r');
    await until(() => teacher.raw().includes('1/2'), 10000, 'the teacher view');
    const sshArgs = ['-tt', ...sshOptions(Number(port)), 'student@127.0.0.1'];
    const student = spawnIn('ssh', sshArgs, { TERM: 'xterm-256color' });
    await until(() => student.raw().includes('1/2'), 15000, 'the student to join');
    teacher.child.write(KEY.right);
    // The student: half blocks in 256-colour palette entries (red 196, green 40, blue 21…), no protocol bytes.
    await until(() => /\u001B\[48;5;196m {16}/.test(student.raw()), 10000, 'the picture on the student screen');
    expect(student.raw()).toMatch(/48;5;21m {16}/);
    expect(student.raw()).not.toMatch(/[34]8;2;\d+;\d+;\d+/);
    expect(student.raw()).not.toContain('\u001B_G');
    // The teacher: the same picture through kitty graphics over blank cells.
    await until(() => /\u001B_Ga=T,f=32,o=z,[^;]*c=64,r=16/.test(teacher.raw()), 10000, 'the kitty picture on the teacher screen');
  });
});
