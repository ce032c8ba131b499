import { Unicode11Addon } from '@xterm/addon-unicode11';
import xtermHeadless from '@xterm/headless';

const { Terminal } = xtermHeadless;

/**
 * Every cell of an emulated terminal (xterm.js, emoji two columns wide) after these writes,
 * as a person sees it: character, colors and attributes, a space's foreground left out
 * (it shows nothing), and where the cursor ends. For tests that rewrite terminal output.
 */
export async function cellsAfter(writes: string | readonly string[], cols: number, rows: number): Promise<string[]> {
  const term = new Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';
  for (const write of typeof writes === 'string' ? [writes] : writes) await new Promise<void>((resolve) => term.write(write, resolve));
  const buffer = term.buffer.active;
  const cells: string[] = [];
  for (let y = 0; y < rows; y++) {
    const line = buffer.getLine(y)!;
    for (let x = 0; x < cols; x++) {
      const cell = line.getCell(x)!;
      const char = cell.getChars() || ' ';
      const inverse = cell.isInverse() !== 0;
      const lines = [cell.isUnderline(), cell.isStrikethrough(), cell.isOverline(), cell.isInvisible(), inverse];
      const ink =
        char === ' ' && !inverse ? '' : [cell.getFgColorMode(), cell.getFgColor(), cell.isBold(), cell.isDim(), cell.isItalic(), cell.isBlink()].join(',');
      cells.push(`${x},${y} ${char} bg=${cell.getBgColorMode()}:${cell.getBgColor()} ${lines.join(',')} ${ink}`);
    }
  }
  cells.push(`cursor ${buffer.cursorX},${buffer.cursorY}`);
  term.dispose();
  return cells;
}
