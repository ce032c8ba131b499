import { backgroundFromOscReply, oscReplySpan, type Background } from '../theme/background.js';

/** Asks for the background colour (OSC 11), then for the device attributes (DA1). */
const QUERY = '\u001B]11;?\u001B\\\u001B[c';
// Every terminal answers DA1 (`ESC [ ? … c`); one that answers it without having answered
// OSC 11 first does not know OSC 11, so the wait ends there instead of at the timeout.
const DA1_REPLY = /\u001B\[\?[0-9;]*c/;

/**
 * Asks the terminal what its background is and waits for the answer: the terminal's round
 * trip (a few ms on this machine, more over SSH), and never more than `timeoutMs` for one
 * that answers nothing. Keys typed meanwhile are put back for the presenter to read.
 * Undefined when stdin/stdout are not a terminal or it did not say.
 */
export function queryBackground(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream, timeoutMs = 120): Promise<Background | undefined> {
  if (!stdin.isTTY || !stdout.isTTY) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const wasRaw = stdin.isRaw;
    let input = '';
    const finish = (background: Background | undefined) => {
      clearTimeout(timer);
      stdin.off('data', onData);
      stdin.pause();
      if (!wasRaw) stdin.setRawMode(false);
      let rest = input;
      const reply = oscReplySpan(rest);
      if (reply) rest = rest.slice(0, reply.index) + rest.slice(reply.index + reply.length);
      rest = rest.replace(DA1_REPLY, '');
      if (rest !== '') stdin.unshift(Buffer.from(rest, 'utf8'));
      resolve(background);
    };
    const onData = (chunk: Buffer | string) => {
      input += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      const background = backgroundFromOscReply(input);
      if (background) finish(background);
      else if (DA1_REPLY.test(input)) finish(undefined);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.resume();
    stdout.write(QUERY);
  });
}
