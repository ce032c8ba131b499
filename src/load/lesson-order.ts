/**
 * Orders lesson files the way a course reads: by the number in the name (`03-…`, `#3 - …`),
 * then alphabetically, so `#10` comes after `#9`.
 */
export function lessonNumber(fileName: string): number | undefined {
  const match = /^\s*#?\s*(\d+)/.exec(fileName);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** Sorts file names by lesson number (unnumbered last), then by name. */
export function sortLessons(fileNames: readonly string[]): string[] {
  return [...fileNames].sort((a, b) => {
    const na = lessonNumber(a) ?? Number.POSITIVE_INFINITY;
    const nb = lessonNumber(b) ?? Number.POSITIVE_INFINITY;
    if (na !== nb) return na < nb ? -1 : 1;
    return a.localeCompare(b);
  });
}

/** Whether a file name is a lesson of a course folder: Markdown, by its extension. */
export function isLessonFile(fileName: string): boolean {
  return /\.(md|markdown)$/i.test(fileName);
}
