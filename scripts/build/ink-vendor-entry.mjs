// The entry of dist/ink-vendor.js: Ink and the one React that both Ink and lectern's
// components use (scripts/build/ink-from-vendor.mjs explains why they are apart).
export * as ink from 'ink';
export * as react from 'react';
export * as jsxRuntime from 'react/jsx-runtime';
export { setStringWidth } from './patches/vendor-string-width.mjs';
