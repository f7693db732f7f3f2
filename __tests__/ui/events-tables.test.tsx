import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UrlUpdateEvent } from 'nuqs/adapters/testing';
import { DEFAULT_EVENT_SORTS } from '../../components/sessions/event-sort';
import { EventList, EventRow, EventsTables } from '../../components/sessions/events-tables';
import type { Sorting } from '../../components/ui/table-state';
import { renderScreen } from '../support/render';

// #7 screen 5: the session page's open and ended events tables sort on name, start and end; the order is in the
// URL (`openSort`, `endedSort`) and the server page asks the API for it (nothing is sorted here).
// #8 screen 1: a search in the URL, names linking to the event pages, row menus as viewerCan says, and a new
// request to the API when the soonest open event ends.
const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh }) }));
beforeEach(() => refresh.mockReset());

const row = (name: string, endAt = '2099-03-03T11:00:00.000Z', repeat = true): EventRow => ({
  id: name,
  name,
  start: '3 mars 2027 09:00',
  startZone: 'Paris',
  end: '3 mars 2027 12:00',
  endZone: 'Paris',
  location: null,
  registrants: 2,
  endAt,
  timeZone: 'Europe/Paris',
  viewerCan: { edit: true, delete: true, repeat },
});
const list = (...rows: EventRow[]): EventList => ({ totalCount: rows.length, rows });

function renderTables(
  searchParams: string,
  sorting: { open: Sorting; ended: Sorting } = DEFAULT_EVENT_SORTS,
  open = list(row('Accueil')),
  ended = list(row('Bilan', '2020-03-03T11:00:00.000Z', false)),
) {
  const updates: UrlUpdateEvent[] = [];
  renderScreen(<EventsTables sessionId="7" canCreate open={open} ended={ended} sorting={sorting} />, {
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

  it('links each name to its event page and offers the menu viewerCan allows: an ended event has no repeat', async () => {
    renderTables('?tab=events');
    const open = table(/^Séances ouvertes/);
    expect(within(open).getByRole('link', { name: 'Accueil' }).getAttribute('href')).toBe('/manage/events/Accueil');
    await act(async () => fireEvent.click(within(open).getByRole('button', { name: /Actions pour «.Accueil.»/ })));
    expect((await screen.findAllByRole('menuitem')).map((item) => item.textContent)).toEqual(['Modifier', 'Commentaires', 'Répéter', 'Supprimer']);
    await act(async () => fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' }));
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    await act(async () => fireEvent.click(within(table(/^Séances terminées/)).getByRole('button', { name: /Bilan/ })));
    await waitFor(() => expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Modifier', 'Commentaires', 'Supprimer']));
  });

  it('writes the search into the URL (the server page asks the API), keeping the tab', async () => {
    const updates = renderTables('?tab=events');
    fireEvent.change(screen.getByRole('searchbox', { name: /Rechercher une séance/ }), { target: { value: 'atelier' } });
    await waitFor(() => expect(lastUrl(updates)?.get('eventSearch')).toBe('atelier'), { timeout: 2000 });
    expect(lastUrl(updates)?.get('tab')).toBe('events');
  });

  it('says when nothing matches the search', () => {
    renderTables('?tab=events&eventSearch=zz', DEFAULT_EVENT_SORTS, list(), list());
    expect(screen.getAllByText(/^Aucune séance ne correspond à «.zz.»\.$/)).toHaveLength(2);
  });

  it('asks the API again once the soonest open event has ended, and not before', () => {
    jest.useFakeTimers();
    try {
      const soon = new Date(Date.now() + 5_000).toISOString();
      renderTables('?tab=events', DEFAULT_EVENT_SORTS, list(row('Accueil'), row('Atelier', soon)));
      act(() => jest.advanceTimersByTime(4_000));
      expect(refresh).not.toHaveBeenCalled();
      act(() => jest.advanceTimersByTime(3_000));
      expect(refresh).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
