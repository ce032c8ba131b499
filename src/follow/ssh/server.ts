/**
 * The SSH front door: owns the TCP listener (so a connection that never finishes its
 * handshake is closed after a timeout), hands each socket to ssh2, decides who gets in,
 * refuses everything but a pty and a shell, and joins each shell to the room.
 * Nothing a client does can stop the server: every error is contained to its connection.
 */
import { createServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import ssh2 from 'ssh2';
import type { AuthContext, Connection, ServerChannel } from 'ssh2';
import { decideAuth, displayName, type AuthAttempt, type AuthPolicy } from './auth.js';
import type { LocaleEnv } from '../../theme/locale.js';
import { acceptedLocale, REFUSED_SESSION_REQUESTS } from './requests.js';
import type { Room } from '../room.js';
import type { Viewer, ViewerIo } from '../viewer.js';
import type { ViewerRole } from '../../session/viewer.js';

/** How the SSH server is set up. */
export interface SshServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The host private key (OpenSSH or PEM text). */
  hostKey: string;
  auth: AuthPolicy;
  /** A connection not logged in after this long is closed. */
  handshakeTimeoutMs?: number;
  /** TCP connections at once (logged in or not); more are closed at once. */
  maxConnections?: number;
  /** One line about each join and leave (names sanitized by the caller's choice of text). */
  log?: (line: string) => void;
}

/** A running SSH server. */
export interface SshServer {
  /** Where it listens. */
  address(): AddressInfo;
  /** TCP connections open now. */
  connections(): number;
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
}

/** Long enough for a slow client on a bad network, short enough that idle sockets go. */
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000;

/** Failed logins allowed on one connection (OpenSSH's MaxAuthTries is 6). */
const MAX_AUTH_FAILURES = 6;

/** How long a client may take to hang up after its session ended. */
const CLOSE_GRACE_MS = 5000;

/** SSH byte streams are raw; OpenSSH's idle/keepalive is left to the client. */
const NO_DELAY = true;

/** An ssh2 AuthContext as the pure decision sees it. */
function attemptOf(ctx: AuthContext): AuthAttempt {
  const username = ctx.username;
  switch (ctx.method) {
    case 'none':
      return { method: 'none', username };
    case 'password':
      return { method: 'password', username, password: ctx.password };
    case 'publickey':
      return {
        method: 'publickey',
        username,
        key: ctx.key.data,
        ...(ctx.signature && ctx.blob ? { signature: { blob: ctx.blob, signature: ctx.signature, hashAlgo: ctx.hashAlgo } } : {}),
      };
    default:
      return { method: 'other', username };
  }
}

/** The viewer io over an SSH shell channel: unsent bytes are the channel's and the socket's. */
function channelIo(channel: ServerChannel, socket: Socket): ViewerIo {
  let ended = false;
  return {
    write(data) {
      if (!ended && channel.writable) channel.write(data);
    },
    unsent: () => channel.writableLength + socket.writableLength,
    onDrain(listener) {
      channel.on('drain', listener);
      socket.on('drain', listener);
    },
    end(failed) {
      if (ended) return;
      ended = true;
      try {
        channel.exit(failed ? 1 : 0);
        channel.end();
      } catch {
        // The channel is already gone.
      }
      // One shell per connection: once it is over, so is the connection. The client closes
      // it once it has read the exit status; one that does not is cut off shortly after.
      const cutOff = setTimeout(() => socket.destroy(), CLOSE_GRACE_MS);
      socket.once('close', () => clearTimeout(cutOff));
    },
    destroy() {
      ended = true;
      socket.destroy();
    },
  };
}

