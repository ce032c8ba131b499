/**
 * The SSH front door: owns the TCP listener (so every stage of a login has a deadline and
 * connections on their way in are bounded: ./limits.ts), hands each socket to ssh2, decides
 * who gets in, refuses everything but a pty and a shell, and joins each shell to the room.
 * Nothing a client does can stop the server: every error is contained to its connection.
 */
import { createServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import ssh2 from 'ssh2';
import type { AuthContext, Connection, ServerChannel } from 'ssh2';
import { decideAuth, displayName, type AuthAttempt, type AuthPolicy } from './auth.js';
import { DEFAULT_LOGIN_LIMITS, PasswordPenalty, sourceOf, StartupPool, type LoginLimits } from './limits.js';
import { LogLimiter } from './log-limiter.js';
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
  /** Login deadlines and caps (OpenSSH's defaults where it has them). */
  limits?: Partial<LoginLimits>;
  /**
   * TCP connections at once, in the room or on their way in; a newcomer beyond it pushes out
   * an idle one or is closed at once. Default: the room's capacity plus `maxStartups`.
   */
  maxConnections?: number;
  /** Shown by the client before it asks for anything (what students need to get in). */
  banner?: string;
  /** One line about each join and leave and each failed login (user names sanitized, never a password). */
  log?: (line: string) => void;
}

