// string-width for everything in dist/ink-vendor.js (Ink, wrap-ansi, widest-line…): the
// measure of lectern's own bundle, handed over when the vendor module is loaded
// (scripts/build/ink-from-vendor.mjs). Ink measures each line lectern has just laid out;
// with one function, it finds them in the memo lectern's layout filled.
let measure;

/** Sets the function every width in the vendor module comes from. */
export function setStringWidth(stringWidth) {
  measure = stringWidth;
}

/** string-width's signature, answered by lectern's measure. */
export default function stringWidth(text, options) {
  return measure(text, options);
}
