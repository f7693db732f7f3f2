import Link from 'next/link';
import { currentLocale, messages } from '../lib/i18n';

export default async function HomePage() {
  const t = messages(await currentLocale());
  return (
    <main className="page">
      <h1>{t.homeTitle}</h1>
      <p>{t.homeIntro}</p>
      <p>{t.homeApi}</p>
      <p>{t.homePlayground}</p>
      <p>
        <Link href="/playground">{t.openPlayground}</Link>
      </p>
    </main>
  );
}
