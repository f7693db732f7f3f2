import { Badge, Group } from '@mantine/core';
import { useTranslations } from 'next-intl';

/** Seats left or the waiting list (R6) and whether registration is open (R8), as the API's `registration` says them. */
export function SeatsAndRegistration({ registration }: { registration: { open: boolean; seatsLeft?: number | null; full: boolean } }) {
  const t = useTranslations('catalogue');
  const { open, seatsLeft = null, full } = registration;
  return (
    <Group gap="xs">
      {/* Dark shades or auto-contrast text: WCAG AA contrast at badge size. */}
      <Badge variant="filled" color={full ? 'yellow.3' : 'teal.9'} autoContrast tt="none">
        {full ? t('waitingList') : seatsLeft === null ? t('unlimited') : t('seatsLeft', { count: seatsLeft })}
      </Badge>
      <Badge variant="outline" color={open ? 'blue.9' : 'gray.7'} tt="none">
        {open ? t('registrationOpen') : t('registrationClosed')}
      </Badge>
    </Group>
  );
}
