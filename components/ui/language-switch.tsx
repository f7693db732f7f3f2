import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { REQUEST_PATH_HEADER } from '../../lib/request-path';
import type { Locale } from '../../lib/locale';

/**
 * The language switch: /api/lang remembers the choice in a cookie and comes back to this page. A plain link
 * (no script needed); its text is in the other language, marked with `lang`. In the management area it
 * names the page with its query (`back`), so a table's filters survive the switch; elsewhere /api/lang
 * goes back to the referring page.
 */
export async function LanguageSwitch({ locale }: { locale: string }) {
  const t = await getTranslations('common');
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  const back = (await headers()).get(REQUEST_PATH_HEADER);
  const href = `/api/lang?to=${other}${back ? `&back=${encodeURIComponent(back)}` : ''}`;
  return (
    <a href={href} lang={other} hrefLang={other} title={t('switchLanguageLabel')} className="language-switch">
      {t('switchLanguage')}
    </a>
  );
}
