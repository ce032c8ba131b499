import { describe, expect, it } from 'vitest';
import { progressBar, renderStatusBar, type StatusInfo } from '../../../../src/render/screens/status-bar.js';
import { displayWidth } from '../../../../src/render/text/text.js';
import { stringsFor } from '../../../../src/render/ui-strings.js';
import { plain, stylesAt } from '../../../support/decks.js';

const en = stringsFor('en');

const info: StatusInfo = { title: '🧩 #3 - Pengantar KVM vs LXC', slide: 3, slideCount: 7, step: 1, stepCount: 1, moreBelow: false, moreAbove: false };

describe('status bar', () => {
  it('shows the title, slide n/N and a progress bar, exactly as wide as the screen', () => {
    const line = plain(renderStatusBar(info, 80, stylesAt(0), en));
    expect(displayWidth(line)).toBe(80);
    expect(line).toContain('🧩 #3 - Pengantar KVM vs LXC');
    expect(line).toContain('3/7');
    expect(line).toMatch(/━+─+/);
  });

  it('hints at scrolling when the slide is taller than the screen', () => {
    expect(plain(renderStatusBar({ ...info, moreBelow: true }, 80, stylesAt(0), en))).toContain('↓ more');
    expect(plain(renderStatusBar({ ...info, moreAbove: true }, 80, stylesAt(0), en))).toContain('↑ top');
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
