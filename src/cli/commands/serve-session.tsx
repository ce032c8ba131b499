/**
 * `lectern serve`: the teacher presents on this terminal as usual while students watch
 * over SSH (or a local socket). The teacher's view moves the stage; the room shows it to
 * every viewer; the teacher's status bar counts them. Without a terminal (a service, a
 * pipe) it serves headless, and a remote presenter drives.
 */
import { networkInterfaces } from 'node:os';
import { startPosition } from '../../deck/navigate.js';
import type { Deck, Position } from '../../deck/types.js';
import { watchLesson } from '../../load/watch.js';
import { chooseStrings, type UiStrings } from '../../render/ui-strings.js';
import type { Theme } from '../../theme/theme.js';
import { runFullScreen, type TerminalIo } from '../../terminal/fullscreen.js';
import { socketPathFor, startPresenterLink, type PresenterLink } from '../../follow/notes-link.js';
import { PresenterShell, type OpenLesson, type ShellOptions } from '../../terminal/presenter-shell.js';
import { withPlacedPictures } from '../../terminal/present-terminal.js';
import { loginBanner, neededToWatch, PRESENTER_USER, type AuthPolicy } from '../../follow/ssh/auth.js';
import { loadOrCreateHostKey } from '../../follow/ssh/host-key.js';
import { Room } from '../../follow/room.js';
import { startSocketServer, type SocketServer } from '../../follow/socket/server.js';
import { startSshServer, type SshServer } from '../../follow/ssh/server.js';
import { Stage } from '../../follow/stage.js';
import { onExitSignals } from '../../session/exit-signals.js';

/** Everything `lectern serve` was asked to do. */
export interface ServeConfig {
  /** The lesson shown first (a course folder opens its menu on the teacher's terminal). */
  deck: Deck;
  lessonPath: string;
  first: OpenLesson | undefined;
  /** The teacher's presenter session, as for plain presenting. */
  shell: Omit<ShellOptions, 'onPosition' | 'onLesson'>;
  /** The viewers' look: the teacher's theme, each at its own color depth. */
  theme: Theme;
  ascii: boolean;
  maxViewers: number;
  /** Viewers one network address may have at once. */
  maxViewersPerAddress: number;
  /** Serve SSH (unless only a socket was asked for). */
  ssh: { host: string; port: number; hostKeyDir: string; auth: AuthPolicy } | undefined;
  /** Serve `lectern follow --socket PATH` viewers. */
  socketPath: string | undefined;
  /** The teacher's terminal; undefined serves headless. */
  terminal: TerminalIo | undefined;
  /** Where the connection instructions and (headless) the log go. */
  out: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/** The mover name for the teacher's own keys on the stage. */
const TEACHER = Symbol('teacher');

/** Log lines kept while the teacher's terminal shows slides, printed when it is given back. */
const KEPT_LOG_LINES = 200;

/** Viewer-count updates redraw the teacher's view at most this often. */
const AUDIENCE_REDRAW_MS = 100;

function stringsFor(deck: Deck, config: ServeConfig): UiStrings {
  return chooseStrings(deck.meta.lang ?? config.shell.courseLang, config.shell.envLang);
}

/** Addresses students can type: the host itself, or this machine's addresses for a wildcard. */
function hostsToShow(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host.includes(':') ? `[${host}]` : host];
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (!a.internal && (a.family === 'IPv4' || host === '::')) found.push(a.family === 'IPv6' ? `[${a.address}]` : a.address);
    }
  }
  return found.length > 0 ? found : ['<this machine>'];
}

function instructions(config: ServeConfig, ssh: SshServer | undefined, fingerprint: string | undefined): string {
  const lines = [`lectern: serving "${config.deck.meta.title}" (${config.deck.slides.length} slides)`];
  if (ssh && config.ssh) {
    const { port } = ssh.address();
    const portArg = port === 22 ? '' : `-p ${port} `;
    for (const host of hostsToShow(config.ssh.host)) lines.push(`  watch:      ssh ${portArg}anyname@${host}`);
    if ((config.ssh.auth.presenterKeys?.length ?? 0) > 0) lines.push(`  present:    ssh ${portArg}${PRESENTER_USER}@${hostsToShow(config.ssh.host)[0]}`);
    lines.push(`  listening:  ${config.ssh.host} port ${port}`);
    if (fingerprint) lines.push(`  host key:   ${fingerprint}`);
    lines.push(`  students:   need ${neededToWatch(config.ssh.auth)}`);
  }
  if (config.socketPath) lines.push(`  local:      lectern follow --socket ${config.socketPath}`);
  const perAddress = ssh && config.maxViewersPerAddress < config.maxViewers ? ` (${config.maxViewersPerAddress} from one address)` : '';
  lines.push(`  viewers:    at most ${config.maxViewers}${perAddress}; ← → browse, f follows again, q leaves`);
  return `${lines.join('\n')}\n`;
}

