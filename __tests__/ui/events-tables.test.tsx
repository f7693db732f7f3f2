import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UrlUpdateEvent } from 'nuqs/adapters/testing';
import { DEFAULT_EVENT_SORTS } from '../../components/sessions/event-sort';
import { EventList, EventsTables } from '../../components/sessions/events-tables';
import type { Sorting } from '../../components/ui/table-state';
import { renderScreen } from '../support/render';

// #7 screen 5: the session page's open and ended events tables sort on name, start and end; the order is in the
// URL (`openSort`, `endedSort`) and the server page asks the API for it (nothing is sorted here).
const list = (name: string): EventList => ({
  totalCount: 1,
  rows: [
    { id: name, name, start: '3 mars 2027 09:00', startZone: 'Paris', end: '3 mars 2027 12:00', endZone: 'Paris', location: null, registrants: 2 },
  ],
});

function renderTables(searchParams: string, sorting: { open: Sorting; ended: Sorting } = DEFAULT_EVENT_SORTS) {
  const updates: UrlUpdateEvent[] = [];
  renderScreen(<EventsTables open={list('Accueil')} ended={list('Bilan')} sorting={sorting} />, {
    searchParams,
    onUrlUpdate: (event) => updates.push(event),
  });
  return updates;
}

const table = (name: RegExp) => screen.getByRole('table', { name });
const header = (of: HTMLElement, name: RegExp) => within(of).getByRole('columnheader', { name });
const sortedHeaders = (of: HTMLElement) => within(of).getAllByRole('columnheader').filter((th) => th.hasAttribute('aria-sort'));
const lastUrl = (updates: UrlUpdateEvent[]) => updates[updates.length - 1]?.searchParams;

describe('EventsTables', () => {
  it('makes name, start and end sort buttons, aria-sort on the sorted header only (defaults: start up, end down)', () => {
    renderTables('?tab=events');
    for (const which of [/^Séances ouvertes/, /^Séances terminées/]) {
      for (const name of [/^Séance/, /^Début/, /^Fin/]) expect(within(header(table(which), name)).getByRole('button')).toBeTruthy();
      expect(within(header(table(which), /^Lieu/)).queryByRole('button')).toBeNull();
      expect(sortedHeaders(table(which))).toHaveLength(1);
    }
    expect(header(table(/^Séances ouvertes/), /^Début/).getAttribute('aria-sort')).toBe('ascending');
    expect(header(table(/^Séances terminées/), /^Fin/).getAttribute('aria-sort')).toBe('descending');
  });

  it('shows the order it is given', () => {
    renderTables('?openSort=-name', { open: { id: 'name', desc: true }, ended: DEFAULT_EVENT_SORTS.ended });
    expect(header(table(/^Séances ouvertes/), /^Séance/).getAttribute('aria-sort')).toBe('descending');
    expect(sortedHeaders(table(/^Séances ouvertes/))).toHaveLength(1);
  });

  it("writes each table's own order into the URL, keeping the tab and the other table's order", async () => {
    const updates = renderTables('?tab=events&endedSort=start', { open: DEFAULT_EVENT_SORTS.open, ended: { id: 'start', desc: false } });
    await act(async () => fireEvent.click(within(header(table(/^Séances ouvertes/), /^Séance/)).getByRole('button')));
    await waitFor(() => expect(lastUrl(updates)?.get('openSort')).toBe('name'));
    expect(lastUrl(updates)?.get('endedSort')).toBe('start');
    expect(lastUrl(updates)?.get('tab')).toBe('events');
    // The sorted column turns round.
    await act(async () => fireEvent.click(within(header(table(/^Séances terminées/), /^Début/)).getByRole('button')));
    await waitFor(() => expect(lastUrl(updates)?.get('endedSort')).toBe('-start'));
    // The open table's default (start ascending) turns round too.
    await act(async () => fireEvent.click(within(header(table(/^Séances ouvertes/), /^Début/)).getByRole('button')));
    await waitFor(() => expect(lastUrl(updates)?.get('openSort')).toBe('-start'));
  });
});
