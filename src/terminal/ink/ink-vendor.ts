/**
 * Makes Ink and React ready for the modules that draw with them (the presenter, the notes
 * view, serve). Await it before importing any module that imports 'ink' or 'react'.
 *
 * From source (tests, type checks) those modules import Ink themselves, and this only loads
 * it a little earlier. The bundle replaces this module (scripts/build.mjs): there Ink and
 * React are an ES module of their own, loaded here, because Ink's layout engine needs
 * top-level await while the rest of lectern is CommonJS, which is what lets it start from a
 * V8 code cache.
 */
export async function loadInkVendor(): Promise<void> {
  await import('ink');
}
