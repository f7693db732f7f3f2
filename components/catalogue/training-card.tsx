import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslations } from 'next-intl';
import type { CataloguePageQuery } from '../../graphql-client/graphql';
import { AnchorLink } from '../ui/links';
import { SessionCard } from './session-card';

type Training = CataloguePageQuery['trainings']['nodes'][number];

/** A description cut at a word, for the list (the training's page has it whole). */
function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, flat.lastIndexOf(' ', max))}…`;
}

/** A training in the catalogue list, with its next matching sessions. */
export function TrainingCard({ training, readerZone }: { training: Training; readerZone: string }) {
  const t = useTranslations('catalogue');
  const more = training.sessions.totalCount - training.sessions.nodes.length;
  const headingId = `training-${training.id}`;
  return (
    <Card withBorder padding="lg" radius="md" component="li" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={headingId}>
            <AnchorLink href={`/catalogue/trainings/${training.id}`} inherit>
              {training.title}
            </AnchorLink>
          </Title>
          <Group gap="md" mt={4}>
            <Text size="sm" c="dimmed">
              {t('organisedBy', { names: training.organisations.map((o) => o.name).join(', ') })}
            </Text>
            {training.durationHours != null && (
              <Text size="sm" c="dimmed">
                {t('durationHours', { count: training.durationHours })}
              </Text>
            )}
          </Group>
        </div>
        {training.description && <Text size="sm">{excerpt(training.description)}</Text>}
        <Title order={3} size="h5">
          {t('upcomingSessions')}
        </Title>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {training.sessions.nodes.map((session) => (
            <SessionCard key={session.id} session={session} readerZone={readerZone} />
          ))}
        </Stack>
        {more > 0 && (
          <AnchorLink href={`/catalogue/trainings/${training.id}`} size="sm">
            {t('moreSessions', { count: more })}
          </AnchorLink>
        )}
      </Stack>
    </Card>
  );
}
