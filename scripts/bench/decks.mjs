// Decks the benchmark presents: the course lesson, and a generated deck of many slides, each
// with a heading, a paragraph, a list, a table and a code block. Lines stay under 70 columns
// so that mdp (which refuses lines wider than the screen) can show it at 80x24.

const TOPICS = ['KVM', 'LXC', 'storage', 'networking', 'backups', 'clusters', 'firewalls', 'templates'];

/** Markdown of a deck of `count` slides (the first is a title slide). */
export function generatedDeck(count) {
  const slides = ['# Generated deck\n\nA benchmark deck of many similar slides.\n'];
  for (let i = 2; i <= count; i++) {
    const topic = TOPICS[i % TOPICS.length];
    slides.push(
      [
        `## Slide ${i}: ${topic}`,
        '',
        `This slide talks about **${topic}** in a few plain sentences, with`,
        `some *emphasis* and \`inline code\`, wrapped like a lesson would be.`,
        '',
        `- first point about ${topic}`,
        `- second point, a little longer than the first`,
        `- third point with **bold** text`,
        '',
        '| Name | Value | Note |',
        '|------|-------|------|',
        `| ${topic} | ${i} | ok |`,
        `| other | ${i * 2} | also ok |`,
        '',
        '```bash',
        `echo "slide ${i}"`,
        `qm list | grep ${topic.toLowerCase()}`,
        '```',
        '',
      ].join('\n'),
    );
  }
  return slides.join('\n---\n\n');
}

/**
 * A lesson the way course repositories write them: a `# Title`, an introduction, then
 * `sections` sections of `##` with prose, a list and code, and no slide break at all
 * (`breaks: true` writes the same lesson with `---` before each section, to compare).
 * 50 sections make about 600 lines.
 */
export function sectionedLesson(sections, { breaks = false } = {}) {
  const parts = ['# A sectioned lesson\n\nAn introduction to the lesson, as a README would have it.\n'];
  for (let i = 1; i <= sections; i++) {
    const topic = TOPICS[i % TOPICS.length];
    parts.push(
      [
        `## ${i}. Working with ${topic}`,
        '',
        `Section ${i} explains **${topic}** in a few plain sentences, the`,
        'way a written lesson does before its example.',
        '',
        `- what ${topic} is for`,
        '- how to try it safely',
        '',
        '```bash',
        `qm list | grep ${topic.toLowerCase()}`,
        '```',
        '',
      ].join('\n'),
    );
  }
  return parts.join(breaks ? '\n---\n\n' : '\n');
}

/**
 * One slide of a real lesson's shape: a heading, prose with a reference link and a footnote,
 * a nested list, a quote, a table, code, a pause and speaker notes. `i` varies the text.
 */
function lessonSlide(i, breaks) {
  const topic = TOPICS[i % TOPICS.length];
  const lines = [
    `## ${i}. Working with ${topic}`,
    '',
    `Section ${i} explains **${topic}** in plain sentences, the way a written lesson`,
    `does: see [the ${topic} guide][guide-${i % 50}] and the note[^n${i % 20}] before trying it.`,
    '',
    `- what ${topic} is for`,
    `  - and what it is *not* for, in slide ${i}`,
    '- how to try it safely',
    '',
  ];
  if (breaks) lines.push('<!-- pause -->', '');
  if (i % 3 === 0) lines.push(`> A teacher's remark about ${topic}, quoted`, '> over two lines.', '');
  lines.push(
    '| Name | Value | Note |',
    '|------|-------|------|',
    `| ${topic} | ${i} | ok |`,
    `| other | ${i * 2} | \`code\` |`,
    '',
    '```bash',
    `qm list | grep ${topic.toLowerCase()}`,
    `echo "step ${i}"`,
    '```',
    '',
  );
  if (i % 4 === 0) lines.push(`<!-- notes: remind them about ${topic} -->`, '');
  return lines.join('\n');
}

/**
 * A lesson of about `bytes` characters (never more) in the shape of real lessons: a title
 * slide, then slides as lessonSlide writes them, separated by `---` (`breaks: false`: split
 * only by their `##` headings under one `# Title`), and the link reference and footnote
 * definitions at the very end, as lessons keep them. For the big-lesson benchmark and tests.
 */
export function bigLesson(bytes, { breaks = true } = {}) {
  const head = '# A big lesson\n\nAn introduction to the lesson, as a README would have it.\n';
  const defs = [];
  for (let k = 0; k < 50; k++) defs.push(`[guide-${k}]: https://example.org/guide/${k} "Guide ${k}"`);
  for (let k = 0; k < 20; k++) defs.push(`[^n${k}]: Footnote ${k}, which every slide citing it shows.`);
  const tail = `\n${defs.join('\n')}\n`;
  const separator = breaks ? '\n---\n\n' : '\n';
  const parts = [head];
  let length = head.length + tail.length;
  for (let i = 2; ; i++) {
    const slide = lessonSlide(i, breaks);
    if (length + separator.length + slide.length > bytes) break;
    parts.push(slide);
    length += separator.length + slide.length;
  }
  return { text: parts.join(separator) + tail, slides: parts.length };
}
