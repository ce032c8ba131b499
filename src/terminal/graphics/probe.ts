import { CELL_SIZE_QUERY, DA1_QUERY, KITTY_QUERY, takeReplies, type GraphicsProtocol, type ProbeAnswers, type GraphicsEnv, graphicsPlan } from './detect.js';

/** How long a terminal may take to answer; one that never answers DA1 gets half blocks. */
const PROBE_TIMEOUT_MS = 400;

/** What the probe found: the protocol to draw with (none: half blocks) and the cell size in pixels. */
export interface GraphicsSupport {
  protocol: GraphicsProtocol | undefined;
  cell: { width: number; height: number };
}

/** The usual cell when the terminal does not say (a 10x20 pixel cell is common at 100% scale). */
const DEFAULT_CELL = { width: 10, height: 20 };

/**
 * Asks the terminal what it can draw, without waiting for it: the queries are written once
 * the first slide is on screen, answers are picked out of the key input (`feed`), and
 * `result` settles on the DA1 answer (or a timeout). Nothing is shown differently until it does.
 */
export class GraphicsProbe {
  private readonly answers: ProbeAnswers = {};
  private pending = '';
  private settle: (support: GraphicsSupport) => void = () => {};
  private timer: NodeJS.Timeout | undefined;
  private done = false;
  /** Settles once what the terminal can draw is known. */
  readonly result: Promise<GraphicsSupport>;

  constructor(private readonly env: GraphicsEnv) {
    this.result = new Promise((resolve) => (this.settle = resolve));
  }

  /** Writes the queries (or settles at once on what the environment alone says). */
  start(write: (data: string) => void): void {
    const plan = graphicsPlan(this.env);
    if (plan.trusted) {
      // iTerm2 still reports its cell size; without an answer soon the default does.
      write(CELL_SIZE_QUERY + DA1_QUERY);
      this.answers.kitty = false;
      this.finishAs(plan.trusted);
      return;
    }
    if (!plan.queryKitty && !plan.querySixel) return this.finishAs(undefined);
    write((plan.queryKitty ? KITTY_QUERY : '') + CELL_SIZE_QUERY + DA1_QUERY);
    this.timer = setTimeout(() => this.finishAs(this.answers.kitty ? 'kitty' : undefined), PROBE_TIMEOUT_MS);
  }

  /** Terminal input: answers to the queries are taken out (always, even late ones), keys returned. */
  feed(chunk: string): string {
    if (!chunk.includes('\u001B') && this.pending === '') return chunk;
    const { rest, pending } = takeReplies(this.pending + chunk, this.answers);
    // Once DA1 is in, nothing more is owed: an unfinished sequence is a key's, not held back.
    this.pending = this.answers.da1 ? '' : pending;
    const keys = this.answers.da1 ? rest + pending : rest;
    if (this.answers.da1 && !this.done) this.finishAs(this.answers.kitty ? 'kitty' : this.answers.sixel ? 'sixel' : undefined);
    return keys;
  }

  /** Stops waiting (the session ends). */
  stop(): void {
    clearTimeout(this.timer);
    this.finishAs(undefined);
  }

  private finishAs(protocol: GraphicsProtocol | undefined): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.timer);
    // The cell size answer comes before DA1; a trusted terminal's may come later, but a default serves.
    setTimeout(() => this.settle({ protocol, cell: this.answers.cell ?? DEFAULT_CELL }), protocol && !this.answers.cell ? 60 : 0);
  }
}
