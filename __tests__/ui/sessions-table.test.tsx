import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UrlUpdateEvent } from 'nuqs/adapters/testing';
import type { AnchorHTMLAttributes } from 'react';
import { SessionRow, SessionsTable } from '../../components/sessions/sessions-table';
import { renderScreen } from '../support/render';

// #7 screen 4: the sessions table's view lives in the URL (sort, filters, pages); the server sorts and pages.
jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));
jest.mock('next/link', () => ({
  __esModule: true,
  default: ({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => <a href={href} {...props} />,
}));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });

const rows: SessionRow[] = [
  {
    id: '11',
    title: 'Printemps à Lyon',
    training: { id: '3', title: 'Gestes et postures' },
    start: { date: '3 mars 2027', time: '09:00' },
    end: { date: '4 mars 2027', time: '17:00' },
    status: 'UPCOMING',
    learners: 3,
    capacity: 20,
    pending: 2,
    canEdit: true,
    canDelete: true,
  },
  {
    id: '12',
    title: 'Catalogue public',
    training: { id: '4', title: 'Excel perfectionnement' },
    start: { date: '1 févr. 2027', time: '09:00' },
    end: { date: '2 févr. 2027', time: '17:00' },
    status: 'ENDED',
    learners: 0,
    capacity: null,
    pending: 0,
    canEdit: false,
    canDelete: false,
  },
];
const trainings = [
  { id: '3', code: 'GESTES', title: 'Gestes et postures' },
  { id: '4', code: 'EXCEL', title: 'Excel perfectionnement' },
];

function renderTable(searchParams: string, overrides: Partial<Parameters<typeof SessionsTable>[0]> = {}) {
  const updates: UrlUpdateEvent[] = [];
  renderScreen(
    <SessionsTable rows={rows} totalCount={42} pageInfo={{ endCursor: 'CURSOR-2', hasNextPage: true }} trainings={trainings} canCreate {...overrides} />,
    { searchParams, onUrlUpdate: (event) => updates.push(event) },
  );
  return updates;
}

const header = (name: RegExp) => screen.getByRole('columnheader', { name });
const lastUrl = (updates: UrlUpdateEvent[]) => updates[updates.length - 1]?.searchParams;

