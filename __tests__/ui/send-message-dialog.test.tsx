import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SendMessageButton } from '../../components/messages/send-message-button';
import { MyMessages } from '../../components/messages/my-messages';
import { renderScreen } from '../support/render';

// R13 (seed 002, « l'enveloppe »): the dialog that messages a session's learners, and the inbox on /me.
const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const respond = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const sent = () => fetchMock.mock.calls.map(([, init]) => JSON.parse((init as { body: string }).body));

describe('SendMessageButton', () => {
  it("shows the API's field error next to the field and keeps what was typed, then says what was sent", async () => {
    fetchMock
      .mockImplementationOnce(() =>
        respond({ errors: [{ message: 'body must not be empty', extensions: { code: 'BAD_USER_INPUT', reason: 'EMPTY', field: 'body' } }] }),
      )
      .mockImplementationOnce(() => respond({ data: { sendMessage: { internalRecipients: 12, emailsQueued: 12, message: { id: '1' } } } }));
    renderScreen(<SendMessageButton target={{ sessionId: '7', name: 'Sécurité incendie' }} />);
    fireEvent.click(screen.getByRole('button', { name: /envoyer un message/i }));
    expect(await screen.findByRole('dialog', { name: /apprenants de « Sécurité incendie »/ })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /objet/i }), { target: { value: 'Salle changée' } });
    fireEvent.click(screen.getByRole('radio', { name: /messagerie interne/i }));
    fireEvent.click(screen.getByRole('radio', { name: /les deux/i }));
    fireEvent.click(screen.getByRole('button', { name: /^envoyer$/i }));

    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /objet/i }) as HTMLInputElement).value).toBe('Salle changée');
    expect(sent()[0].variables).toEqual({ input: { sessionId: '7', subject: 'Salle changée', body: '', channels: 'BOTH' } });

    fireEvent.change(screen.getByRole('textbox', { name: /message/i }), { target: { value: 'Rendez-vous en B12' } });
    fireEvent.click(screen.getByRole('button', { name: /^envoyer$/i }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Message envoyé à 12 apprenants, 12 e-mails en file d’attente.');
    expect(sent()[1].variables.input).toMatchObject({ sessionId: '7', body: 'Rendez-vous en B12' });
  });

  it("sends an event's message with its eventId", async () => {
    fetchMock.mockImplementation(() => respond({ data: { sendMessage: { internalRecipients: 1, emailsQueued: 0, message: { id: '2' } } } }));
    renderScreen(<SendMessageButton target={{ eventId: '9', name: 'Séance 1' }} />);
    fireEvent.click(screen.getByRole('button', { name: /envoyer un message/i }));
    fireEvent.change(await screen.findByRole('textbox', { name: /objet/i }), { target: { value: 'A' } });
    fireEvent.change(screen.getByRole('textbox', { name: /message/i }), { target: { value: 'B' } });
    fireEvent.click(screen.getByRole('radio', { name: /messagerie interne/i }));
    fireEvent.click(screen.getByRole('button', { name: /^envoyer$/i }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Message envoyé à 1 apprenant dans la messagerie interne.');
    expect(sent()[0].variables).toEqual({ input: { eventId: '9', subject: 'A', body: 'B', channels: 'INTERNAL' } });
  });
});

describe('MyMessages', () => {
  it('lists my messages; opening an unread one shows it and marks it read', async () => {
    let read = false;
    fetchMock.mockImplementation((_url: string, init: { body: string }) => {
      const { query } = JSON.parse(init.body) as { query: string };
      if (query.includes('markMessagesRead')) {
        read = true;
        return respond({ data: { markMessagesRead: 1 } });
      }
      return respond({
        data: {
          viewer: { timeZone: 'Europe/Paris' },
          unreadMessageCount: read ? 0 : 1,
          myMessages: {
            totalCount: 1,
            nodes: [
              {
                id: '5',
                subject: 'Salle changée',
                body: 'Rendez-vous en B12',
                read,
                sentAt: '2026-03-02T08:00:00.000Z',
                sender: { id: '1', firstName: 'Anne', lastName: 'Martin' },
                session: { id: '7', title: 'Sécurité incendie' },
                event: null,
              },
            ],
          },
        },
      });
    });
    renderScreen(<MyMessages />);
    const open = await screen.findByRole('button', { name: /Salle changée/ });
    expect(screen.getByText('Nouveau')).toBeTruthy();
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Rendez-vous en B12')).toBeTruthy();
    await waitFor(() => expect(sent().some((b) => b.query.includes('markMessagesRead') && b.variables.ids[0] === '5')).toBe(true));
    await waitFor(() => expect(screen.queryByText('Nouveau')).toBeNull());
  });
});
