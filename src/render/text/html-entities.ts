import { createRequire } from 'node:module';

// The entity tables are a tenth of the CLI's code and cost several ms to load before the first
// slide, and most lessons hold no entity beyond the five marked itself writes (`&lt;` for a
// `<` in the text): load the package the first time text has another one.
// (Named so that the bundler leaves this require alone: entities stays a package, as yaml does.)
const loadPackage = createRequire(import.meta.url);
let entities: typeof import('entities') | undefined;

const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi;
const BASIC: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Text with its HTML character references (`&copy;`, `&#8594;`, `&nbsp;`) decoded, as a browser shows them. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // One pass, each reference on its own: `&amp;copy;` is the text `&copy;`, not ©.
  return text.replace(ENTITY, (ref) => BASIC[ref] ?? (entities ??= loadPackage('entities') as typeof import('entities')).decodeHTML(ref));
}
