import { useTranslations } from 'next-intl';
import s from './catalogue.module.css';

/**
 * Seats left or the waiting list (R6) and whether registration is open (R8), as the API's `registration` says them.
 * Plain elements styled as Mantine's Badge (see TrainingCard: the catalogue repeats them up to 80 times a page).
 */
export function SeatsAndRegistration({ registration }: { registration: { open: boolean; seatsLeft?: number | null; full: boolean } }) {
  const t = useTranslations('catalogue');
  const { open, seatsLeft = null, full } = registration;
  return (
    <div className={s.badges}>
      <span className={`${s.badge} ${full ? s.full : s.seats}`}>
        {full ? t('waitingList') : seatsLeft === null ? t('unlimited') : t('seatsLeft', { count: seatsLeft })}
      </span>
      <span className={`${s.badge} ${open ? s.open : s.closed}`}>{open ? t('registrationOpen') : t('registrationClosed')}</span>
    </div>
  );
}
