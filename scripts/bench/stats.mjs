// Small statistics and table helpers for the benchmark.

/** Median of the finite numbers in `xs` (NaN when there are none). */
export function median(xs) {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The p-th percentile (0–100, nearest rank) of the finite numbers in `xs`. */
export function percentile(xs, p) {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

/** Summary of a sample: count, median, p90, min, max. */
export function summary(xs) {
  const v = xs.filter(Number.isFinite);
  return {
    n: v.length,
    median: median(v),
    p90: percentile(v, 90),
    min: v.length ? Math.min(...v) : NaN,
    max: v.length ? Math.max(...v) : NaN,
  };
}

/** A number for a table cell: `–` when missing. */
export function fmt(x, unit = '', digits) {
  if (x === undefined || !Number.isFinite(x)) return '–';
  const d = digits ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2);
  return `${x.toFixed(d)}${unit}`;
}

/** A plain-text table with right-aligned numeric columns (all but the first `textColumns`). */
export function table(header, rows, textColumns = 1) {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => String(r[c] ?? '').length)));
  const line = (r) =>
    r
      .map((cell, c) => (c < textColumns ? String(cell ?? '').padEnd(widths[c]) : String(cell ?? '').padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