describe('SessionsTable', () => {
  it('reads the sort and every filter from the URL: aria-sort on the sorted header only', () => {
    renderTable('?sort=-pending&q=lyon&training=3&status=UPCOMING&from=2027-03-01&to=2027-03-31');
    expect(header(/^En attente/).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getAllByRole('columnheader').filter((th) => th.hasAttribute('aria-sort'))).toHaveLength(1);
    expect((screen.getByRole('searchbox', { name: 'Rechercher' }) as HTMLInputElement).value).toBe('lyon');
    expect((screen.getByRole('combobox', { name: 'Formation' }) as HTMLInputElement).value).toBe('Gestes et postures (GESTES)');
    expect((screen.getByRole('combobox', { name: 'Statut' }) as HTMLInputElement).value).toBe('À venir');
    expect((screen.getByLabelText('Débute à partir du') as HTMLInputElement).value).toBe('2027-03-01');
    expect((screen.getByLabelText('Débute au plus tard le') as HTMLInputElement).value).toBe('2027-03-31');
    expect(screen.getByText('42 résultats')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Sessions' })).toBeTruthy();
  });

  it('shows learners / capacity as « 3 / 20 », the status, and links the title to the session page', () => {
    renderTable('');
    const first = screen.getByRole('row', { name: /Printemps à Lyon/ });
    expect(within(first).getByText('3 / 20')).toBeTruthy();
    expect(within(first).getByText('À venir')).toBeTruthy();
    expect(within(first).getByRole('link', { name: 'Printemps à Lyon' }).getAttribute('href')).toBe('/manage/sessions/11');
    expect(within(screen.getByRole('row', { name: /Catalogue public/ })).getByText('0 / illimité')).toBeTruthy();
    // Unsorted URL: the default order (status, upcoming first) is what the header says.
    expect(header(/^Statut/).getAttribute('aria-sort')).toBe('ascending');
  });

  it.each([
    ['Formation', 'training'],
    ['Session', 'title'],
    ['Début', 'start'],
    ['Fin', 'end'],
    ['Apprenants', 'learners'],
    ['En attente', 'pending'],
  ])('sorts on %s with its header button (ascending, then descending) and goes back to page one', async (name, key) => {
    const updates = renderTable('?pages=CURSOR-1');
    const button = within(header(new RegExp(`^${name.replace('/', '\\/')}`))).getByRole('button');
    await act(async () => fireEvent.click(button));
    expect(lastUrl(updates)?.get('sort')).toBe(key);
    expect(lastUrl(updates)?.has('pages')).toBe(false);
    await act(async () => fireEvent.click(button));
    expect(lastUrl(updates)?.get('sort')).toBe(`-${key}`);
  });

  it('sorts on Statut, the default order, by turning it round first', async () => {
    const updates = renderTable('');
    await act(async () => fireEvent.click(within(header(/^Statut/)).getByRole('button')));
    expect(lastUrl(updates)?.get('sort')).toBe('-status');
  });

  it('writes the filters to the URL and clears them all', async () => {
    const updates = renderTable('?training=3&status=ENDED');
    fireEvent.change(screen.getByLabelText('Débute à partir du'), { target: { value: '2027-01-15' } });
    await waitFor(() => expect(lastUrl(updates)?.get('from')).toBe('2027-01-15'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' })));
    await waitFor(() => expect(['training', 'status', 'from'].some((k) => lastUrl(updates)?.has(k))).toBe(false));
  });

  it('offers only the actions the API allows, with links to the session screens; never "message"', async () => {
    renderTable('');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Actions pour «\u00a0Printemps à Lyon\u00a0»' })));
    expect((await screen.findByRole('menuitem', { name: 'Créer une séance' })).getAttribute('href')).toBe('/manage/sessions/11/events');
    expect(screen.getByRole('menuitem', { name: 'Modifier' }).getAttribute('href')).toBe('/manage/sessions/11/edit');
    expect(screen.getByRole('menuitem', { name: 'Ouvrir la page de la session' }).getAttribute('href')).toBe('/manage/sessions/11');
    expect(screen.getByRole('menuitem', { name: 'Supprimer' })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: /message/i })).toBeNull();
  });

  it('opens rows to their events (several at once), fetching only the opened row’s events', async () => {
    fetchMock.mockImplementation((_url, init: { body: string }) => {
      const { variables } = JSON.parse(init.body);
      const name = variables.id === '11' ? 'Accueil et échauffement' : 'Bilan';
      return answer({
        data: {
          session: {
            id: variables.id,
            events: {
              totalCount: 1,
              nodes: [
                {
                  id: `e${variables.id}`,
                  name,
                  startAt: '2027-03-03T08:00:00Z',
                  endAt: '2027-03-03T11:00:00Z',
                  timeZone: 'Europe/Paris',
                  maxUsers: 12,
                  location: { id: '1', name: 'Salle 12' },
                  registrants: { totalCount: 3 },
                  viewerCan: { comment: true },
                },
              ],
            },
          },
        },
      });
    });
    renderTable('');
    const open = screen.getByRole('button', { name: 'Afficher les séances de «\u00a0Printemps à Lyon\u00a0»' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    await act(async () => fireEvent.click(open));
    expect(await screen.findByText('Accueil et échauffement')).toBeTruthy();
    expect(screen.getByText('Salle 12')).toBeTruthy();
    expect(screen.getByText('3 / 12')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Afficher les séances de «\u00a0Catalogue public\u00a0»' })));
    expect(await screen.findByText('Bilan')).toBeTruthy();
    expect(screen.getByText('Accueil et échauffement')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Masquer les séances de «\u00a0Printemps à Lyon\u00a0»' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'Commentaires de «\u00a0Bilan\u00a0»' })).toBeTruthy();
  });

  it('says what to do when nothing matches the filters', async () => {
    const updates = renderTable('?q=zzz', { rows: [], totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false } });
    expect(screen.getByText(/Aucune session ne correspond/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: 'Effacer les filtres' })[0]));
    await waitFor(() => expect(lastUrl(updates)?.has('q')).toBe(false));
  });
});
