import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { graphql } from '../graphql-client';
import { DEFAULT_LOCALE, isLocale, Locale, LOCALE_COOKIE } from '../lib/locale';
import { runOperation } from '../server/execute';
import { loadMessages } from './messages';

const ViewerPreferences = graphql(`
  query ViewerPreferences {
    viewer {
      timeZone
      user {
        locale
      }
    }
  }
`);

/**
 * next-intl without locale-prefixed routes (#7): the language is the switch's cookie, else the signed-in
 * user's profile, else French; instants are shown in the user's time zone (else the platform's) unless a
 * screen names another one (an event's location).
 */
export default getRequestConfig(async () => {
  const { viewer } = await runOperation(ViewerPreferences);
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale: Locale = isLocale(chosen) ? chosen : isLocale(viewer.user?.locale) ? viewer.user.locale : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: viewer.timeZone,
    messages: loadMessages(locale),
  };
});
