import { createRequire } from 'node:module';
import type { HLJSApi, LanguageFn } from 'highlight.js';
import type { Styles } from '../../theme/styles.js';

// highlight.js core with the languages an infrastructure course shows, instead of
// cli-highlight (which loads all 190 languages and costs ~60 ms at startup). Loaded when
// code is first highlighted, not before the first slide (a sixth of the code loaded then);
// the bundler leaves this require alone, highlight.js stays a package.
const loadPackage = createRequire(import.meta.url);
const LANGUAGES = ['bash', 'diff', 'dockerfile', 'ini', 'javascript', 'json', 'nginx', 'python', 'shell', 'typescript', 'xml', 'yaml'];
let loaded: HLJSApi | undefined;

function highlighter(): HLJSApi {
  if (loaded) return loaded;
  const hljs = loadPackage('highlight.js/lib/core') as HLJSApi;
  for (const name of LANGUAGES) hljs.registerLanguage(name, loadPackage(`highlight.js/lib/languages/${name}`) as LanguageFn);
  hljs.registerAliases(['sh', 'zsh', 'console'], { languageName: 'bash' });
  hljs.registerAliases(['js', 'mjs'], { languageName: 'javascript' });
  hljs.registerAliases(['ts'], { languageName: 'typescript' });
  hljs.registerAliases(['yml'], { languageName: 'yaml' });
  hljs.registerAliases(['toml', 'conf', 'cfg'], { languageName: 'ini' });
  hljs.registerAliases(['html', 'svg'], { languageName: 'xml' });
  hljs.registerAliases(['py'], { languageName: 'python' });
  loaded = hljs;
  return hljs;
}

/** Whether `lang` is one we can highlight. */
export function isKnownLanguage(lang: string): boolean {
  return lang !== '' && highlighter().getLanguage(lang) !== undefined;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };

/**
 * Highlights code as styled text (one string, `\n` between lines). highlight.js returns
 * HTML spans; we map each scope to a theme role. Unknown languages are painted plain.
 */
export function highlightCode(code: string, lang: string, styles: Styles): string {
  if (!isKnownLanguage(lang))
    return code
      .split('\n')
      .map((l) => styles.code(l))
      .join('\n');
  const html = highlighter().highlight(code, { language: lang, ignoreIllegals: true }).value;
  const paints: ((s: string) => string)[] = [styles.text];
  let out = '';
  for (const part of html.split(/(<span class="[^"]*">|<\/span>)/)) {
    if (part.startsWith('<span')) {
      const scope = /class="([^"]*)"/.exec(part)?.[1] ?? '';
      paints.push(paintFor(scope, styles) ?? paints[paints.length - 1] ?? styles.text);
    } else if (part === '</span>') {
      if (paints.length > 1) paints.pop();
    } else if (part !== '') {
      const text = part.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e] ?? e);
      const paint = paints[paints.length - 1] ?? styles.text;
      // Paint line by line so every line of a Frame carries its own color.
      out += text
        .split('\n')
        .map((l) => (l === '' ? '' : paint(l)))
        .join('\n');
    }
  }
  return out;
}

function paintFor(scope: string, styles: Styles): ((s: string) => string) | undefined {
  const name = scope.replace(/^hljs-/, '').split(/[\s_.]/)[0] ?? '';
  switch (name) {
    case 'keyword':
    case 'selector-tag':
    case 'doctag':
      return styles.accent;
    case 'string':
    case 'regexp':
    case 'addition':
      return styles.code;
    case 'number':
    case 'literal':
    case 'symbol':
    case 'bullet':
      return styles.title;
    case 'comment':
    case 'quote':
    case 'meta':
      return styles.muted;
    case 'built':
    case 'title':
    case 'function':
    case 'section':
    case 'name':
      return styles.heading;
    case 'variable':
    case 'attr':
    case 'attribute':
    case 'params':
    case 'template':
      return styles.link;
    case 'deletion':
      return styles.tableColumn(3);
    default:
      return undefined;
  }
}
