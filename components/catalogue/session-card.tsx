import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { CatalogueSessionCardFragment } from '../../graphql-client/graphql';
import s from './catalogue.module.css';
import { formatDateRange, sessionZone } from './format';
import { SeatsAndRegistration } from './seats-badge';

/**
 * One session in the catalogue: its dates, location, seats left and whether registration is open. Plain elements
 * (see TrainingCard): the catalogue shows up to 40 of these per page.
 */
export function SessionCard({ session, readerZone }: { session: CatalogueSessionCardFragment; readerZone: string }) {
  const t = useTranslations('catalogue');
  const locale = useLocale();
  const zone = sessionZone(session.locations, readerZone);
  return (
    <li className={`${s.card} ${s.session}`}>
      <Link href={`/catalogue/sessions/${session.id}`} className={`mantine-focus-auto ${s.link} ${s.text} ${s.strong}`}>
        {session.title}
      </Link>
      <div className={s.row}>
        <p className={s.small}>{formatDateRange(locale, session.startDate, session.endDate, zone)}</p>
        <p className={`${s.small} ${s.dimmed}`}>{session.locations.length ? session.locations.map((l) => l.name).join(', ') : t('locationTbd')}</p>
      </div>
      <SeatsAndRegistration registration={session.registration} />
    </li>
  );
}
