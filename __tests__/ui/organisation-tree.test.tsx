import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OrganisationRow, OrganisationTree } from '../../components/organisations/organisation-tree';
import { renderScreen } from '../support/render';

// #8 screen 8: the tree shows each organisation under its parent; moving one under its own descendant is the
// API's refusal (PARENT_CYCLE), shown next to the parent field; a non-empty one cannot be deleted, and says why.
const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh }) }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  refresh.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const sent = () => fetchMock.mock.calls.map((call) => JSON.parse((call[1] as { body: string }).body));

const none = { subOrganisations: 0, members: 0, trainings: 0, locations: 0, templates: 0 };
const org = (id: string, name: string, parentId: string | null, contents = none): OrganisationRow => ({
  id,
  name,
  code: null,
  parent: parentId ? { id: parentId } : null,
  contents,
  viewerCan: { edit: true },
});
const TREE = [
  org('2', 'Faculté des Sciences', '1', { ...none, members: 2 }),
  org('3', 'Groupe Hospitalier Sud', null),
  org('1', 'Université de Lyon', null, { ...none, subOrganisations: 1, trainings: 3 }),
];

async function openAction(organisation: string, action: string) {
  fireEvent.click(screen.getByRole('button', { name: `Actions pour «\u00a0${organisation}\u00a0»` }));
  fireEvent.click(await screen.findByRole('menuitem', { name: action }));
}

describe('OrganisationTree', () => {
  it('shows each organisation under its parent, indented, with what it holds', () => {
    renderScreen(<OrganisationTree organisations={TREE} canCreate />);
    const rows = within(screen.getByRole('table', { name: 'Arbre des organisations' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => [row.getAttribute('data-depth'), (row as HTMLTableRowElement).cells[0].textContent])).toEqual([
      ['0', 'Groupe Hospitalier Sud'],
      ['0', 'Université de Lyon'],
      ['1', '└Faculté des Sciences, sous Université de Lyon'],
    ]);
    expect(within(rows[1]).getByText('1 sous-organisation · 3 formations')).toBeTruthy();
    expect(within(rows[2]).getByText('2 membres')).toBeTruthy();
    expect(within(rows[0]).getByText('Vide')).toBeTruthy();
  });

  it('shows the API refusal of a move under a descendant next to the parent field, and keeps the dialog open', async () => {
    fetchMock.mockImplementation(() =>
      answer({
        errors: [{ message: 'an organisation cannot be its own ancestor', extensions: { code: 'BAD_USER_INPUT', reason: 'PARENT_CYCLE', field: 'parentId' } }],
      }),
    );
    renderScreen(<OrganisationTree organisations={TREE} canCreate />);
    await openAction('Université de Lyon', 'Renommer ou déplacer');
    const dialog = await screen.findByRole('dialog', { name: 'Modifier Université de Lyon' });
    const parent = within(dialog).getByRole('combobox', { name: /^Organisation parente/ });
    fireEvent.click(parent);
    fireEvent.click(await screen.findByRole('option', { name: 'Faculté des Sciences' }));
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' })));

    expect(sent()[0].variables).toEqual({ id: '1', input: { name: 'Université de Lyon', code: null, parentId: '2' } });
    await waitFor(() => expect(parent.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Une organisation ne peut pas être placée sous elle-même ni sous l’une de ses sous-organisations.')).toBeTruthy();
    expect(document.activeElement).toBe(parent);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('does not offer to delete an organisation that still holds something, and says what', async () => {
    renderScreen(<OrganisationTree organisations={TREE} canCreate />);
    await openAction('Université de Lyon', 'Supprimer');
    const dialog = await screen.findByRole('dialog', { name: /^Supprimer/ });
    expect(await within(dialog).findByText(/ne peut pas être supprimée : elle contient encore 1 sous-organisation, 3 formations/)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Supprimer l’organisation' })).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('deletes an empty organisation after the confirmation', async () => {
    fetchMock.mockImplementation(() => answer({ data: { deleteOrganisation: { id: '3' } } }));
    renderScreen(<OrganisationTree organisations={TREE} canCreate />);
    await openAction('Groupe Hospitalier Sud', 'Supprimer');
    const dialog = await screen.findByRole('dialog', { name: /^Supprimer/ });
    await within(dialog).findByText('Cette organisation est vide : rien d’autre ne sera supprimé.');
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Supprimer l’organisation' })));
    await waitFor(() => expect(refresh).toHaveBeenCalled());
    expect(sent()[0].variables).toEqual({ id: '3' });
  });

  it('offers no action to those who may not change the tree', () => {
    renderScreen(<OrganisationTree organisations={TREE.map((o) => ({ ...o, viewerCan: { edit: false } }))} canCreate={false} />);
    expect(screen.queryByRole('button', { name: /Actions pour/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nouvelle organisation' })).toBeNull();
  });
});
