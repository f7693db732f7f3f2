import { Box, List, ListItem, Paper, Title } from '@mantine/core';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { CatalogueSessionPageQuery } from '../../graphql-client/graphql';

type Session = CatalogueSessionPageQuery['session'];

/**
 * « Inscription »: what registering to this session involves, from its settings as the API gives them (R6–R8):
 * whether it is open, validation, the waiting list, who may unregister; and, below them, the registration button.
 */
export function RegistrationTerms({ session, children }: { session: Session; children?: ReactNode }) {
  const t = useTranslations('catalogue');
  const ended = session.status === 'ENDED';
  const terms = ended
    ? [t('session.ended')]
    : !session.publicRegistration
      ? [t('session.notPublic')]
      : [
          t('session.registrationOpen'),
          session.registrationValidation ? t('session.validation') : t('session.noValidation'),
          session.maxUsers == null ? t('session.unlimited') : t('session.waitingList'),
          session.publicUnregistration ? t('session.selfUnregistration') : t('session.staffUnregistration'),
        ];
  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-labelledby="registration">
      <Title order={2} size="h4" id="registration" mb="xs">
        {t('session.registration')}
      </Title>
      <List size="sm" spacing={6}>
        {terms.map((term) => (
          <ListItem key={term}>{term}</ListItem>
        ))}
      </List>
      {children && <Box mt="md">{children}</Box>}
    </Paper>
  );
}

type Translate = ReturnType<typeof useTranslations<'catalogue'>>;

/** « confirmée », « sur liste d'attente, en position 3 », « en attente de validation »… */
export function stateLabel(t: Translate, inscription: { role: string; state: string; position?: number | null }): string {
  if (inscription.role === 'TRAINER') return t('state.TRAINER');
  if (inscription.state === 'WAITLISTED' && inscription.position) return t('state.WAITLISTED_AT', { position: inscription.position });
  return t(`state.${inscription.state as 'CONFIRMED' | 'WAITLISTED' | 'PENDING' | 'CANCELLED'}`);
}
