/**
 * pandoc's fenced divs (`::: {.callout}` … `:::`) are markers, not text: their lines are
 * blanked (the content between them shows, as pandoc shows it) and `::: notes`, pandoc's
 * speaker notes, becomes our notes block. Line-based, outside fenced code; every line keeps
 * its place, so line numbers still match the file.
 */
export function hideDivFences(body: string): string {
  if (!body.includes(':::')) return body;
  const open: boolean[] = []; // for each open div: whether it is `::: notes`
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
      lines[i] = open.pop() === true ? '<!-- /notes -->' : '';
    } else if (/^(?:\{[^}]*\}|[\w-]+(?:\s*\{[^}]*\})?)$/.test(attributes)) {
      const notes = /^(?:notes|\{\s*\.notes\b[^}]*\})$/.test(attributes);
      open.push(notes);
      lines[i] = notes ? '<!-- notes -->' : '';
    }
  }
  return lines.join('\n');
}
