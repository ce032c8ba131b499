import type { Placement } from '../../render/images/placement.js';
import type { GraphicsProtocol } from './detect.js';
import { encodePlacement, kittyDelete } from './encode.js';
import { SGR_RESET } from '../../render/text/sgr/tokens.js';

/** If Ink writes nothing after a Frame with new pictures (its lines did not change), paint anyway after this. */
const UNPAINTED_MS = 60;
const SAVE_CURSOR = '\u001B7';
const RESTORE_CURSOR = '\u001B8';

interface Shown {
  key: string;
  placement: Placement;
  /** kitty's image id. */
  id: number;
}

/**
 * Draws a Frame's pictures with a terminal graphics protocol over the cells the Frame keeps
 * blank, after Ink has written the text: Ink's writes pass through `inkWrite`, which first
 * erases the pictures of the previous Frame (kitty: delete by id; sixel and iTerm2 pixels
 * live in the cells, which are blanked) and, once Ink's bytes are out, writes the new ones
 * at their cells with the cursor saved and restored, so Ink's idea of the cursor holds.
 * kitty keeps a picture that stays where it was; the others are drawn again after each write.
 */
export class PicturePainter {
  private shown: Shown[] = [];
  private wanted: Placement[] = [];
  private dirty = false;
  private generation = 0;
  private nextId = 1000;
  private timer: NodeJS.Timeout | undefined;
  private readonly encoded = new Map<string, string>();

  constructor(
    private readonly write: (data: string) => void,
    private readonly protocol: GraphicsProtocol,
    private readonly cell: { width: number; height: number },
  ) {}

  /** The pictures of the Frame being rendered now (called before Ink writes it). */
  show(placements: readonly Placement[]): void {
    const keys = placements.map(keyOf).join('\n');
    if (keys === this.wanted.map(keyOf).join('\n') && !this.dirty) return;
    this.wanted = [...placements];
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(''), UNPAINTED_MS);
  }

  /** Ink's output: passed on, with the old pictures erased before it and the new drawn after it. */
  inkWrite(data: string): void {
    // Sixel and iTerm2 pixels live in the cells: a line Ink rewrites loses its part of the
    // picture, so after any write they are drawn again (from bytes already encoded).
    const redraw = this.protocol !== 'kitty' && this.shown.length > 0 && data !== '';
    if (!this.dirty && !redraw) {
      this.write(data);
      return;
    }
    this.flush(data);
  }

  /** The screen was cleared (a resize): what was drawn is gone; draw again with the next Frame. */
  forget(): void {
    if (this.protocol === 'kitty') this.write(this.shown.map((s) => kittyDelete(s.id)).join(''));
    this.shown = [];
    this.dirty = this.wanted.length > 0;
  }

  /** Removes every picture drawn (the session ends). */
  dispose(): void {
    clearTimeout(this.timer);
    this.generation++;
    if (this.protocol === 'kitty' && this.shown.length > 0) this.write(this.shown.map((s) => kittyDelete(s.id)).join(''));
    this.shown = [];
  }

  private flush(inkData: string): void {
    clearTimeout(this.timer);
    this.dirty = false;
    const generation = ++this.generation;
    const wanted = this.wanted;
    const keep = new Set(wanted.map(keyOf));
    // Pictures in the same place as before stay; only the others are erased and drawn.
    const stale = this.shown.filter((s) => !keep.has(s.key));
    const staying = this.protocol === 'kitty' ? this.shown.filter((s) => keep.has(s.key)) : [];
    this.write(this.erase(stale) + inkData);
    const have = new Set(staying.map((s) => s.key));
    const fresh = wanted.filter((p) => !have.has(keyOf(p))).map((placement) => ({ key: keyOf(placement), placement, id: this.nextId++ }));
    this.shown = [...staying, ...fresh];
    if (fresh.length === 0) return;
    void Promise.all(fresh.map((s) => this.bytesFor(s))).then((parts) => {
      // Another Frame came meanwhile: it draws its own pictures.
      if (generation !== this.generation) return;
      const draw = fresh.map((s, i) => `\u001B[${s.placement.line + 1};${s.placement.col + 1}H${parts[i] ?? ''}`).join('');
      this.write(SAVE_CURSOR + draw + RESTORE_CURSOR);
    });
  }

  private erase(stale: readonly Shown[]): string {
    if (stale.length === 0) return '';
    if (this.protocol === 'kitty') return stale.map((s) => kittyDelete(s.id)).join('');
    const blank = stale
      .flatMap(({ placement: p }) => Array.from({ length: p.visibleRows }, (_, r) => `\u001B[${p.line + r + 1};${p.col + 1}H\u001B[${p.cols}X`))
      .join('');
    return `${SAVE_CURSOR}${SGR_RESET}${blank}${RESTORE_CURSOR}`;
  }

  private async bytesFor(shown: Shown): Promise<string> {
    // kitty's bytes carry the image id, so they are made anew; the others are kept for a revisit.
    const cacheKey = `${shown.key}|${this.cell.width}x${this.cell.height}`;
    const hit = this.protocol === 'kitty' ? undefined : this.encoded.get(cacheKey);
    if (hit !== undefined) return hit;
    const bytes = await encodePlacement(this.protocol, shown.placement, this.cell, shown.id);
    if (this.protocol !== 'kitty') {
      this.encoded.set(cacheKey, bytes);
      if (this.encoded.size > 8) this.encoded.delete(this.encoded.keys().next().value ?? '');
    }
    return bytes;
  }
}

function keyOf(p: Placement): string {
  return `${p.entry.id}|${p.line},${p.col}|${p.cols}x${p.rows}|${p.firstRow}+${p.visibleRows}`;
}
