import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CataloguePageQuery } from '../../graphql-client/graphql';
import s from './catalogue.module.css';
import { SessionCard } from './session-card';

type Training = CataloguePageQuery['trainings']['nodes'][number];

/** A description cut at a word, for the list (the training's page has it whole). */
function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, flat.lastIndexOf(' ', max))}…`;
}

/**
 * A training in the catalogue list, with its next matching sessions. Plain elements and CSS classes, no Mantine
 * component: the list repeats this card, and each Mantine component is a client component the server renders
 * twice (#11). It looks as Card, Title, Text and Anchor did.
 */
export function TrainingCard({ training, readerZone }: { training: Training; readerZone: string }) {
  const t = useTranslations('catalogue');
  const more = training.sessions.totalCount - training.sessions.nodes.length;
  const headingId = `training-${training.id}`;
  const href = `/catalogue/trainings/${training.id}`;
  return (
    <li className={`${s.card} ${s.training}`} aria-labelledby={headingId}>
      <div>
        <h2 className={s.title} id={headingId}>
          <Link href={href} className={`mantine-focus-auto ${s.link}`}>
            {training.title}
          </Link>
        </h2>
        <div className={`${s.row} ${s.meta}`}>
          <p className={`${s.small} ${s.dimmed}`}>{t('organisedBy', { names: training.organisations.map((o) => o.name).join(', ') })}</p>
          {training.durationHours != null && <p className={`${s.small} ${s.dimmed}`}>{t('durationHours', { count: training.durationHours })}</p>}
        </div>
      </div>
      {training.description && <p className={s.small}>{excerpt(training.description)}</p>}
      <h3 className={s.subtitle}>{t('upcomingSessions')}</h3>
      <ul className={s.list}>
        {training.sessions.nodes.map((session) => (
          <SessionCard key={session.id} session={session} readerZone={readerZone} />
        ))}
      </ul>
      {more > 0 && (
        <Link href={href} className={`mantine-focus-auto ${s.link} ${s.small}`}>
          {t('moreSessions', { count: more })}
        </Link>
      )}
    </li>
  );
}
