/** The locale variables that decide the character set, in POSIX precedence order. */
export interface LocaleEnv {
  LC_ALL?: string | undefined;
  LC_CTYPE?: string | undefined;
  LANG?: string | undefined;
}

/**
 * Whether the locale promises UTF-8. A locale that names another character set (`C`,
 * `POSIX`, `en_US.ISO-8859-1`) does not; no locale at all is taken as UTF-8, because
 * nearly every terminal is and a bare environment (a container, a CI job) usually is too.
 */
export function isUtf8Locale(env: LocaleEnv): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  if (!locale) return true;
  return /utf-?8/i.test(locale);
}
