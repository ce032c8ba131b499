import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { Room } from '../../../src/follow/room.js';
import { startSocketServer } from '../../../src/follow/socket/server.js';
import { checkSocketFolder, clearStaleSocket, listenWithMode } from '../../../src/follow/socket-file.js';
import { Stage } from '../../../src/follow/stage.js';
import { stringsFor } from '../../../src/render/ui-strings.js';
import { darkTheme } from '../../../src/theme/theme.js';
import { deckOf } from '../../support/decks.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-sockfile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function room(): Room {
  return new Room({ stage: new Stage(deckOf('# One\n'), stringsFor('en')), theme: darkTheme, ascii: false, maxViewers: 5 });
}

/**
 * A child process that, as fast as it can, records the mode of whatever is at `path` and
 * swaps a symlink to `victim` in for it: the attack the old chmod-after-bind lost to.
 */
function attacker(path: string, victim: string) {
  const code = `
    const fs = require('fs');
    const seen = new Set();
    const link = ${JSON.stringify(`${path}.evil`)};
    const stop = Date.now() + 20000;
    process.on('SIGTERM', () => { process.stdout.write(JSON.stringify([...seen])); process.exit(0); });
    (function loop() {
      for (let i = 0; i < 2000 && Date.now() < stop; i++) {
        try { const s = fs.lstatSync(${JSON.stringify(path)}); if (s.isSocket()) seen.add(s.mode & 0o777); } catch {}
        try { fs.symlinkSync(${JSON.stringify(victim)}, link); fs.renameSync(link, ${JSON.stringify(path)}); } catch {}
      }
      setImmediate(loop);
    })();`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return {
    stop: () =>
      new Promise<number[]>((resolve) => {
        child.on('exit', () => resolve(out ? (JSON.parse(out) as number[]) : []));
        child.kill('SIGTERM');
      }),
  };
}

describe('socket files', () => {
  test('are created with their final mode: a symlink swapped in at bind time changes nothing', async () => {
    const path = join(dir, 'class.sock');
    const victim = join(dir, 'secret');
    writeFileSync(victim, 'root only', { mode: 0o600 });
    const attack = attacker(path, victim);
    await new Promise((r) => setTimeout(r, 200));
    for (let i = 0; i < 100; i++) {
      let server;
      try {
        server = await startSocketServer(room(), { path });
      } catch {
        // The attacker's symlink sat at the path: refused as "not a socket". Clear it and go on.
        rmSync(path, { force: true });
        continue;
      }
      await server.close();
    }
    const modes = await attack.stop();
    expect(statSync(victim).mode & 0o777).toBe(0o600);
    // Every socket the attacker saw there already had its final mode.
    expect(modes.every((m) => m === 0o666)).toBe(true);
  });

  test('listenWithMode makes a 0600 socket, with that mode from its first moment, and leaves the umask as it was', async () => {
    const path = join(dir, 'private.sock');
    const before = process.umask();
    const server = createServer();
    const listening = new Promise<void>((resolve) => listenWithMode(server, path, 0o600, resolve));
    // Bound inside the call: the file exists now, before any callback could chmod it.
    expect(lstatSync(path).mode & 0o777).toBe(0o600);
    await listening;
    expect(process.umask()).toBe(before);
    expect(lstatSync(path).mode & 0o777).toBe(0o600);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('a folder others can write without the sticky bit is refused; /tmp-like sticky ones are fine', () => {
    const open = join(dir, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    expect(() => checkSocketFolder(join(open, 's.sock'))).toThrow(/can be written by other users and is not sticky/);
    chmodSync(open, 0o1777);
    expect(() => checkSocketFolder(join(open, 's.sock'))).not.toThrow();
    expect(() => checkSocketFolder(join(dir, 'missing', 's.sock'))).toThrow(/cannot use the folder/);
  });

  test('serve --socket refuses a path another server still answers on, and clears a stale one', async () => {
    const path = join(dir, 'busy.sock');
    const first = await startSocketServer(room(), { path });
    await expect(startSocketServer(room(), { path })).rejects.toThrow('another presentation is being served there');
    await first.close();
    // Left behind by a server killed with SIGKILL: a socket file nobody answers on.
    const stalePath = join(dir, 'stale.sock');
    spawnSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(stalePath)}, () => process.kill(process.pid, 'SIGKILL'))`]);
    expect(lstatSync(stalePath).isSocket()).toBe(true);
    expect(await clearStaleSocket(stalePath)).toBe(true);
    expect(existsSync(stalePath)).toBe(false);
    writeFileSync(join(dir, 'file'), '');
    await expect(clearStaleSocket(join(dir, 'file'))).rejects.toThrow('is not a socket');
  });
});
