import { createRequire } from 'node:module';

// The yaml package is a third of the code the CLI loads before the first slide, and most
// lessons have no front matter: load it the first time something is parsed as YAML.
// (Named so that the bundler leaves this require alone: yaml stays a package.)
const loadPackage = createRequire(import.meta.url);
let yaml: typeof import('yaml') | undefined;

/** YAML text to a value, as `yaml`'s parse does (it throws on invalid YAML). */
export function parseYaml(text: string): unknown {
  yaml ??= loadPackage('yaml') as typeof import('yaml');
  return yaml.parse(text);
}
