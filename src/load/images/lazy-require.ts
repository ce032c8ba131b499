import { createRequire } from 'node:module';

let load: NodeJS.Require | undefined;

/**
 * Loads a CommonJS package (the picture decoders, the sixel encoder) the first time it is
 * needed. A `require`, not `import()`: the bundle keeps these packages outside itself (out
 * of the code cache every start reads), and Node 20 refuses `import()` in code compiled
 * from a code cache ("A dynamic import callback was not specified").
 */
export function lazyRequire<T>(name: string): T {
  load ??= createRequire(import.meta.url);
  return load(name) as T;
}
