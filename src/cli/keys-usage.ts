/** The keys, as the usage text lists them. */
export const KEYS_USAGE = `Keys: → ↓ space l j PgDn next · ← ↑ h k PgUp back · g/Home G/End first/last ·
      number+Enter go to slide · ? help · q Esc Ctrl-C quit`;
