import { Button, Checkbox, Group, NativeSelect, Paper, TextInput, Title } from '@mantine/core';
import Form from 'next/form';
import { useTranslations } from 'next-intl';
import { AnchorLink } from '../ui/links';

interface Choice {
  id: string;
  name: string;
}

export interface CatalogueFilterValues {
  q: string;
  org: string;
  loc: string;
  from: string;
  to: string;
  seats: boolean;
}

/**
 * The catalogue's filters: a GET form, so the URL keeps the view and it works before (or without) any script;
 * next/form turns the submit into a client-side navigation. A new search starts at the first page.
 */
export function CatalogueFilters({
  values,
  organisations,
  locations,
  filtered,
}: {
  values: CatalogueFilterValues;
  organisations: Choice[];
  locations: Choice[];
  filtered: boolean;
}) {
  const t = useTranslations('catalogue');
  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-labelledby="catalogue-filters">
      <Title order={2} size="h4" id="catalogue-filters" mb="sm">
        {t('filtersHeading')}
      </Title>
      {/* Keyed on the view: after a navigation (reset, next page) the fields show the URL, not what was typed before. */}
      <Form action="/catalogue" key={JSON.stringify(values)}>
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput name="q" type="search" label={t('search')} description={t('searchHelp')} defaultValue={values.q} maxLength={255} w={260} />
          <NativeSelect
            name="org"
            label={t('organisation')}
            defaultValue={values.org}
            data={[{ value: '', label: t('allOrganisations') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
            w={240}
          />
          <NativeSelect
            name="loc"
            label={t('location')}
            defaultValue={values.loc}
            data={[{ value: '', label: t('allLocations') }, ...locations.map((l) => ({ value: l.id, label: l.name }))]}
            w={240}
          />
        </Group>
        {/* The period and the rest on a row of their own: at 1280 px five fields wrapped one date alone. */}
        <Group mt="md" gap="md" align="flex-end" wrap="wrap">
          <TextInput name="from" type="date" label={t('from')} description={t('periodHelp')} defaultValue={values.from} w={200} />
          <TextInput name="to" type="date" label={t('to')} defaultValue={values.to} w={200} />
          <Checkbox name="seats" value="1" label={t('withSeatsLeft')} defaultChecked={values.seats} mb={8} />
          <Button type="submit">{t('apply')}</Button>
          {filtered && <AnchorLink href="/catalogue">{t('reset')}</AnchorLink>}
        </Group>
      </Form>
    </Paper>
  );
}
