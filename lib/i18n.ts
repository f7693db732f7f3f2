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
  homeTitle: 'Cursus — gestion des formations',
  homeIntro: 'Cursus gère le catalogue des formations, leurs sessions et les inscriptions des stagiaires.',
  homeApi: 'Toutes les données sont accessibles par une API GraphQL à l’adresse /api/graphql (requêtes POST au format JSON).',
  homePlayground:
    'Pour l’explorer, ouvrez le playground : un éditeur GraphiQL hébergé par l’application, avec l’autocomplétion, la documentation du schéma et une requête d’exemple. Connectez-vous pour y retrouver votre compte.',
  openPlayground: 'Ouvrir le playground',
  playgroundLoading: 'Chargement du playground…',
  playgroundSignInPrompt: 'Connectez-vous pour la documentation et l’autocomplétion ; l’exemple du catalogue fonctionne sans compte.',
  playgroundSignIn: 'Se connecter',
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
  homeTitle: 'Cursus — training management',
  homeIntro: 'Cursus runs the training catalogue, its sessions and the registrations of learners.',
  homeApi: 'All data is available through a GraphQL API at /api/graphql (POST requests in JSON).',
  homePlayground:
    'To explore it, open the playground: a GraphiQL editor served by the application, with autocompletion, the schema documentation and an example query. Sign in to use it with your account.',
  openPlayground: 'Open the playground',
  playgroundLoading: 'Loading the playground…',
  playgroundSignInPrompt: 'Sign in for the documentation and autocompletion; the catalogue example runs without an account.',
  playgroundSignIn: 'Sign in',
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
