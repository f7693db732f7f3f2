/** French first, English too: the languages of the UI (#7, translations). */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** The language switch's cookie (`/api/lang`); it wins over the user's profile. */
export const LOCALE_COOKIE = 'cursus-lang';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);
