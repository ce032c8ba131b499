import type { SlideSplit } from '../deck/types.js';
import { describeSplit } from '../parse/slide-split.js';
import { sizeLabel, type Finding, type ScreenSize } from './finding.js';

/**
 * One line per finding, as compilers print them so editors and terminals can jump to the
 * place: `FILE:LINE: slide N (step S) at 80x24: message`.
 */
export function formatFinding(f: Finding): string {
  const where = f.slide === null ? '' : `slide ${f.slide}${f.step === null ? '' : ` (step ${f.step})`}`;
  const size = f.size === null ? '' : `${where === '' ? '' : ' '}at ${f.size}`;
  const context = where + size;
  return `${f.file}:${f.line}: ${context === '' ? '' : `${context}: `}${f.message}`;
}

/** The human report: every finding, then a one-line summary. */
export function formatReport(findings: readonly Finding[], sizes: readonly ScreenSize[], lessons: number, slides: number): string {
  const at = sizes.map(sizeLabel).join(', ');
  const what = `${count(slides, 'slide')} in ${count(lessons, 'lesson')}`;
  const summary =
    findings.length === 0 ? `No problems at ${at}: ${what}.` : `${count(findings.length, 'problem')} at ${at} (${what}).`;
  return [...findings.map(formatFinding), summary].join('\n') + '\n';
}

/** `--format json`: the findings as a JSON array, one object per line for readable diffs. */
export function formatJson(findings: readonly Finding[]): string {
  if (findings.length === 0) return '[]\n';
  return `[\n${findings.map((f) => `  ${JSON.stringify(f)}`).join(',\n')}\n]\n`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * How lessons were cut into slides, one line a lesson (`FILE: 26 slides, split at ##
 * headings: …`), where it is news: a lesson split at its headings, and a lesson that is
 * one slide too tall for the screen (why was it not split?). Cutting at `---` is what
 * everyone expects and is left unsaid, so an ordinary deck's report stays as it was.
 */
export function formatSplits(lessons: readonly { file: string; slides: number; split?: SlideSplit; tall?: boolean }[]): string {
  return lessons
    .filter((l) => l.split !== undefined && ((l.split.by === 'headings' && l.slides > 1) || (l.slides === 1 && l.tall === true)))
    .map((l) => `${l.file}: ${count(l.slides, 'slide')}, ${describeSplit(l.split!)}\n`)
    .join('');
}
