import { fileURLToPath } from 'node:url';

/** Where each bare import finds its exports in dist/ink-vendor.js. */
const VENDOR_EXPORT = { ink: 'ink', react: 'react', 'react/jsx-runtime': 'jsxRuntime' };
const LOADER = fileURLToPath(new URL('../../src/terminal/ink/ink-vendor.ts', import.meta.url));
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The CommonJS bundle (dist/cli.cjs) cannot hold Ink: yoga-layout, its layout engine, uses
 * top-level await. So Ink lives in dist/ink-vendor.js, an ES module, with React: Ink and
 * lectern's components must share one React. In dist/cli.cjs:
 *  - 'ink', 'react' and 'react/jsx-runtime' become modules of live bindings, one per export
 *    of the vendor module (`vendor` is it, loaded by the build), empty until it is loaded;
 *  - src/terminal/ink/ink-vendor.ts becomes the code that loads it and fills those bindings,
 *    and gives it lectern's string-width (scripts/build/patches/string-width.mjs).
 * cli.ts awaits loadInkVendor() before importing any module that draws with Ink.
 */
export function inkFromVendor(vendor) {
  if (typeof vendor.setStringWidth !== 'function') throw new Error('ink-from-vendor: the vendor module does not export setStringWidth');
  return {
    name: 'ink-from-vendor',
    setup(b) {
      b.onResolve({ filter: /^(ink|react|react\/jsx-runtime)$/ }, (args) => ({ path: args.path, namespace: 'ink-vendor' }));
      b.onResolve({ filter: /ink-vendor\.js$/ }, async (args) => {
        if (args.pluginData === 'real') return undefined;
        const real = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'real' });
        return real.path === LOADER ? { path: LOADER, namespace: 'ink-vendor-loader' } : real;
      });
      b.onLoad({ filter: /.*/, namespace: 'ink-vendor' }, (args) => {
        const keys = Object.keys(vendor[VENDOR_EXPORT[args.path]]);
        const locals = keys.map((_, i) => `v${i}`);
        const names = keys.map((key, i) => `${locals[i]} as ${IDENTIFIER.test(key) ? key : JSON.stringify(key)}`);
        return {
          loader: 'js',
          contents: `let ${locals.join(', ')};
export { ${names.join(', ')} };
export function bindVendor(namespace) {
  [${locals.join(', ')}] = ${JSON.stringify(keys)}.map((key) => namespace[key]);
}
`,
        };
      });
      b.onLoad({ filter: /.*/, namespace: 'ink-vendor-loader' }, () => ({
        loader: 'js',
        resolveDir: process.cwd(),
        contents: `import { bindVendor as bindInk } from 'ink';
import { bindVendor as bindReact } from 'react';
import { bindVendor as bindJsxRuntime } from 'react/jsx-runtime';
import stringWidth from 'string-width';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
let loading;
export function loadInkVendor() {
  // importModule: given by bin/load-bundle.js, which runs this bundle.
  loading ??= importModule(pathToFileURL(join(__dirname, 'ink-vendor.js')).href).then((vendor) => {
    bindInk(vendor.ink);
    bindReact(vendor.react);
    bindJsxRuntime(vendor.jsxRuntime);
    vendor.setStringWidth(stringWidth);
  });
  return loading;
}
`,
      }));
    },
  };
}
