// Lint: typescript-eslint's recommended rules, and the pipeline's import direction as rules
// (ARCHITECTURE.md): a stage imports only from its own room or the rooms before it, and the
// heavy libraries stay in the rooms made for them. Formatting is Prettier's (`npm run lint`
// runs both); eslint-config-prettier turns off the rules that would fight it.
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// deck ← theme ← parse ← load ← render ← session ← terminal | output | follow ← cli;
// check sits beside session. Each room, and the rooms it must not import.
const LATER = {
  deck: ['theme', 'parse', 'load', 'render', 'session', 'check', 'terminal', 'output', 'follow', 'cli'],
  theme: ['parse', 'load', 'render', 'session', 'check', 'terminal', 'output', 'follow', 'cli'],
  parse: ['load', 'render', 'session', 'check', 'terminal', 'output', 'follow', 'cli'],
  load: ['render', 'session', 'check', 'terminal', 'output', 'follow', 'cli'],
  render: ['session', 'check', 'terminal', 'output', 'follow', 'cli'],
  session: ['check', 'terminal', 'output', 'follow', 'cli'],
  check: ['session', 'terminal', 'output', 'follow', 'cli'],
  terminal: ['check', 'output', 'follow', 'cli'],
  output: ['check', 'terminal', 'follow', 'cli'],
  follow: ['check', 'terminal', 'output', 'cli'],
};

const zones = Object.entries(LATER).flatMap(([room, later]) =>
  later.map((from) => ({
    target: `./src/${room}`,
    from: `./src/${from}`,
    message: `${room}/ must not import ${from}/: the pipeline runs deck ← theme ← parse ← load ← render ← session ← terminal | output | follow ← cli`,
  })),
);

/** Packages only some rooms may import. */
const libraryRule = (allowed) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [
        // Merely loading fs/promises loads readline, fs watchers and more (2 ms of every start,
        // before the first slide); `fs.promises` from node:fs is the same API, loaded when used.
        ...['node:fs/promises', 'fs/promises'].map((name) => ({
          name,
          allowTypeImports: true,
          message: "use `promises as fs` from 'node:fs': loaded when first used, not at every start",
        })),
        ...(allowed.marked ? [] : [{ name: 'marked', message: 'marked is used in parse/ and render/blocks/prose.ts only' }]),
        ...(allowed.markedTerminal ? [] : [{ name: 'marked-terminal', message: 'marked-terminal is used in render/blocks/prose.ts only' }]),
        ...(allowed.ink
          ? []
          : [
              { name: 'ink', message: "Ink is the local terminal's shell: terminal/ (and big titles) only" },
              { name: 'react', message: "React is the local terminal's shell: terminal/ (and big titles) only" },
              { name: 'ink-big-text', message: 'big titles are drawn in render/blocks/big-title.ts only' },
            ]),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'no-control-regex': 'off', // matching control characters is what the output guard is for
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // Resolves `./x.js` to the x.ts beside it, as TypeScript does, so the zones see real files.
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      ...libraryRule({}),
      // Spread arguments go on the stack: a lesson's 100,000-row table pushed with
      // `out.push(...lines)` overflowed it. Arrays from input are appended by loop or concat.
      'no-restricted-syntax': [
        'error',
        ...['push', 'unshift', 'splice', 'max', 'min', 'fromCharCode', 'fromCodePoint'].map((name) => ({
          selector: `CallExpression[callee.property.name='${name}'] > SpreadElement`,
          message: `${name}(...items) puts every item on the stack and overflows it on big input: use a loop (or concat, reduce)`,
        })),
      ],
    },
  },
  { files: ['src/parse/**'], rules: libraryRule({ marked: true }) },
  { files: ['src/render/blocks/prose.ts'], rules: libraryRule({ marked: true, markedTerminal: true }) },
  { files: ['src/render/blocks/big-title.ts', 'src/terminal/**'], rules: libraryRule({ ink: true }) },
  // The composition root builds the terminal's views (JSX) around what follow/ provides.
  { files: ['src/cli/**'], rules: libraryRule({ ink: true }) },
  { files: ['src/types/**'], rules: libraryRule({ marked: true }) },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', 'bin/**/*.js', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
