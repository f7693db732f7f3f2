import { Badge, Group } from '@mantine/core';
import { useTranslations } from 'next-intl';

/** Seats left (R6) and whether registration is open (R8), as the API says them. */
export function SeatsAndRegistration({ seatsLeft, registrationOpen }: { seatsLeft: number | null; registrationOpen: boolean }) {
  const t = useTranslations('catalogue');
  return (
    <Group gap="xs">
      {/* Dark shades or auto-contrast text: WCAG AA contrast at badge size. */}
      <Badge variant="filled" color={seatsLeft === 0 ? 'yellow.3' : 'teal.9'} autoContrast tt="none">
        {seatsLeft === null ? t('unlimited') : seatsLeft === 0 ? t('waitingList') : t('seatsLeft', { count: seatsLeft })}
      </Badge>
      <Badge variant="outline" color={registrationOpen ? 'blue.9' : 'gray.7'} tt="none">
        {registrationOpen ? t('registrationOpen') : t('registrationClosed')}
      </Badge>
    </Group>
  );
}
