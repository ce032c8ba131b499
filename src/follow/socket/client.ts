/**
 * `lectern follow --socket PATH`: a student's end of the local viewer link. Relays this
 * terminal to a `lectern serve --socket PATH` on the same machine: keys and size changes
 * go there, the screen comes back. Made to be an sshd ForceCommand, so it restores the
 * terminal on every way out (the server leaving, q, a hang-up, a signal).
 */
import { guardLine } from '../../render/text/sgr/guard.js';
import { createConnection } from 'node:net';
import { LEAVE_SCREEN } from '../../render/text/terminal-codes.js';
import { encodeFollowerMessage } from './protocol.js';
import { onExitSignals } from '../../session/exit-signals.js';

/** The terminal the follower runs on. */
export interface FollowIo {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  term: string | undefined;
  /** The follower's locale (LC_ALL, LC_CTYPE or LANG): the server draws in ASCII for one that is not UTF-8. */
  locale?: string | undefined;
}

/** Follows the presentation at `path` until it ends or the student leaves; resolves with the exit code. */
export function followOverSocket(path: string, io: FollowIo): Promise<number> {
  const { stdin, stdout, stderr } = io;
  return new Promise((resolve) => {
    const socket = createConnection(path);
    let connected = false;
    let restored = false;
    let finished = false;
    // The server ends each session by giving the screen back; only if it vanished do we.
    let screenGiven = false;
    // A server that turns us away (a full room) says why and ends without showing slides.
    let joined = false;

    const size = () =>
      encodeFollowerMessage({
        type: 'size',
        columns: stdout.columns || 80,
        rows: stdout.rows || 24,
        ...(io.term ? { term: io.term } : {}),
        ...(io.locale ? { locale: io.locale } : {}),
      });
    const onInput = (chunk: Buffer) => socket.write(encodeFollowerMessage({ type: 'input', data: chunk.toString('utf8') }));
    const onResize = () => socket.write(size());
    const stopSignals = onExitSignals((code) => finish(code));

    function restore() {
      if (restored) return;
      restored = true;
      stdin.off('data', onInput);
      stdout.off('resize', onResize);
      stopSignals();
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.pause();
      if (connected && !screenGiven) stdout.write(LEAVE_SCREEN);
    }

    function finish(code: number) {
      if (finished) return;
      finished = true;
      restore();
      socket.destroy();
      resolve(code);
    }

    socket.on('connect', () => {
      connected = true;
      socket.write(size());
      if (stdin.isTTY) stdin.setRawMode(true);
      stdin.on('data', onInput);
      stdin.resume();
      stdout.on('resize', onResize);
    });
    socket.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      if (text.includes('\u001B[?1049l')) screenGiven = true;
      else if (text.includes('\u001B[?1049h')) {
        screenGiven = false;
        joined = true;
      }
      stdout.write(chunk);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (!connected) {
        const why = error.code === 'ENOENT' || error.code === 'ECONNREFUSED' ? 'no presentation is being served there' : error.message;
        stderr.write(`lectern: cannot follow ${guardLine(`${path}: ${why}`)}\n`);
        finish(1);
      }
    });
    socket.on('close', () => finish(joined ? 0 : 1));
  });
}
