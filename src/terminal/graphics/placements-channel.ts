import type { Placement } from '../../render/images/placement.js';

/**
 * How the Frame on screen tells the picture painter where its pictures go: FrameView
 * publishes each Frame's placements while rendering (before Ink writes it); the full-screen
 * session that owns the painter listens. One terminal per process, so one listener.
 */
let listener: ((placements: readonly Placement[]) => void) | undefined;

/** Called by the view for each Frame it draws. */
export function publishPlacements(placements: readonly Placement[] | undefined): void {
  listener?.(placements ?? []);
}

/** Sets (or clears, with undefined) who is told. */
export function listenForPlacements(next: ((placements: readonly Placement[]) => void) | undefined): void {
  listener = next;
}
