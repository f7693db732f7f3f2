import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { MyNotifications } from '../../components/notifications/my-notifications';
import { NotificationsMenu } from '../../components/notifications/notifications-menu';
import { renderScreen } from '../support/render';

// #9 §4: the header's bell: the unread count, the latest notifications worded by kind, « tout marquer comme lu ».
const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const respond = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });

const notice = (id: string, kind: string, read: boolean, event: { id: string; name: string } | null = null) => ({
  id,
  kind,
  read,
  createdAt: '2026-03-02T08:00:00.000Z',
  session: { id: '7', title: 'Sécurité incendie' },
  event,
});

function api(nodes: ReturnType<typeof notice>[]) {
  let list = nodes;
  fetchMock.mockImplementation((_url: string, init: { body: string }) => {
    const { query } = JSON.parse(init.body) as { query: string };
    if (query.includes('markNotificationsRead')) {
      const { ids } = JSON.parse(init.body).variables as { ids?: string[] };
      const marks = (n: { id: string; read: boolean }) => !n.read && (!ids?.length || ids.includes(n.id));
      const changed = list.filter(marks).length;
      list = list.map((n) => (marks(n) ? { ...n, read: true } : n));
      return respond({ data: { markNotificationsRead: changed } });
    }
    return respond({
      data: { viewer: { timeZone: 'Europe/Paris' }, unreadNotificationCount: list.filter((n) => !n.read).length, notifications: { nodes: list } },
    });
  });
}

describe('NotificationsMenu', () => {
  it('shows the unread count, lists the notifications in words, and marks them all read', async () => {
    api([
      notice('3', 'PROMOTED', false, { id: '5', name: 'Exercice pratique' }),
      notice('2', 'PROMOTED', false),
      notice('1', 'ACCEPTED', true),
    ]);
    renderScreen(<NotificationsMenu />);
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 non lues' });
    await act(async () => fireEvent.click(bell));
    expect(await screen.findByText('Une place s’est libérée : vous êtes inscrit·e à la séance « Exercice pratique » de « Sécurité incendie ».')).toBeTruthy();
    const promoted = screen.getByText('Une place s’est libérée : vous êtes inscrit·e à « Sécurité incendie ».');
    expect(promoted.closest('a')!.getAttribute('href')).toBe('/catalogue/sessions/7');
    expect(screen.getByText('Votre inscription à « Sécurité incendie » a été acceptée.')).toBeTruthy();
    expect(screen.getAllByText('Nouveau')).toHaveLength(2);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tout marquer comme lu' })));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Notifications' })).toBeTruthy());
    expect(screen.queryByText('Nouveau')).toBeNull();
    expect(fetchMock.mock.calls.some(([, init]) => (init as { body: string }).body.includes('markNotificationsRead'))).toBe(true);
  });

  it('empty: says there is nothing yet, and offers nothing to mark', async () => {
    api([]);
    renderScreen(<NotificationsMenu />);
    const bell = await screen.findByRole('button', { name: 'Notifications' });
    await act(async () => fireEvent.click(bell));
    expect(await screen.findByText('Aucune notification pour l’instant.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tout marquer comme lu' })).toBeNull();
  });
});

describe('MyNotifications (/me)', () => {
  it('lists my notifications and marks one read, then all', async () => {
    api([notice('3', 'PROMOTED', false), notice('2', 'REFUSED', false), notice('1', 'ACCEPTED', true)]);
    renderScreen(<MyNotifications />);
    expect(await screen.findByText('Une place s’est libérée : vous êtes inscrit·e à « Sécurité incendie ».')).toBeTruthy();
    expect(screen.getByText('Votre inscription à « Sécurité incendie » a été refusée.')).toBeTruthy();
    expect(screen.getAllByText('Nouveau')).toHaveLength(2);
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: 'Marquer comme lu' })[0]));
    await waitFor(() => expect(screen.getAllByText('Nouveau')).toHaveLength(1));
    const marked = fetchMock.mock.calls.map(([, init]) => JSON.parse((init as { body: string }).body)).find((b) => b.query.includes('markNotificationsRead'));
    expect(marked.variables.ids).toEqual(['3']);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tout marquer comme lu' })));
    await waitFor(() => expect(screen.queryByText('Nouveau')).toBeNull());
  });

  it('empty: says there is nothing yet', async () => {
    api([]);
    renderScreen(<MyNotifications />);
    expect(await screen.findByText('Aucune notification pour l’instant.')).toBeTruthy();
  });
});
