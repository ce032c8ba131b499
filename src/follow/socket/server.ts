/**
 * Viewers on a local Unix socket, for workshop hosts that already run OpenSSH: sshd runs
 * `lectern follow --socket PATH` for each student (a ForceCommand), which relays its
 * terminal to this server. Same room, same Frames, same limits as SSH viewers.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import { lineReader } from '../json-lines.js';
import { checkSocketFolder, clearStaleSocket, listenWithMode } from '../socket-file.js';
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

/** Listens on the socket; resolves once followers can connect. */
export async function startSocketServer(room: Room, options: SocketServerOptions): Promise<SocketServer> {
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
        viewer = room.join({
          io: socketIo(socket),
          role: 'viewer',
          columns: message.columns,
          rows: message.rows,
          term: message.term,
          ...(locale ? { locale } : {}),
        });
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

  try {
    checkSocketFolder(options.path);
    if (!(await clearStaleSocket(options.path))) throw new Error('another presentation is being served there');
  } catch (error) {
    throw new Error(`--socket ${options.path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return new Promise((resolve, reject) => {
    const onListenError = (error: Error) => reject(error);
    server.once('error', onListenError);
    // Anyone who can reach the folder may watch (as with anonymous SSH viewers): the
    // folder's permissions decide who that is. The socket is made with that mode at once.
    listenWithMode(server, options.path, 0o666, () => {
      server.off('error', onListenError);
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
