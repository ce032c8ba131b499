import { parseYaml } from './yaml.js';
import { InputError } from '../deck/input-error.js';
import { sanitizeDecoded } from './clean-text.js';

/** A lesson split into its YAML front matter (if any) and Markdown body. */
export interface SplitLesson {
  data: Record<string, unknown>;
  body: string;
  /** Number of source lines before the body, to report body lines as file lines. */
  bodyLineOffset: number;
  /** The 1-based file line of each top-level front-matter key, for `check` to point at. */
  keyLines?: Record<string, number>;
}

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
// A Markdown file may also start with a thematic break (`---`) and a slide; only treat the
// block as front matter when it looks like YAML keys, so such decks still open.
const LOOKS_LIKE_YAML_KEY = /^[A-Za-z_][\w-]*[ \t]*:/m;

/**
 * Splits optional YAML front matter off a lesson. Throws InputError (naming `name`) when the
 * front matter is present but is not valid YAML or not a mapping.
 */
export function splitFrontMatter(text: string, name: string): SplitLesson {
  const none: SplitLesson = { data: {}, body: text, bodyLineOffset: 0 };
  // Line by line from the top, not a split of the whole: a lesson may be megabytes long.
  const lines: string[] = [];
  let end = -1;
  let bodyStart = 0;
  for (let start = 0; start <= text.length;) {
    const eol = text.indexOf('\n', start);
    const line = text.slice(start, eol < 0 ? text.length : eol);
    start = eol < 0 ? text.length + 1 : eol + 1;
    if (lines.length === 0 && !FENCE.test(line)) return none;
    if (lines.length > 0 && CLOSE.test(line)) {
      end = lines.length;
      bodyStart = start;
      break;
    }
    lines.push(line);
  }
  if (end < 0) return none;
  const yamlText = lines.slice(1, end).join('\n');
  if (!LOOKS_LIKE_YAML_KEY.test(yamlText)) return none;
  let data: unknown;
  try {
    // Cleaned again after decoding: YAML's own escapes (`"\e[2J"`) only become controls now.
    data = sanitizeDecoded(parseYaml(yamlText));
  } catch (error) {
    // YAML errors run over several lines (with a code frame); the first says what is wrong.
    const reason = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)).replace(/:\s*$/, '');
    // The yaml library says where (a line within the front matter, after the opening ---).
    const at = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new InputError(`${name}: invalid front matter: ${reason}`, at === undefined ? { kind: 'front-matter' } : { kind: 'front-matter', line: at + 1 });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${name}: invalid front matter: expected "key: value" lines`, { kind: 'front-matter' });
  }
  const keyLines: Record<string, number> = {};
  lines.slice(1, end).forEach((line, i) => {
    const key = /^([A-Za-z_][\w-]*)[ \t]*:/.exec(line)?.[1];
    if (key !== undefined && !Object.hasOwn(keyLines, key)) keyLines[key] = i + 2;
  });
  return { data: data as Record<string, unknown>, body: text.slice(bodyStart), bodyLineOffset: end + 1, keyLines };
}
