import type { Deck } from '../deck/types.js';
import type { Styles } from '../theme/styles.js';
import { checkDeck } from './check-deck.js';
import type { Finding, ScreenSize } from './finding.js';
import { formatJson, formatReport, formatSplits } from './format.js';
import type { FileExists } from './link-findings.js';

/** What `lectern check` needs from the outside world, handed in by the CLI. */
export interface CheckRun {
  /** The decks to check: one lesson, or every lesson of a folder. */
  decks: readonly Deck[];
  sizes: readonly ScreenSize[];
  format: 'text' | 'json';
  styles: Styles;
  exists: FileExists;
  /** How to name a lesson's file in the report (e.g. relative to the current folder). */
  fileName: (source: string) => string;
}

/** The report `lectern check` prints and its exit code: 1 when anything was found, else 0. */
export function runCheck(run: CheckRun): { output: string; code: 0 | 1; findings: Finding[] } {
  const findings = run.decks.flatMap((deck) =>
    checkDeck(deck, { sizes: run.sizes, styles: run.styles, exists: run.exists, file: run.fileName(deck.meta.source) }),
  );
  const slides = run.decks.reduce((n, deck) => n + deck.slides.length, 0);
  const output =
    run.format === 'json'
      ? formatJson(findings)
      : formatSplits(
          run.decks.map((deck) => {
            const file = run.fileName(deck.meta.source);
            const tall = findings.some((f) => f.file === file && f.kind === 'too-tall');
            return { file, slides: deck.slides.length, tall, ...(deck.meta.split ? { split: deck.meta.split } : {}) };
          }),
        ) + formatReport(findings, run.sizes, run.decks.length, slides);
  return { output, code: findings.length > 0 ? 1 : 0, findings };
}