/** Starts listening; resolves once the port is open. */
export function startSshServer(room: Room, options: SshServerOptions): Promise<SshServer> {
  const handshakeMs = options.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS;
  const maxConnections = options.maxConnections ?? 1024;
  const log = options.log ?? (() => {});
  const sockets = new Set<Socket>();
  // ssh2 announces a connection only once the client said hello; find its socket by address.
  const pending = new Map<string, Socket>();
  const peerKey = (ip: string | undefined, port: number | undefined) => `${ip ?? ''}|${port ?? ''}`;

  const ssh = new ssh2.Server({ hostKeys: [options.hostKey], ident: 'lectern' }, (client, info) => {
    const key = peerKey(info.ip, info.port);
    const socket = pending.get(key);
    pending.delete(key);
    if (!socket) {
      client.end();
      return;
    }
    serveClient(client, socket);
  });
  // A server-level error is about one client; never let it become an uncaught exception.
  ssh.on('error', () => {});

  function serveClient(client: Connection, socket: Socket): void {
    let role: ViewerRole = 'viewer';
    let userName = '';
    let sessions = 0;
    let failures = 0;
    let viewer: Viewer | undefined;
    client.on('error', () => socket.destroy());
    client.on('authentication', (ctx) => {
      const decision = decideAuth(options.auth, attemptOf(ctx));
      if (decision.accept === true) {
        role = decision.role;
        userName = ctx.username;
        ctx.accept();
      } else if (decision.accept === 'ask-signature') {
        // ssh2 answers a key query with PK_OK when accepted without a signature.
        ctx.accept();
      } else if (++failures > MAX_AUTH_FAILURES) {
        // Guessing passwords costs a new connection (and its handshake) every few tries.
        ctx.reject();
        socket.destroy();
      } else {
        // 'none' is how every client starts; it is not a failed guess.
        if (ctx.method === 'none') failures--;
        ctx.reject(decision.methods);
      }
    });
    client.on('ready', () => socket.emit('lectern:ready'));
    // Port forwarding, both ways, and everything global: refused.
    client.on('request', (_accept, reject) => reject?.());
    client.on('tcpip', (_accept, reject) => reject());
    client.on('openssh.streamlocal', (_accept, reject) => reject());
    client.on('session', (accept, reject) => {
      // One slide view per connection.
      if (sessions++ > 0) return void reject();
      const session = accept();
      let pty = { columns: 0, rows: 0, term: undefined as string | undefined };
      const locale: LocaleEnv = {};
      session.on('env', (ok, no, info) => {
        if (!acceptedLocale(info.key, info.val)) return void no?.();
        locale[info.key as keyof LocaleEnv] = info.val;
        ok?.();
      });
      session.on('pty', (ok, _no, info) => {
        pty = { columns: info.cols, rows: info.rows, term: info.term };
        ok?.();
      });
      session.on('window-change', (ok, _no, info) => {
        ok?.();
        if (viewer) viewer.resize(info.cols, info.rows);
        else pty = { ...pty, columns: info.cols, rows: info.rows };
      });
      for (const type of REFUSED_SESSION_REQUESTS) {
        session.on(type as 'exec', (_ok: unknown, no?: () => void) => no?.());
      }
      session.on('shell', (ok) => {
        const channel = ok();
        if (!channel) return;
        const decoder = new StringDecoder('utf8');
        viewer = room.join({ io: channelIo(channel, socket), role, columns: pty.columns, rows: pty.rows, term: pty.term, locale });
        if (!viewer) return;
        const joined = viewer;
        channel.on('data', (chunk: Buffer) => joined.input(decoder.write(chunk)));
        channel.on('error', () => joined.gone());
        channel.on('close', () => joined.gone());
        log(`${role} "${displayName(userName)}" joined (${room.viewers} watching)`);
      });
    });
    client.on('close', () => {
      viewer?.gone();
      if (viewer) log(`${role} "${displayName(userName)}" left (${room.viewers} watching)`);
      viewer = undefined;
    });
  }

  const server: NetServer = createServer((socket) => {
    socket.on('error', () => socket.destroy());
    if (sockets.size >= maxConnections) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.setNoDelay(NO_DELAY);
    const key = peerKey(socket.remoteAddress, socket.remotePort);
    pending.set(key, socket);
    // Not logged in in time (a port scanner, a stuck client, a slowloris): closed.
    const timer = setTimeout(() => socket.destroy(), handshakeMs);
    socket.once('lectern:ready', () => clearTimeout(timer));
    socket.once('close', () => {
      clearTimeout(timer);
      sockets.delete(socket);
      if (pending.get(key) === socket) pending.delete(key);
    });
    ssh.injectSocket(socket);
  });
  server.on('error', () => {});

  return new Promise((resolve, reject) => {
    const onListenError = (error: Error) => reject(error);
    server.once('error', onListenError);
    server.listen(options.port, options.host, () => {
      server.off('error', onListenError);
      resolve({
        address: () => server.address() as AddressInfo,
        connections: () => sockets.size,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
