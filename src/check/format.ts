import type { SlideSplit } from '../deck/types.js';
import { describeSplit } from '../parse/slide-split.js';
import { guardLine } from '../render/text/sgr/guard.js';
import { sizeLabel, type Finding, type ScreenSize } from './finding.js';

/**
 * One line per finding, as compilers print them so editors and terminals can jump to the
 * place: `FILE:LINE: slide N (step S) at 80x24: message`.
 */
export function formatFinding(f: Finding): string {
  const where = f.slide === null ? '' : `slide ${f.slide}${f.step === null ? '' : ` (step ${f.step})`}`;
  const size = f.size === null ? '' : `${where === '' ? '' : ' '}at ${f.size}`;
  const context = where + size;
  // File names, link targets and YAML values come from outside: no escape reaches the terminal.
  return guardLine(`${f.file}:${f.line}: ${context === '' ? '' : `${context}: `}${f.message}`);
}

/** The human report: every finding, then a one-line summary. */
export function formatReport(findings: readonly Finding[], sizes: readonly ScreenSize[], lessons: number, slides: number): string {
  const at = sizes.map(sizeLabel).join(', ');
  const what = `${count(slides, 'slide')} in ${count(lessons, 'lesson')}`;
  const summary = findings.length === 0 ? `No problems at ${at}: ${what}.` : `${count(findings.length, 'problem')} at ${at} (${what}).`;
  return [...findings.map(formatFinding), summary].join('\n') + '\n';
}

/** `--format json`: the findings as a JSON array, one object per line for readable diffs. */
export function formatJson(findings: readonly Finding[]): string {
  if (findings.length === 0) return '[]\n';
  return `[\n${findings.map((f) => `  ${jsonLine(f)}`).join(',\n')}\n]\n`;
}

// JSON.stringify escapes C0 controls but leaves DEL, C1 (U+009B is a CSI to some terminals)
// and bidi controls raw; escape those too, so the report is safe to print and still exact.
function jsonLine(finding: Finding): string {
  return JSON.stringify(finding).replace(
    /[\u007F-\u009F\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
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
