/**
 * Viewers on a local Unix socket, for workshop hosts that already run OpenSSH: sshd runs
 * `lectern follow --socket PATH` for each student (a ForceCommand), which relays its
 * terminal to this server. Same room, same Frames, same limits as SSH viewers.
 */
import { chmodSync, lstatSync, unlinkSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import { lineReader } from '../json-lines.js';
import type { Room } from '../room.js';
import { decodeFollowerMessage } from './protocol.js';
import type { Viewer, ViewerIo } from '../viewer.js';

/** How the socket server is set up. */
export interface SocketServerOptions {
  path: string;
  /** A follower that has not said its size after this long is dropped. */
  helloTimeoutMs?: number;
  /** Connections at once; more are closed at once. */
  maxConnections?: number;
}

/** A running socket server. */
export interface SocketServer {
  close(): Promise<void>;
}

function socketIo(socket: Socket): ViewerIo {
  return {
    write(data) {
      if (socket.writable) socket.write(data);
    },
    unsent: () => socket.writableLength,
    onDrain: (listener) => void socket.on('drain', listener),
    end: () => void socket.end(),
    destroy: () => void socket.destroy(),
  };
}

/**
 * Removes a socket file left by an earlier server so we can listen there; refuses to touch
 * anything at PATH that is not a socket.
 */
function clearStaleSocket(path: string): void {
  let info;
  try {
    info = lstatSync(path);
  } catch {
    return;
  }
  if (!info.isSocket()) throw new Error(`${path} exists and is not a socket; choose another --socket path`);
  unlinkSync(path);
}

/** Listens on the socket; resolves once followers can connect. */
export function startSocketServer(room: Room, options: SocketServerOptions): Promise<SocketServer> {
  const helloMs = options.helloTimeoutMs ?? 10_000;
  const maxConnections = options.maxConnections ?? 1024;
  const sockets = new Set<Socket>();

  const server: Server = createServer((socket) => {
    socket.on('error', () => socket.destroy());
    if (sockets.size >= maxConnections) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    let viewer: Viewer | undefined;
    const hello = setTimeout(() => socket.destroy(), helloMs);
    const decoder = new StringDecoder('utf8');
    const lines = lineReader((line) => {
      const message = decodeFollowerMessage(line);
      if (!message) return;
      if (message.type === 'input') {
        viewer?.input(message.data);
      } else if (viewer) {
        viewer.resize(message.columns, message.rows);
      } else {
        clearTimeout(hello);
        const locale = message.locale === undefined ? undefined : { LANG: message.locale };
        viewer = room.join({ io: socketIo(socket), role: 'viewer', columns: message.columns, rows: message.rows, term: message.term, ...(locale ? { locale } : {}) });
      }
    });
    socket.on('data', (chunk: Buffer) => lines(decoder.write(chunk)));
    socket.on('close', () => {
      clearTimeout(hello);
      sockets.delete(socket);
      viewer?.gone();
    });
  });
  server.on('error', () => {});

  return new Promise((resolve, reject) => {
    try {
      clearStaleSocket(options.path);
    } catch (error) {
      reject(error);
      return;
    }
    const onListenError = (error: Error) => reject(error);
    server.once('error', onListenError);
    server.listen(options.path, () => {
      server.off('error', onListenError);
      // Anyone who can reach the folder may watch (as with anonymous SSH viewers): the
      // folder's permissions decide who that is.
      chmodSync(options.path, 0o666);
      resolve({
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
