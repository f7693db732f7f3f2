import { getTranslations } from 'next-intl/server';
import type { Locale } from '../../lib/locale';

/**
 * The language switch: /api/lang remembers the choice in a cookie and comes back to this page. A plain link
 * (no script needed); its text is in the other language, marked with `lang`.
 */
export async function LanguageSwitch({ locale }: { locale: string }) {
  const t = await getTranslations('common');
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  return (
    <a href={`/api/lang?to=${other}`} lang={other} hrefLang={other} title={t('switchLanguageLabel')} className="language-switch">
      {t('switchLanguage')}
    </a>
  );
}
