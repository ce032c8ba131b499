/** What an open div does: pandoc's speaker notes, lists revealed item by item or all at once, or nothing. */
type DivKind = 'notes' | 'incremental' | 'nonincremental' | 'other';

/**
 * pandoc's fenced divs (`::: {.callout}` … `:::`) are markers, not text: their lines are
 * blanked (the content between them shows, as pandoc shows it); `::: notes`, pandoc's
 * speaker notes, becomes our notes block, and `::: incremental` / `::: nonincremental`
 * (https://pandoc.org/MANUAL.html#incremental-lists) our `incremental_lists` directive, on
 * inside and back to what held outside (`incremental`: the deck's front matter, or an
 * enclosing div) after. Line-based, outside fenced code; every line keeps its place, so
 * line numbers still match the file.
 */
export function hideDivFences(body: string, incremental = false): string {
  if (!body.includes(':::')) return body;
  const open: DivKind[] = [];
  let fence: string | undefined;
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const code = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (code !== undefined && code[0] === fence[0] && code.length >= fence.length && /^\s*[`~]+\s*$/.test(line)) fence = undefined;
      continue;
    }
    if (code !== undefined) {
      fence = code;
      continue;
    }
    const div = /^ {0,3}:{3,}\s*(.*?)\s*:*\s*$/.exec(line);
    if (!div) continue;
    const attributes = div[1] ?? '';
    if (attributes === '') {
      // A closing fence (or a stray one, which pandoc shows as text: we hide it all the same).
      const kind = open.pop();
      if (kind === 'notes') lines[i] = '<!-- /notes -->';
      else if ((kind === 'incremental' || kind === 'nonincremental') && !open.includes('notes')) lines[i] = listsDirective(revealing(open, incremental));
      else lines[i] = '';
    } else if (/^(?:\{[^}]*\}|[\w-]+(?:\s*\{[^}]*\})?)$/.test(attributes)) {
      const kind = divKind(attributes);
      // Inside notes a directive would be note text: lists there are never revealed anyway.
      const inNotes = open.includes('notes');
      open.push(kind);
      lines[i] = kind === 'notes' ? '<!-- notes -->' : kind === 'other' || inNotes ? '' : listsDirective(kind === 'incremental');
    }
  }
  return lines.join('\n');
}

/** A div's kind from its attributes: `notes`, `{.notes}`, `incremental`, `{.incremental #id}`… */
function divKind(attributes: string): DivKind {
  const name = /^(?:([\w-]+)|\{\s*\.([\w-]+)\b[^}]*\})$/.exec(attributes);
  const word = name?.[1] ?? name?.[2];
  return word === 'notes' || word === 'incremental' || word === 'nonincremental' ? word : 'other';
}

/** Whether lists are revealed item by item inside these open divs (the innermost list div decides). */
function revealing(open: readonly DivKind[], incremental: boolean): boolean {
  for (let i = open.length - 1; i >= 0; i--) {
    if (open[i] === 'incremental') return true;
    if (open[i] === 'nonincremental') return false;
  }
  return incremental;
}

function listsDirective(on: boolean): string {
  return `<!-- incremental_lists: ${on} -->`;
}
