import { act, fireEvent, screen, within } from '@testing-library/react';
import type { UrlUpdateEvent } from 'nuqs/adapters/testing';
import type { AnchorHTMLAttributes } from 'react';
import { TrainingRow, TrainingsTable } from '../../components/trainings/trainings-table';
import { renderScreen } from '../support/render';

// #7: the table's view lives in the URL (sort, filters, pages); the server does the sorting and paging.
jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));
jest.mock('next/link', () => ({
  __esModule: true,
  default: ({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => <a href={href} {...props} />,
}));

const rows: TrainingRow[] = [
  { id: '1', code: 'SST-INIT', title: 'Sauveteur secouriste', organisations: ['Groupe Hospitalier Sud'], sessionCount: 3, nextSession: { title: 'Printemps', start: '3 mars 2027' }, canEdit: true, canDelete: true },
  { id: '2', code: 'EXCEL-1', title: 'Excel, premiers pas', organisations: ['Université de Lyon'], sessionCount: 0, nextSession: null, canEdit: false, canDelete: false },
];
const organisations = [{ id: '7', name: 'Université de Lyon' }, { id: '8', name: 'Groupe Hospitalier Sud' }];

function renderTable(searchParams: string, overrides: Partial<Parameters<typeof TrainingsTable>[0]> = {}) {
  const updates: UrlUpdateEvent[] = [];
  renderScreen(
    <TrainingsTable rows={rows} totalCount={42} pageInfo={{ endCursor: 'CURSOR-2', hasNextPage: true }} organisations={organisations} canCreate {...overrides} />,
    { searchParams, onUrlUpdate: (event) => updates.push(event) },
  );
  return updates;
}

const header = (name: RegExp) => screen.getByRole('columnheader', { name });
const lastUrl = (updates: UrlUpdateEvent[]) => updates[updates.length - 1]?.searchParams;

describe('TrainingsTable', () => {
  it('reads the sort and the filters from the URL: aria-sort on the sorted header only', () => {
    renderTable('?sort=-code&q=secours&org=8');
    expect(header(/^Code/).getAttribute('aria-sort')).toBe('descending');
    expect(header(/^Titre/).hasAttribute('aria-sort')).toBe(false);
    expect(header(/^Organisations/).hasAttribute('aria-sort')).toBe(false);
    expect((screen.getByRole('searchbox', { name: 'Rechercher' }) as HTMLInputElement).value).toBe('secours');
    expect((screen.getByRole('combobox', { name: 'Organisation' }) as HTMLInputElement).value).toBe('Groupe Hospitalier Sud');
    expect(screen.getByText('42 résultats')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Formations' })).toBeTruthy();
  });

  it('sorts with the header buttons (ascending first, then descending) and goes back to page one', async () => {
    const updates = renderTable('?pages=CURSOR-1');
    // Unsorted URL: the default order (title, ascending) is what the header says.
    expect(header(/^Titre/).getAttribute('aria-sort')).toBe('ascending');
    await act(async () => fireEvent.click(within(header(/^Code/)).getByRole('button')));
    expect(lastUrl(updates)?.get('sort')).toBe('code');
    expect(lastUrl(updates)?.has('pages')).toBe(false);
    await act(async () => fireEvent.click(within(header(/^Code/)).getByRole('button')));
    expect(lastUrl(updates)?.get('sort')).toBe('-code');
  });

  it('writes the search (debounced) and keeps the cursor stack for next / previous', async () => {
    jest.useFakeTimers();
    try {
      const updates = renderTable('?pages=CURSOR-1');
      expect(screen.getByText('Page 2 sur 3')).toBeTruthy();
      // nuqs writes the URL on a short timer: let it run after each click.
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: /Page suivante/ }));
        jest.advanceTimersByTime(100);
      });
      expect(lastUrl(updates)?.get('pages')).toBe('CURSOR-1~CURSOR-2');
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: /Page précédente/ }));
        jest.advanceTimersByTime(100);
      });
      expect(lastUrl(updates)?.get('pages')).toBe('CURSOR-1');
      fireEvent.change(screen.getByRole('searchbox', { name: 'Rechercher' }), { target: { value: 'excel' } });
      await act(async () => {
        jest.advanceTimersByTime(400);
      });
      expect(lastUrl(updates)?.get('q')).toBe('excel');
    } finally {
      jest.useRealTimers();
    }
  });

  it('offers only the actions the API allows, each with a text label', async () => {
    renderTable('');
    expect(screen.queryByRole('button', { name: 'Actions pour «\u00a0Excel, premiers pas\u00a0»' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Actions pour «\u00a0Sauveteur secouriste\u00a0»' })));
    expect(await screen.findByRole('menuitem', { name: 'Modifier' })).toBeTruthy();
    expect((await screen.findByRole('menuitem', { name: 'Nouvelle session' })).getAttribute('href')).toBe('/manage/sessions/new?trainingId=1');
    expect(screen.getByRole('menuitem', { name: 'Supprimer' })).toBeTruthy();
  });

  it('says what to do when nothing matches the filters', async () => {
    const updates = renderTable('?q=zzz', { rows: [], totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false } });
    expect(screen.getByText(/Aucune formation ne correspond/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' })));
    expect(lastUrl(updates)?.has('q')).toBe(false);
  });
});
