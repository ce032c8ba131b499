import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { marked, type Token } from 'marked';

/**
 * Ways a file can reach the course folder that sits beside the repo on the authors' machine:
 * a relative path up and into it, its lessons folder, its absolute path, or the same built
 * from quoted path segments passed to `resolve` or `join`. Written with escapes so that this
 * file does not match itself.
 */
const SHARED_REFERENCES: readonly RegExp[] = [
  /\.\.[\\/]shared\b/,
  /\bshared[\\/]lessons\b/,
  /[\\/]work[\\/]shared\b/,
  /['"`]\.\.['"`]\s*,\s*['"`]shared['"`]/,
  /['"`]shared['"`]\s*,\s*['"`]lessons['"`]/,
];

/** The 1-based lines of `text` that reach outside the repo for the course folder. */
export function sharedReferenceLines(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (SHARED_REFERENCES.some((pattern) => pattern.test(line))) lines.push(i + 1);
  });
  return lines;
}

/** Every file below `dir`, as absolute paths (node_modules and dot-folders skipped). */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * The top-level folders a repo path in prose can start with: the repo's own folders, not
 * the ones .gitignore names (dist/ and the like are build output, named but never kept).
 */
export function repoFolders(root: string): string[] {
  const ignored = new Set(
    readFileSync(join(root, '.gitignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim().replace(/^\//, '').replace(/\/$/, ''))
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !ignored.has(e.name) && e.name !== 'node_modules')
    .map((e) => e.name);
}

/** Extensions of source files, which the README may name by their base name alone. */
const SOURCE_FILE = /^[\w.-]+\.(?:ts|tsx|mjs|sh)$/;

/** Characters that stand for "some name here" in a path (`slides/…`, `test/**`, `OUT-<n>`). */
const PLACEHOLDER = /[…*<>{}[\]]/;

/** One file or folder the README names, and how it names it. */
export interface NamedPath {
  /** As written (a repo path, a link target, or a bare source-file name). */
  text: string;
  kind: 'path' | 'link' | 'file-name';
}

/**
 * The repo paths a README names outside code blocks: inline code and plain words that start
 * with one of `folders` (`src/…`, `scripts/bench.mjs`), relative link and image targets, and
 * inline code holding a bare source-file name (`minimize.ts`). Code blocks are examples
 * of commands and output, not claims about the tree, so they are left alone.
 */
export function readmeNamedPaths(markdown: string, folders: readonly string[]): NamedPath[] {
  const startsInRepo = new RegExp(`^(?:\\./)?(?:${folders.map(escapeRegExp).join('|')})/`);
  const inProse = new RegExp(`(?:^|[\\s(])((?:\\./)?(?:${folders.map(escapeRegExp).join('|')})/[^\\s()\`,;]*)`, 'g');
  const named: NamedPath[] = [];
  marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type === 'codespan') {
      const text = token.text.trim();
      if (/\s/.test(text)) return;
      if (startsInRepo.test(text)) named.push({ text, kind: 'path' });
      else if (SOURCE_FILE.test(text)) named.push({ text, kind: 'file-name' });
    } else if (token.type === 'link' || token.type === 'image') {
      const href = token.href.trim();
      if (href === '' || href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return;
      named.push({ text: decodeURI(href.replace(/#.*$/, '')), kind: 'link' });
    } else if (token.type === 'text' && !('tokens' in token && token.tokens)) {
      for (const match of token.text.matchAll(inProse)) {
        const text = (match[1] ?? '').replace(/[.:]+$/, '');
        named.push({ text, kind: 'path' });
      }
    }
  });
  return named;
}

/**
 * Whether a named path is in the repo at `root`: a path or link from the root (up to its
 * first placeholder, which must then be a folder), a bare file name anywhere in the tree.
 */
export function namedPathExists(root: string, named: NamedPath, tree: readonly string[]): boolean {
  if (named.kind === 'file-name') return tree.some((path) => path.endsWith(`/${named.text}`));
  const cut = named.text.search(PLACEHOLDER);
  const path = cut === -1 ? named.text : named.text.slice(0, cut).replace(/[^/]*$/, '');
  return existsSync(join(root, path)) && relative(root, join(root, path)).split('/')[0] !== '..';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
