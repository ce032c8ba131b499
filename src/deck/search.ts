/**
 * Search that forgives case and accents: "kamar" finds "Kamar", "cafe" finds "Café".
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The first slide after `from` (wrapping around, `from` itself last) whose folded text
 * contains the folded query; undefined when none does or the query is blank.
 */
export function findSlide(foldedTexts: readonly string[], query: string, from: number): number | undefined {
  const needle = foldForSearch(query).trim();
  const count = foldedTexts.length;
  if (needle === '' || count === 0) return undefined;
  for (let offset = 1; offset <= count; offset++) {
    const index = (((from + offset) % count) + count) % count;
    if (foldedTexts[index]?.includes(needle)) return index;
  }
  return undefined;
}
