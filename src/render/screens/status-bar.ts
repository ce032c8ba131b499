import type { Styles } from '../../theme/styles.js';
import type { UiStrings } from '../ui-strings.js';
import { displayWidth, padEndStyled, truncateStyled } from '../text/text.js';

/** What the status bar reports. */
export interface StatusInfo {
  /** Lesson title, plain text. */
  title: string;
  slide: number;
  slideCount: number;
  step: number;
  stepCount: number;
  /** The slide is taller than the screen: the body lines in view (from 1) of how many. */
  lines?: { from: number; to: number; total: number };
  /** Replaces the title on the left: a prompt being typed or a short message. */
  notice?: string;
  /** `print`'s page of a slide taller than the screen (replaces the scroll hints). */
  page?: { page: number; pageCount: number };
  /** A key worth knowing on this slide (e.g. "f: follow" for a link to another lesson). */
  keyHint?: string;
  /** How many remote viewers watch (shown to the presenter of `lectern serve`). */
  viewers?: number;
}

/** A bar of `width` cells, `done` of `total` filled. */
export function progressBar(done: number, total: number, width: number): string {
  if (width <= 0) return '';
  const filled = total <= 1 ? width : Math.round((width * done) / total);
  return '━'.repeat(filled) + '─'.repeat(width - filled);
}

/**
 * The bottom line: lesson title (or a notice) on the left; scroll hint, step, slide n/N and
 * a progress bar on the right. Parts drop out right to left of importance as width shrinks.
 */
export function renderStatusBar(info: StatusInfo, width: number, styles: Styles, strings: UiStrings): string {
  const lines = info.lines;
  // The arrow says which way there is more; the numbers, where in the slide the screen is.
  const arrow = lines === undefined ? '' : lines.from <= 1 ? '↓' : lines.to >= lines.total ? '↑' : '↕';
  const scrolled = lines === undefined ? '' : `${arrow} ${strings.linesShown(lines.from, lines.to, lines.total)}`;
  const scroll = info.page ? strings.page(info.page.page, info.page.pageCount) : scrolled;
  const hint = [scroll, info.keyHint ?? ''].filter((h) => h !== '').join('  ');
  const step = info.stepCount > 1 ? strings.step(info.step, info.stepCount) : '';
  const counter = `${info.slide}/${info.slideCount}`;
  const barWidth = Math.max(4, Math.min(20, Math.floor(width / 8)));
  const bar = progressBar(info.slide, info.slideCount, barWidth);
  const left = info.notice ?? info.title;
  const audience = info.viewers === undefined ? '' : strings.viewers(info.viewers);

  // Try the richest arrangement first, then drop the least important parts.
  const shortScroll = info.page ? scroll : lines === undefined ? '' : `${arrow} ${lines.from}–${lines.to}/${lines.total}`;
  const shortHint = [shortScroll, info.keyHint ?? ''].filter((h) => h !== '').join('  ');
  const candidates: string[][] = [
    [audience, hint, step, counter, bar],
    [audience, shortHint, step, counter, bar],
    [audience, hint, step, counter],
    [audience, shortHint, step, counter],
    [audience, shortHint, counter],
    [audience, shortScroll, counter],
    [audience, counter],
    [counter],
  ];
  for (const parts of candidates) {
    const right = parts.filter((p) => p !== '');
    const rightText = right.join('  ');
    const room = width - displayWidth(rightText) - 3;
    if (room >= Math.min(12, displayWidth(left)) || parts.length === 1) {
      const leftText = room > 0 ? truncateStyled(left, room) : '';
      const rightStyled = right.map((p) => (p === bar ? styles.progress(p) : styles.status(p))).join(styles.status('  '));
      const gap = Math.max(1, width - 2 - displayWidth(leftText) - displayWidth(rightText));
      const line = styles.status(` ${leftText}${' '.repeat(gap)}`) + rightStyled + styles.status(' ');
      return displayWidth(line) > width ? truncateStyled(styles.status(` ${counter} `), width) : padEndStyled(line, width);
    }
  }
  return '';
}