/** A running SSH server. */
export interface SshServer {
  /** Where it listens. */
  address(): AddressInfo;
  /** TCP connections open now. */
  connections(): number;
  /** Connections on their way in (not in the room yet). */
  startups(): number;
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
}

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
  const limits: LoginLimits = { ...DEFAULT_LOGIN_LIMITS, ...options.limits };
  const maxConnections = options.maxConnections ?? room.capacity + limits.maxStartups;
  const log = options.log ?? (() => {});
  // Failed logins and refusals are logged, but a flood of them cannot flood the log; a flood
  // of refusals cannot hide the failed logins either.
  const failedLogins = new LogLimiter(log);
  const noisy = new LogLimiter(log);
  const sockets = new Set<Socket>();
  const startups = new StartupPool<Socket>(limits);
  const penalty = new PasswordPenalty(limits.penalty);
  // ssh2 announces a connection only once the client said hello; find its socket by address.
  const pending = new Map<string, Socket>();
  const peerKey = (ip: string | undefined, port: number | undefined) => `${ip ?? ''}|${port ?? ''}`;

  const ssh = new ssh2.Server({ hostKeys: [options.hostKey], ident: 'lectern', ...(options.banner ? { banner: options.banner } : {}) }, (client, info) => {
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
    const address = socket.remoteAddress ?? '?';
    let role: ViewerRole = 'viewer';
    let userName = '';
    let sessions = 0;
    let failures = 0;
    let viewer: Viewer | undefined;
    client.on('error', () => socket.destroy());
    client.on('handshake', () => {
      startups.progress(socket, 'authenticating');
      socket.emit('lectern:kex');
    });
    client.on('authentication', (ctx) => {
      const decision = decideAuth(options.auth, attemptOf(ctx), address);
      if (decision.accept === true) {
        role = decision.role;
        userName = ctx.username;
        ctx.accept();
        return;
      }
      if (decision.accept === 'ask-signature') {
        // ssh2 answers a key query with PK_OK when accepted without a signature.
        ctx.accept();
        return;
      }
      // 'none' is how every client starts (asking which methods there are): not a failure.
      if (ctx.method === 'none') return void ctx.reject(decision.methods);
      failures++;
      failedLogins.line(
        `login failed: "${displayName(ctx.username)}" from ${address} (${ctx.method === 'password' ? 'wrong password' : ctx.method === 'publickey' ? 'key not accepted' : ctx.method}, ${failures} of ${limits.maxAuthTries})`,
      );
      const answer = () => {
        if (socket.destroyed) return;
        if (failures >= limits.maxAuthTries) {
          // Guessing on costs a new connection (and its handshake) every few tries.
          ctx.reject();
          socket.destroy();
        } else {
          ctx.reject(decision.methods);
        }
      };
      // A wrong password is answered only after the address's penalty (./limits.ts).
      if (ctx.method === 'password') setTimeout(answer, penalty.fail(sourceOf(address))).unref();
      else answer();
    });
    client.on('ready', () => {
      startups.progress(socket, 'idle');
      socket.emit('lectern:ready');
    });
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
        // In the room (or turned away by it): no longer on its way in.
        startups.remove(socket);
        socket.emit('lectern:shell');
        const decoder = new StringDecoder('utf8');
        viewer = room.join({
          io: channelIo(channel, socket),
          role,
          columns: pty.columns,
          rows: pty.rows,
          term: pty.term,
          locale,
          source: sourceOf(address),
          onRefused: (refusal) =>
            noisy.line(
              `turned away ${role} "${displayName(userName)}" from ${address}: ${
                refusal.reason === 'full'
                  ? `the room is full (at most ${refusal.max} ${role}s)`
                  : `${refusal.max} viewers already watch from there (--max-viewers-per-address)`
              }`,
            ),
        });
        if (!viewer) return;
        const joined = viewer;
        channel.on('data', (chunk: Buffer) => joined.input(decoder.write(chunk)));
        channel.on('error', () => joined.gone());
        channel.on('close', () => joined.gone());
        log(`${role} "${displayName(userName)}" joined from ${address} (${room.viewers} watching)`);
      });
    });
    client.on('close', () => {
      viewer?.gone();
      if (viewer) log(`${role} "${displayName(userName)}" left (${room.viewers} watching)`);
      viewer = undefined;
    });
  }

  // Newcomers join the pool once this turn of the event loop has read what every socket sent:
  // a crowd accepted in one batch must not push out a student whose greeting is already here,
  // only not yet read.
  let arrivals: { socket: Socket; source: string }[] = [];
  function queueAdmission(socket: Socket, source: string): void {
    if (arrivals.push({ socket, source }) === 1) setImmediate(admitArrivals);
  }
  function admitArrivals(): void {
    const batch = arrivals;
    arrivals = [];
    for (const { socket, source } of batch) {
      if (socket.destroyed) continue;
      const admission = startups.admit(socket, source);
      if (!admission.admit) {
        noisy.line(`refused a connection from ${socket.remoteAddress ?? '?'}: ${startups.from(source)} logins under way from there, ${startups.size} in all`);
        socket.destroy();
        continue;
      }
      admission.evict?.destroy();
      if (socket.bytesRead > 0) startups.progress(socket, 'handshaking');
    }
  }

  /** Arms one deadline: the socket is closed unless `done` is emitted on it first. */
  function deadline(socket: Socket, ms: number, done: string, what: string): void {
    const timer = setTimeout(() => {
      noisy.line(`closed a connection from ${socket.remoteAddress ?? '?'}: ${what}`);
      socket.destroy();
    }, ms);
    socket.once(done, () => clearTimeout(timer));
    socket.once('close', () => clearTimeout(timer));
  }

  const server: NetServer = createServer((socket) => {
    socket.on('error', () => socket.destroy());
    const address = socket.remoteAddress ?? '?';
    const source = sourceOf(address);
    // Descriptors are finite: past the cap a newcomer must push someone idle out, or go.
    if (sockets.size >= maxConnections) {
      const idle = startups.makeRoom();
      if (idle === undefined) {
        noisy.line(`refused a connection from ${address}: ${sockets.size} connections open`);
        socket.destroy();
        return;
      }
      idle.destroy();
    }
    queueAdmission(socket, source);
    sockets.add(socket);
    socket.setNoDelay(NO_DELAY);
    const key = peerKey(socket.remoteAddress, socket.remotePort);
    pending.set(key, socket);
    socket.once('data', () => startups.progress(socket, 'handshaking'));
    // A port scanner, a stuck client, a slowloris: each stage has its deadline.
    deadline(socket, limits.kexMs, 'lectern:kex', 'no key exchange in time');
    deadline(socket, limits.loginGraceMs, 'lectern:ready', 'not logged in in time');
    socket.once('lectern:ready', () => deadline(socket, limits.sessionMs, 'lectern:shell', 'logged in but opened no shell in time'));
    socket.once('close', () => {
      sockets.delete(socket);
      startups.remove(socket);
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
        startups: () => startups.size,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
