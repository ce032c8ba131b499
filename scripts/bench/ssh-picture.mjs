// The picture row of the SSH bench: `lectern serve` with one OpenSSH follower (in a pty of
// the size measured, so the server lays out for it), the teacher presses → onto a slide
// holding a 1920x1080 screenshot (scripts/bench/picture.mjs). Measured per follower:
//   time to picture  key written → the follower has received the picture's half blocks (then quiet)
//   bytes            what the follower received for that slide

import pty from 'node-pty';
import { writeScreenshotDeck } from './picture.mjs';
import { pause, studentSshArgs, until } from './ssh-client.mjs';

/** One run at `cols` x `rows`: { cols, rows, ms, bytes }. */
export async function sshPictureRun(bin, root, workDir, env, cols, rows) {
  const deckPath = writeScreenshotDeck(workDir);
  let screen = '';
  const teacher = pty.spawn(process.execPath, [bin, 'serve', deckPath, '--port', '0'], { name: 'xterm-256color', cols: 100, rows: 30, cwd: root, env });
  teacher.onData((d) => (screen = (screen + d).slice(-20000)));
  let viewer;
  try {
    await until(() => /ssh -p \d+/.test(screen) && screen.includes('Press Enter'), 15000, 'the server');
    const port = Number(/ssh -p (\d+)/.exec(screen)[1]);
    teacher.write('\r');
    await until(() => screen.includes('1/2'), 10000, 'the teacher view');
    const chunks = [];
    viewer = pty.spawn('ssh', studentSshArgs(port), { name: 'xterm-256color', cols, rows, env: { ...env, TERM: 'xterm-256color' }, cwd: workDir });
    viewer.onData((d) => chunks.push({ t: performance.now(), text: d }));
    await until(() => chunks.some((c) => c.text.includes('1/2')), 15000, 'the follower to join');
    await pause(800); // the server decodes the next slide's picture meanwhile, as in a class
    const start = chunks.length;
    const t0 = performance.now();
    teacher.write('\u001B[C');
    const halfBlocks = () => chunks.slice(start).reduce((n, c) => n + (c.text.match(/[▀▄]/g)?.length ?? 0), 0);
    await until(() => halfBlocks() > cols, 10000, 'the picture on the follower');
    const seen = chunks.length;
    await pause(150); // quiet: the rest of that redraw
    const last = chunks[chunks.length - 1];
    const atPicture = chunks[seen - 1];
    const bytes = chunks.slice(start).reduce((n, c) => n + Buffer.byteLength(c.text), 0);
    return { cols, rows, ms: (atPicture ?? last).t - t0, bytes };
  } finally {
    try {
      viewer?.kill('SIGKILL');
    } catch {
      // gone already
    }
    try {
      teacher.kill('SIGKILL');
    } catch {
      // gone already
    }
    await pause(300);
  }
}

/** Markdown rows for the report. */
export function sshPictureTable(runs) {
  return [
    '',
    "lectern serve: a 1920x1080 screenshot slide, presenter's key → one follower (256 colours, half blocks)",
    '',
    '| follower size | time to picture ms | bytes |',
    '|---|---:|---:|',
    ...runs.map((r) => `| ${r.cols}x${r.rows} | ${r.ms.toFixed(1)} | ${r.bytes} |`),
  ].join('\n');
}
