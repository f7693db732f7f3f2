import { cookies } from 'next/headers';

/** French first, English too: the language of the UI, chosen with the switch in the header. */
export type Locale = 'fr' | 'en';
export const LOCALE_COOKIE = 'cursus-lang';

const fr = {
  catalogue: 'Catalogue',
  playground: 'Playground',
  signIn: 'Se connecter',
  signOut: 'Se déconnecter',
  signedInAs: 'Connecté·e :',
  switchLanguage: 'English',
  loginTitle: 'Connexion',
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  submit: 'Se connecter',
  submitting: 'Connexion…',
  badCredentials: 'Adresse e-mail ou mot de passe incorrect.',
  throttled: 'Trop de tentatives. Réessayez dans {minutes} min.',
  failed: 'La connexion a échoué. Réessayez.',
};

const en: Record<keyof typeof fr, string> = {
  catalogue: 'Catalogue',
  playground: 'Playground',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in:',
  switchLanguage: 'Français',
  loginTitle: 'Sign in',
  email: 'E-mail address',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  badCredentials: 'Wrong e-mail address or password.',
  throttled: 'Too many attempts. Try again in {minutes} min.',
  failed: 'Sign-in failed. Please try again.',
};

export type Messages = Record<keyof typeof fr, string>;
const MESSAGES: Record<Locale, Messages> = { fr, en };

export const isLocale = (value: unknown): value is Locale => value === 'fr' || value === 'en';

/** The reader's language: the switch's cookie, else French. */
export async function currentLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : 'fr';
}

export const messages = (locale: Locale): Messages => MESSAGES[locale];
