import { describe, expect, it } from 'vitest';
import { progressBar, renderStatusBar, type StatusInfo } from '../../../../src/render/screens/status-bar.js';
import { displayWidth } from '../../../../src/render/text/text.js';
import { stringsFor } from '../../../../src/render/ui-strings.js';
import { plain, stylesAt } from '../../../support/decks.js';

const en = stringsFor('en');

const info: StatusInfo = { title: '🧩 #3 - Pengantar KVM vs LXC', slide: 3, slideCount: 7, step: 1, stepCount: 1 };

describe('status bar', () => {
  it('shows the title, slide n/N and a progress bar, exactly as wide as the screen', () => {
    const line = plain(renderStatusBar(info, 80, stylesAt(0), en));
    expect(displayWidth(line)).toBe(80);
    expect(line).toContain('🧩 #3 - Pengantar KVM vs LXC');
    expect(line).toContain('3/7');
    expect(line).toMatch(/━+─+/);
  });

  it('says where the screen is in a slide taller than it, and which way there is more', () => {
    const at = (from: number, to: number) => plain(renderStatusBar({ ...info, lines: { from, to, total: 80 } }, 80, stylesAt(0), en));
    expect(at(1, 20)).toContain('↓ lines 1–20/80');
    expect(at(24, 43)).toContain('↕ lines 24–43/80');
    expect(at(61, 80)).toContain('↑ lines 61–80/80');
    // At the bottom it never claims "top" or "more".
    expect(at(61, 80)).not.toMatch(/top|more/);
  });

  it('keeps a short form of the position when the bar is narrow', () => {
    const line = plain(renderStatusBar({ ...info, lines: { from: 24, to: 33, total: 80 } }, 40, stylesAt(0), en));
    expect(line).toContain('24–33/80');
    expect(line).toContain('3/7');
    expect(displayWidth(line)).toBe(40);
  });

  it('shows steps and a notice instead of the title', () => {
    const line = plain(renderStatusBar({ ...info, step: 2, stepCount: 3, notice: 'Go to slide: 4' }, 80, stylesAt(0), en));
    expect(line).toContain('step 2/3');
    expect(line).toContain('Go to slide: 4');
    expect(line).not.toContain('Pengantar');
  });

  it.each([1, 5, 12, 20, 40])('keeps the slide counter and fits at %i columns', (width) => {
    const line = plain(renderStatusBar(info, width, stylesAt(0), en));
    expect(displayWidth(line)).toBeLessThanOrEqual(width);
    if (width >= 5) expect(line).toContain('3/7');
  });

  it('fills the progress bar in proportion', () => {
    expect(progressBar(0, 10, 10)).toBe('──────────');
    expect(progressBar(5, 10, 10)).toBe('━━━━━─────');
    expect(progressBar(10, 10, 10)).toBe('━━━━━━━━━━');
  });
});
