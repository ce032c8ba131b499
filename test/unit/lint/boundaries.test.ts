import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function lint(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
}

describe('the lint rules keep the pipeline one way', () => {
  it('refuses an import against the pipeline', async () => {
    const messages = await lint('src/deck/zz-probe.ts', "import { App } from '../terminal/views/App.js';\nexport const probe = App;\n");
    expect(messages.some((m) => m.startsWith('import-x/no-restricted-paths') && m.includes('deck/ must not import terminal/'))).toBe(true);
  });

  it('refuses an import between the three edges', async () => {
    const messages = await lint('src/follow/zz-probe.ts', "import { printFrames } from '../output/print.js';\nexport const probe = printFrames;\n");
    expect(messages.some((m) => m.includes('follow/ must not import output/'))).toBe(true);
  });

  it('keeps Ink and marked in their rooms', async () => {
    const ink = await lint('src/render/zz-probe.ts', "import { Text } from 'ink';\nexport const probe = Text;\n");
    expect(ink.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
    const marked = await lint('src/session/zz-probe.ts', "import { Marked } from 'marked';\nexport const probe = Marked;\n");
    expect(marked.some((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('refuses fs/promises, whose loading costs every start, in every room', async () => {
    for (const room of ['load', 'output', 'parse']) {
      const messages = await lint(`src/${room}/zz-probe.ts`, "import { stat } from 'node:fs/promises';\nexport const probe = stat;\n");
      expect(messages.some((m) => m.startsWith('no-restricted-imports') && m.includes("`promises as fs` from 'node:fs'"))).toBe(true);
    }
    expect(await lint('src/load/zz-probe.ts', "import { promises as fs } from 'node:fs';\nexport const probe = fs.stat;\n")).toEqual([]);
  });

  it('accepts an import along the pipeline', async () => {
    const messages = await lint('src/render/zz-probe.ts', "import type { Deck } from '../deck/types.js';\nexport type Probe = Deck;\n");
    expect(messages).toEqual([]);
  });

  it('refuses spreading an array into arguments, which overflows the stack on big input', async () => {
    const messages = await lint(
      'src/render/zz-probe.ts',
      'export function probe(out: string[], lines: string[]): number {\n  out.push(...lines);\n  return Math.max(0, ...lines.map((l) => l.length));\n}\n',
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-syntax'))).toHaveLength(2);
  });
});