/** Waits for Enter (start) or q/Ctrl-C (do not), on a raw terminal. */
function waitToStart(stdin: NodeJS.ReadStream): Promise<boolean> {
  return new Promise((resolve) => {
    if (stdin.isTTY) stdin.setRawMode(true);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      const stop = /[q\u0003\u0004]/.test(text);
      if (!stop && !/[\r\n]/.test(text)) return;
      stdin.off('data', onData);
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.pause();
      resolve(!stop);
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}

/** Runs the server (and the teacher's view) until the teacher quits or a signal stops it. */
export async function serve(config: ServeConfig): Promise<number> {
  const stage = new Stage(config.deck, stringsFor(config.deck, config), config.first?.start ?? startPosition);
  let audienceTimer: NodeJS.Timeout | undefined;
  let redraw = () => {};
  const room = new Room({
    stage,
    theme: config.theme,
    ascii: config.ascii,
    maxViewers: config.maxViewers,
    maxViewersPerAddress: config.maxViewersPerAddress,
    onAudience: () => {
      audienceTimer ??= setTimeout(() => {
        audienceTimer = undefined;
        redraw();
      }, AUDIENCE_REDRAW_MS);
    },
  });

  let ssh: SshServer | undefined;
  let local: SocketServer | undefined;
  let fingerprint: string | undefined;
  // Headless, the log goes out as it happens; on the teacher's terminal (showing slides) the
  // latest lines are kept and printed once the screen is given back.
  const kept: string[] = [];
  const stamp = (line: string) => `${new Date().toISOString()} ${line}\n`;
  const log = config.terminal
    ? (line: string) => {
        kept.push(stamp(line));
        if (kept.length > KEPT_LOG_LINES) kept.shift();
      }
    : (line: string) => config.out(stamp(line));
  try {
    if (config.ssh) {
      const key = loadOrCreateHostKey(config.ssh.hostKeyDir);
      fingerprint = key.fingerprint;
      if (key.notice) config.out(`lectern: ${key.notice}\n`);
      ssh = await startSshServer(room, {
        host: config.ssh.host,
        port: config.ssh.port,
        hostKey: key.privateKey,
        auth: config.ssh.auth,
        banner: loginBanner(config.deck.meta.title, config.ssh.auth),
        log,
      });
    }
    if (config.socketPath) local = await startSocketServer(room, { path: config.socketPath });
  } catch (error) {
    await ssh?.close();
    throw new Error(`cannot serve: ${error instanceof Error ? error.message : String(error)}`);
  }
  config.out(instructions(config, ssh, fingerprint));

  const notes = openNotesLink(config.lessonPath, config.env);
  const startedAt = Date.now();
  const publishNotes = (position: Position, lesson: string) => {
    if (lesson !== '-') notes?.publish({ slide: position.slide, step: position.step, startedAt, lesson });
  };
  publishNotes(stage.snapshot.position, config.lessonPath);

  // A signal ends the teacher's view with process.exit() (runFullScreen), past stop():
  // students' screens are given back then too. Writes to their sockets go out at once.
  // Students get a goodbye in the lesson's language before their terminal is theirs again.
  const restoreViewers = () => room.closeAll(stage.snapshot.strings.goodbye);
  process.once('exit', restoreViewers);
  const stop = async (code: number) => {
    process.off('exit', restoreViewers);
    clearTimeout(audienceTimer);
    restoreViewers();
    notes?.close();
    await Promise.all([ssh?.close(), local?.close()]);
    if (kept.length > 0) config.out(`lectern: the server's log of this session:\n${kept.join('')}`);
    return code;
  };

  if (!config.terminal) return stop(await serveHeadless(config, stage));

  const terminal = config.terminal;
  config.out('Press Enter to start presenting (q to stop). q in the slides ends the session for everyone.\n');
  if (!(await waitToStart(terminal.stdin))) return stop(0);

  let lessonPath = config.first?.path;
  let moveTo: { id: number; position: Position } | undefined;
  const options: ShellOptions = {
    ...config.shell,
    onPosition: (position, lesson) => {
      stage.show(lesson.deck, stringsFor(lesson.deck, config), position, TEACHER);
      publishNotes(position, lesson.path);
    },
    onLesson: (lesson) => {
      // The same lesson again is a reload: stay on the slide. Another lesson starts at its start.
      const position = lesson.path === lessonPath ? stage.snapshot.position : (lesson.start ?? startPosition);
      lessonPath = lesson.path;
      stage.show(lesson.deck, stringsFor(lesson.deck, config), position, TEACHER);
    },
  };
  // A remote presenter moved the stage: the teacher's view goes there too.
  stage.subscribe((snap, mover) => {
    if (mover === TEACHER) return;
    moveTo = { id: (moveTo?.id ?? 0) + 1, position: snap.position };
    redraw();
  });
  // The teacher's own terminal may draw pictures itself (viewers always get half blocks).
  const placed = withPlacedPictures(options);
  const graphics = options.styles.level > 0 && !options.styles.ascii ? { graphics: config.env } : {};
  const session = runFullScreen(
    terminal,
    ({ viewport, keys, quit, placedPictures }) => (
      <PresenterShell
        options={placedPictures ? placed : options}
        first={config.first}
        viewport={viewport}
        keys={keys}
        onQuit={() => quit(0)}
        viewers={room.viewers}
        {...(moveTo ? { moveTo } : {})}
      />
    ),
    graphics,
  );
  redraw = () => session.refresh();
  return stop(await session.done);
}

/** Serves without a view: follows the lesson file's changes until SIGINT, SIGTERM or SIGHUP. */
function serveHeadless(config: ServeConfig, stage: Stage): Promise<number> {
  config.out('No terminal to present on: serving until stopped (Ctrl-C). A presenter key can drive the slides.\n');
  const stopWatching =
    config.lessonPath === '-'
      ? undefined
      : watchLesson(
          config.lessonPath,
          (deck) => stage.show(deck, stringsFor(deck, config), stage.snapshot.position),
          () => {},
        );
  return new Promise((resolve) => {
    const stopSignals = onExitSignals(() => {
      stopSignals();
      void stopWatching?.();
      resolve(0);
    });
  });
}

/** The notes link for `lectern notes PATH` in another pane; none when there cannot be one. */
function openNotesLink(lessonPath: string, env: NodeJS.ProcessEnv): PresenterLink | undefined {
  if (lessonPath === '-') return undefined;
  try {
    return startPresenterLink(socketPathFor(lessonPath, env));
  } catch {
    return undefined;
  }
}
