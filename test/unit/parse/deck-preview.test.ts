import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The benchmark's 500-slide deck: the lesson size the preview is for.
import { generatedDeck, sectionedLesson } from '../../../scripts/bench/decks.mjs';
import { deckFromText } from '../../../src/parse/deck-from-text.js';
import { PREVIEW_MIN_LENGTH, startLongLesson } from '../../../src/parse/deck-preview.js';
import { LESSON_PATH } from '../../support/decks.js';

/** A long lesson's first slide and its estimated count (stand-ins after it), or undefined. */
const previewDeck = (text: string, source: string, name: string) => startLongLesson(text, source, name)?.preview;

/** Filler slides that make a lesson long enough to be previewed. */
const filler = (count: number) => Array.from({ length: count }, (_, i) => `## Filler ${i}\n\n${'Some words about the topic. '.repeat(30)}\n`).join('\n---\n\n');

function expectPreviewOf(text: string) {
  expect(text.length).toBeGreaterThanOrEqual(PREVIEW_MIN_LENGTH);
  const full = deckFromText(text, '/x/lesson.md', 'lesson.md');
  const preview = previewDeck(text, '/x/lesson.md', 'lesson.md');
  expect(preview).toBeDefined();
  expect(preview!.meta).toEqual(full.meta);
  expect(preview!.slides[0]).toEqual(full.slides[0]);
  expect(preview!.slides.length).toBe(full.slides.length);
}

describe('previewDeck', () => {
  it('leaves a lesson of ordinary length to the whole parse', () => {
    expect(previewDeck(readFileSync(LESSON_PATH, 'utf8'), LESSON_PATH, 'lesson')).toBeUndefined();
  });

  it('gives the first slide of 500 and their number, as the whole parse does', () => {
    expectPreviewOf(generatedDeck(500));
  });

  it('counts no break inside fenced code, a multi-line comment or under a paragraph line', () => {
    const first =
      '---\ntitle: Long\nincremental_lists: true\n---\n\n<!-- notes: before anything -->\n\n---\n\n# First\n\n- one\n- two\n\n```md\nbefore\n\n---\n\nafter\n```\n\n<!--\n\n---\n\n-->\n\nA heading, not a break\n---\n';
    expectPreviewOf(`${first}\n---\n\n${filler(200)}\n\n~~~\n\n---\n~~~\n\n<!-- end_slide -->\n\nlast\n`);
  });

  it('previews a lesson split at its headings, as the whole parse splits it', () => {
    const text = sectionedLesson(400);
    expectPreviewOf(text);
    expect(previewDeck(text, '/x/lesson.md', 'lesson.md')!.slides).toHaveLength(401);
  });

  it('previews a lesson whose front matter sets the level, at headings and breaks both', () => {
    const sections = Array.from({ length: 300 }, (_, i) => `## Part ${i}\n\n${'Words of the part. '.repeat(12)}\n\n### Detail\n\nmore`);
    expectPreviewOf(`---\nslide_level: 2\n---\n\n<!-- notes: before -->\n\n# Course\n\n## Intro\n\nhello\n\n---\n\n${sections.join('\n\n')}`);
  });

  it('gives no preview of a heading-split lesson it cannot read safely (setext headings)', () => {
    const text = `Title\n=====\n\nintro\n\n${sectionedLesson(400).replace(/^# .*$/m, '')}`;
    expect(previewDeck(text, '/x/lesson.md', 'lesson.md')).toBeUndefined();
  });

  it('passes an empty stretch between breaks, which is no slide', () => {
    expectPreviewOf(`# One\n\n---\n\n---\n\n<!-- notes: only notes -->\n\n---\n\n${filler(200)}`);
  });

  // Found by fuzzing: places a line reader takes for slide breaks where marked sees none.
  it.each([
    ['a <pre> block running past blank lines', '<pre>\n\n---\n\n</pre>'],
    ['a fence opened right after an HTML block', '<div>html block</div>\n```\n\n```\n\n---\n\nstill code'],
    ['a break indented into a list item', '- item\n\n  ---\n\n  more'],
    ['a fence "closed" by an indented or mixed line', '```\n\n---\n    ```\n~~~\n\n---\n```'],
    ['a backtick line that is no fence, then a real one', '```js`\nnot a fence\n\n---\n```\n\n---\n```'],
  ])('shows no wrong first slide for %s', (_what, trap) => {
    const text = `# First\n\n${trap}\n\n---\n\n${filler(200)}`;
    const full = deckFromText(text, '/x/lesson.md', 'lesson.md');
    const preview = previewDeck(text, '/x/lesson.md', 'lesson.md');
    if (preview !== undefined) expect(preview.slides[0]).toEqual(full.slides[0]);
  });

  it('shows no wrong first slide when that HTML block and fence open the first slide after an empty stretch', () => {
    const text = `<!-- notes: none -->\n\n---\n\n<div>html block</div>\n\`\`\`\n\n\`\`\`\n\n---\n\nstill code\n\n---\n\n${filler(200)}`;
    const full = deckFromText(text, '/x/lesson.md', 'lesson.md');
    expect(full.slides[0]!.steps.flat().some((b) => b.kind === 'code')).toBe(true);
    const preview = previewDeck(text, '/x/lesson.md', 'lesson.md');
    if (preview !== undefined) expect(preview.slides[0]).toEqual(full.slides[0]);
  });
});

describe('startLongLesson', () => {
  it('ends with the deck the whole parse gives, pandoc divs and the deck’s incremental lists included', () => {
    const slide = (i: number) =>
      `# Slide ${i}\n\n${'Words that fill the slide. '.repeat(20)}\n\n::: nonincremental\n- a\n- b\n:::\n\n- revealed ${i}\n- one by one\n`;
    const text = `---\npatat:\n  incrementalLists: true\n---\n\n${Array.from({ length: 200 }, (_, i) => slide(i)).join('\n---\n\n')}`;
    expect(text.length).toBeGreaterThan(PREVIEW_MIN_LENGTH);
    const started = startLongLesson(text, 'long.md', 'long.md')!;
    let step = started.rest.next();
    while (!step.done) step = started.rest.next();
    const whole = deckFromText(text, 'long.md', 'long.md');
    expect(step.value.slides).toEqual(whole.slides);
    // The list after the nonincremental div is revealed item by item, as the front matter says.
    expect(whole.slides[0]!.steps.length).toBeGreaterThan(2);
  });

  it('counts the intro slide front matter makes in the estimate', () => {
    const slides = Array.from({ length: 400 }, (_, i) => `## Slide ${i}\n\n${'Some text here. '.repeat(20)}\n`).join('\n---\n\n');
    const text = `---\ntitle: A talk\nauthor: Someone\n---\n\n${slides}`;
    const started = startLongLesson(text, '/x/talk.md', 'talk.md')!;
    const whole = deckFromText(text, '/x/talk.md', 'talk.md');
    expect(whole.slides).toHaveLength(401);
    expect(started.preview.slides[0]!.title).toBe('A talk');
    expect(started.estimate).toBe(401);
    expect(started.preview.slides).toHaveLength(401);
  });
});
