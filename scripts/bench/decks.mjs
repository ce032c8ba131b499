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
