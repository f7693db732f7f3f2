import { Container, Group, Stack, Text, Title } from '@mantine/core';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CatalogueFilters } from '../../../components/catalogue/catalogue-filters';
import { TrainingCard } from '../../../components/catalogue/training-card';
import { AnchorLink, ButtonLink } from '../../../components/ui/links';
import { runOperation } from '../../../server/execute';
import { CataloguePage as CataloguePageQuery } from './operations';
import { CatalogueViewerZone } from './viewer-zone';
import { hasFilters, readView, sessionFilter, viewHref } from './search-params';

const PAGE_SIZE = 10;
const SESSIONS_PER_TRAINING = 4;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('catalogue');
  return { title: t('title'), description: t('metaDescription'), alternates: { canonical: '/catalogue' } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The public catalogue (#9 §1): no sign-in; server-rendered, the filters are a plain GET form. */
export default async function CataloguePage({ searchParams }: { searchParams: SearchParams }) {
  const [t, view] = await Promise.all([getTranslations('catalogue'), searchParams.then(readView)]);
  // The period's days are the reader's: their zone comes first (one cheap query, shared context).
  const { viewer } = await runOperation(CatalogueViewerZone);
  const data = await runOperation(CataloguePageQuery, {
    first: PAGE_SIZE,
    after: view.after || null,
    search: view.q || null,
    organisationId: view.org || null,
    sessions: sessionFilter(view, viewer.timeZone),
    sessionsPerTraining: SESSIONS_PER_TRAINING,
  });
  const { trainings, catalogueFilters } = data;
  const filtered = hasFilters(view);
  return (
    <Container component="main" size="lg" py="xl" className="page" id="main">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('title')}</Title>
          <Text c="dimmed" mt="xs">
            {t('intro')}
          </Text>
        </div>
        <CatalogueFilters values={view} organisations={catalogueFilters.organisations} locations={catalogueFilters.locations} filtered={filtered} />
        <Text role="status" fw={500}>
          {t('results', { count: trainings.totalCount })}
        </Text>
        {trainings.nodes.length ? (
          <Stack component="ul" gap="md" p={0} m={0} aria-label={t('title')} style={{ listStyle: 'none' }}>
            {trainings.nodes.map((training) => (
              <TrainingCard key={training.id} training={training} readerZone={viewer.timeZone} />
            ))}
          </Stack>
        ) : (
          <Stack gap={4}>
            <Text>{filtered ? t('empty') : t('emptyCatalogue')}</Text>
            {filtered && <Text c="dimmed">{t('emptyHint')}</Text>}
          </Stack>
        )}
        {(trainings.pageInfo.hasNextPage || view.after) && (
          <Group component="nav" aria-label={t('pagination')} gap="lg">
            {view.after && <AnchorLink href={viewHref(view, { after: '' })}>{t('firstPage')}</AnchorLink>}
            {trainings.pageInfo.hasNextPage && trainings.pageInfo.endCursor && (
              <ButtonLink variant="light" href={viewHref(view, { after: trainings.pageInfo.endCursor })}>
                {t('nextPage')}
              </ButtonLink>
            )}
          </Group>
        )}
      </Stack>
    </Container>
  );
}
