'use client';

import { Button, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconSitemap, IconTrash } from '@tabler/icons-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { OrganisationsPageQuery } from '../../graphql-client/graphql';
import { RowActions } from '../ui/row-actions';
import { DeleteOrganisationDialog } from './delete-organisation';
import { OrganisationFormDialog } from './organisation-form-dialog';

export type OrganisationRow = OrganisationsPageQuery['organisations']['nodes'][number];
export type Contents = OrganisationRow['contents'];

interface Placed {
  organisation: OrganisationRow;
  depth: number;
  parent: OrganisationRow | null;
}

/** Depth-first, each level in the API's order (by name); a row whose parent is not listed starts a tree. */
function placeInTree(organisations: OrganisationRow[]): Placed[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const children = new Map<string | null, OrganisationRow[]>();
  for (const o of organisations) {
    const parentId = o.parent && byId.has(o.parent.id) ? o.parent.id : null;
    children.set(parentId, [...(children.get(parentId) ?? []), o]);
  }
  const placed: Placed[] = [];
  const visit = (parent: OrganisationRow | null, depth: number) => {
    for (const organisation of children.get(parent?.id ?? null) ?? []) {
      placed.push({ organisation, depth, parent });
      visit(organisation, depth + 1);
    }
  };
  visit(null, 0);
  return placed;
}

/** « 2 sous-organisations, 3 membres », only what it holds, in the API's counts. */
export function useContentsText() {
  const t = useTranslations('organisations.contents');
  return (contents: Contents, separator = ', ') =>
    (Object.keys(contents) as (keyof Contents)[])
      .filter((kind) => typeof contents[kind] === 'number' && contents[kind] > 0)
      .map((kind) => t(kind, { count: contents[kind] }))
      .join(separator);
}

type Dialog = { kind: 'create'; parentId: string | null } | { kind: 'edit' | 'delete'; organisation: OrganisationRow };

/**
 * The organisation tree (#8 screen 8) as an indented table: each organisation under its parent, with what it
 * holds; administrators rename, move (the API refuses a cycle), add a sub-organisation and delete empty ones.
 */
export function OrganisationTree({ organisations, canCreate }: { organisations: OrganisationRow[]; canCreate: boolean }) {
  const t = useTranslations('organisations');
  const common = useTranslations('common');
  const contentsText = useContentsText();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const placed = placeInTree(organisations);
  const close = () => setDialog(null);

  return (
    <Paper p={0} className="data-table">
      {canCreate && (
        <Group justify="flex-end" p="md" className="data-table-toolbar">
          <Button onClick={() => setDialog({ kind: 'create', parentId: null })}>{t('new')}</Button>
        </Group>
      )}
      {placed.length === 0 ? (
        <Text p="xl" ta="center" c="dimmed" size="sm">
          {t('empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560} type="native">
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <caption>
              <VisuallyHidden>{t('tableLabel')}</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('columns.name')}</Table.Th>
                <Table.Th scope="col">{t('columns.code')}</Table.Th>
                <Table.Th scope="col">{t('columns.contents')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  <VisuallyHidden>{common('actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {placed.map(({ organisation, depth, parent }) => (
                <Table.Tr key={organisation.id} data-depth={depth}>
                  <Table.Td>
                    <Text size="sm" fw={depth === 0 ? 700 : 500} style={{ paddingLeft: `${depth * 1.75}rem` }}>
                      {depth > 0 && (
                        <Text span c="dimmed" aria-hidden mr={6}>
                          └
                        </Text>
                      )}
                      {organisation.name}
                      {parent && <VisuallyHidden>, {t('under', { parent: parent.name })}</VisuallyHidden>}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {organisation.code ?? common('none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={contentsText(organisation.contents) ? undefined : 'dimmed'}>
                      {contentsText(organisation.contents, ' · ') || t('emptyContents')}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {organisation.viewerCan.edit && (
                      <RowActions
                        name={organisation.name}
                        actions={[
                          { key: 'edit', label: t('actions.edit'), icon: <IconPencil size={16} aria-hidden />, onClick: () => setDialog({ kind: 'edit', organisation }) },
                          { key: 'child', label: t('actions.addChild'), icon: <IconSitemap size={16} aria-hidden />, onClick: () => setDialog({ kind: 'create', parentId: organisation.id }) },
                          { key: 'delete', label: t('actions.delete'), icon: <IconTrash size={16} aria-hidden />, color: 'red.9', onClick: () => setDialog({ kind: 'delete', organisation }) },
                        ]}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === 'create' && <OrganisationFormDialog organisations={organisations} parentId={dialog.parentId} onClose={close} />}
      {dialog?.kind === 'edit' && <OrganisationFormDialog organisations={organisations} organisation={dialog.organisation} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteOrganisationDialog organisation={dialog.organisation} onClose={close} />}
    </Paper>
  );
}
