/** The terminal graphics protocols lectern can draw pictures with. */
export type GraphicsProtocol = 'kitty' | 'iterm' | 'sixel';

/** The environment variables graphics detection reads (the CLI passes them in). */
export interface GraphicsEnv {
  TERM?: string | undefined;
  TERM_PROGRAM?: string | undefined;
  LC_TERMINAL?: string | undefined;
  KITTY_WINDOW_ID?: string | undefined;
  WEZTERM_EXECUTABLE?: string | undefined;
  WEZTERM_PANE?: string | undefined;
  GHOSTTY_RESOURCES_DIR?: string | undefined;
  KONSOLE_VERSION?: string | undefined;
  TMUX?: string | undefined;
  STY?: string | undefined;
  SSH_TTY?: string | undefined;
}

/**
 * What to ask the terminal, from what the environment says about it. Only iTerm2's and
 * WezTerm's own variables (set by the app; iTerm2 has no query for its protocol) are taken
 * on trust; every other terminal is asked (kitty's query, DA1 for sixel), because names
 * lie: an old kitty, a Konsole without graphics, xterm with or without sixel look alike.
 * Inside tmux or screen nothing but sixel (which tmux 3.4 can pass on, and reports in its
 * own DA1) reaches the real terminal.
 */
export function graphicsPlan(env: GraphicsEnv): { trusted?: GraphicsProtocol; queryKitty: boolean; querySixel: boolean } {
  const multiplexed = Boolean(env.TMUX) || Boolean(env.STY) || (env.TERM ?? '').startsWith('screen') || (env.TERM ?? '').startsWith('tmux');
  if (multiplexed) return { queryKitty: false, querySixel: true };
  const program = (env.TERM_PROGRAM ?? '').toLowerCase();
  if (program === 'iterm.app' || (env.LC_TERMINAL ?? '').toLowerCase() === 'iterm2') return { trusted: 'iterm', queryKitty: false, querySixel: false };
  // WezTerm draws iTerm2's protocol most faithfully (its kitty support is partial).
  if (program === 'wezterm' || env.WEZTERM_EXECUTABLE || env.WEZTERM_PANE) return { trusted: 'iterm', queryKitty: false, querySixel: false };
  // kitty's query is an APC string, which some terminals (the Linux console, mosh) print as
  // text: it is sent only where the kitty protocol may be (the answer still decides). DA1 is
  // safe everywhere.
  const term = (env.TERM ?? '').toLowerCase();
  const kittyFamily =
    Boolean(env.KITTY_WINDOW_ID) ||
    term.includes('kitty') ||
    term.includes('ghostty') ||
    program === 'ghostty' ||
    Boolean(env.GHOSTTY_RESOURCES_DIR) ||
    Boolean(env.KONSOLE_VERSION);
  return { queryKitty: kittyFamily, querySixel: true };
}

/** kitty's graphics query: "could you show this 1x1 RGB image (id 31)?", answered `OK` or not at all. */
export const KITTY_QUERY = '\u001B_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u001B\\';
/** XTWINOPS 16: the cell size in pixels, for sixel and kitty pixel sizes. */
export const CELL_SIZE_QUERY = '\u001B[16t';
/** DA1, which every terminal answers (after the queries before it): attribute 4 means sixel. */
export const DA1_QUERY = '\u001B[c';

/** What the terminal answered, as far as it has. */
export interface ProbeAnswers {
  kitty?: boolean;
  /** DA1 arrived (every terminal answers it, and after the queries sent before it). */
  da1?: boolean;
  sixel?: boolean;
  cell?: { width: number; height: number };
}

// Replies: kitty `ESC _ G i=31 ; OK ESC \`, cell size `ESC [ 6 ; h ; w t`, DA1 `ESC [ ? 6 2 ; 4 ; … c`.
const KITTY_REPLY = /\u001B_G([^\u001B]*)\u001B\\/g;
const CELL_REPLY = /\u001B\[6;(\d+);(\d+)t/g;
const DA1_REPLY = /\u001B\[\?([\d;]*)c/g;
/** An unfinished reply at the end of a chunk: kept until the rest arrives. */
const PARTIAL = /\u001B(?:_G[^\u001B]*(?:\u001B)?|\[(?:\??[\d;]*))?$/;

/**
 * Takes the replies to our queries out of terminal input, recording them in `answers`;
 * returns the rest (keys) and any unfinished reply to prepend to the next chunk.
 */
export function takeReplies(input: string, answers: ProbeAnswers): { rest: string; pending: string } {
  let text = input.replace(KITTY_REPLY, (_, body: string) => {
    if (/(?:^|[,;])i=31(?:[,;]|$)/.test(body)) answers.kitty = /;OK$/.test(body) || body.endsWith('OK');
    return '';
  });
  text = text.replace(CELL_REPLY, (_, h: string, w: string) => {
    const height = Number(h);
    const width = Number(w);
    if (width > 0 && height > 0 && width < 1000 && height < 1000) answers.cell = { width, height };
    return '';
  });
  text = text.replace(DA1_REPLY, (_, attrs: string) => {
    answers.da1 = true;
    answers.sixel = attrs.split(';').includes('4');
    return '';
  });
  const partial = PARTIAL.exec(text);
  // A lone ESC is the Escape key; only the start of a reply waits for more.
  if (partial && partial[0].length > 1) return { rest: text.slice(0, partial.index), pending: partial[0] };
  return { rest: text, pending: '' };
}
