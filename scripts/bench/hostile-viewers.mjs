#!/usr/bin/env node
// Hostile viewers for bench-ssh.mjs, in a process of their own so their work does not skew
// the measurement: M ssh2 viewers that browse by mashing keys on huge screens (each a
// slightly different size, so no two share a Frame) and I idle TCP connections that reconnect
// whenever closed. Prints "ready" once every masher has its shell; runs until killed.
//
//   node scripts/bench/hostile-viewers.mjs PORT MASHERS IDLE
import { connect } from 'node:net';
import ssh2 from 'ssh2';

const [port, mashers, idle] = process.argv.slice(2).map(Number);
if (!port) {
  process.stderr.write('usage: hostile-viewers.mjs PORT MASHERS IDLE\n');
  process.exit(2);
}

// Everything a browsing viewer may press, except the keys that leave (q, Esc, Ctrl-C).
const KEYS = ['\x1b[C', '\x1b[D', '\x1b[B', '\x1b[A', ' ', '\x1b[6~', '\x1b[5~', 'g', 'G', 'o', '?', 'j', 'k', '3\r', '12\r'];

function masher(index) {
  return new Promise((resolve) => {
    const client = new ssh2.Client();
    client.on('error', () => {});
    client.on('ready', () => {
      client.shell({ cols: 400 - index, rows: 200 - index, term: 'xterm-256color' }, (error, channel) => {
        if (error) return resolve();
        channel.on('data', () => {});
        channel.on('error', () => {});
        setInterval(() => {
          let burst = '';
          for (let i = 0; i < 16; i++) burst += KEYS[Math.floor(Math.random() * KEYS.length)];
          if (channel.writable) channel.write(burst);
        }, 10);
        resolve();
      });
    });
    client.connect({ host: '127.0.0.1', port, username: `masher${index}`, readyTimeout: 30_000 });
    client.setNoDelay?.(true);
  });
}

function idler() {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  socket.resume();
  socket.on('close', () => setTimeout(idler, 50));
}

for (let i = 0; i < idle; i++) idler();
await Promise.all(Array.from({ length: mashers }, (_, i) => masher(i)));
process.stdout.write('ready\n');
