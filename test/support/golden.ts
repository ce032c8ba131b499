import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url));

/**
 * Compares `actual` with test/golden/NAME. `UPDATE_GOLDEN=1 npx vitest run` rewrites the
 * files (review the diff before committing); a missing file fails, so a golden test can
 * never pass by creating its own expectation.
 */
export function expectGolden(name: string, actual: string): void {
  const path = GOLDEN_DIR + name;
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden file ${name}; run UPDATE_GOLDEN=1 npx vitest run and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
