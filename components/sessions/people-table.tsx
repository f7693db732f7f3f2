'use client';

import { Badge, Table, Text } from '@mantine/core';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { PeopleList, PersonRow } from './session-people';

const STATE_COLOR = { PENDING: 'orange', CONFIRMED: 'green', WAITLISTED: 'cursus', CANCELLED: 'gray' } as const;

/**
 * One group of a session's registrants (#7 screen 5): name, e-mail, state (with the place on the waiting
 * list), date, and the actions the page allows on each row.
 */
export function PeopleTable({
  label,
  list,
  empty,
  actions,
}: {
  label: string;
  list: PeopleList;
  empty: string;
  actions?: (row: PersonRow) => ReactNode;
}) {
  const t = useTranslations('sessionPage.people');
  if (list.rows.length === 0)
    return (
      <Text size="sm" c="dimmed" px="md" pb="md">
        {empty}
      </Text>
    );
  return (
    <>
      <Table.ScrollContainer minWidth={720} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('name')}</Table.Th>
              <Table.Th scope="col">{t('email')}</Table.Th>
              <Table.Th scope="col">{t('state')}</Table.Th>
              <Table.Th scope="col">{t('date')}</Table.Th>
              {actions && (
                <Table.Th scope="col" ta="right">
                  {t('actions')}
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.rows.map((row) => (
              <Table.Tr key={row.inscriptionId} data-inscription={row.inscriptionId}>
                <Table.Td fw={600}>{row.name}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ wordBreak: 'break-all' }}>
                    {row.email ?? t('noEmail')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge variant="dot" color={STATE_COLOR[row.state]} styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}>
                    {row.state === 'WAITLISTED' && row.position != null ? t('position', { position: row.position }) : t(`states.${row.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {row.date}
                  </Text>
                </Table.Td>
                {actions && <Table.Td ta="right">{actions(row)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.totalCount > list.rows.length && (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {t('more', { shown: list.rows.length, total: list.totalCount })}
        </Text>
      )}
    </>
  );
}
