/**
 * One Intl.DateTimeFormat per language and options, kept for the process (or the browser tab): building one
 * costs far more than formatting with it (ICU loads the locale's and the zone's data each time), and the pages
 * format hundreds of dates per render (#11: formatter construction was ~4 % of the session page's CPU and a
 * steady source of garbage). Keys are few (languages × styles × zones in use); the cache is bounded anyway.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATS = 500;

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    if (formats.size >= MAX_FORMATS) formats.clear();
    formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format;
}
