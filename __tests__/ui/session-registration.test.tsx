import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { EventRegistration } from '../../components/catalogue/event-registration';
import type { RegistrationView } from '../../components/catalogue/registration-island';
import { SessionRegistration } from '../../components/catalogue/session-registration';
import { renderScreen } from '../support/render';

// #9 §2–3: the registration islands in every state the API describes. The API is played by a fetch that
// answers the island's operations as the server would (the shapes are the generated operation types); the
// rules behind them are tested against the real API in __tests__/api/registration.test.ts.
jest.mock('next/navigation', () => ({ usePathname: () => '/catalogue/sessions/7' }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const sent = (call: unknown[]) => JSON.parse((call[1] as { body: string }).body) as { query: string; variables: Record<string, unknown> };
const respond = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });

const OPEN: RegistrationView['registration'] = {
  open: true,
  closure: null,
  unregistrationOpen: true,
  unregistrationClosure: null,
  seatsLeft: 3,
  full: false,
  waiting: 0,
  validation: false,
  closesAt: null,
};
const SIGNED_IN = { timeZone: 'Europe/Paris', user: { id: '42' } };
const ANONYMOUS = { timeZone: 'Europe/Paris', user: null };

type Target = 'session' | 'event';

/**
 * A stand-in API: the state query answers `view()` (which the test may change), mutations answer `mutations`
 * by root field (a function may also change the view, as the server's state changes).
 */
function api(target: Target, view: () => RegistrationView, mutations: Record<string, () => unknown> = {}) {
  fetchMock.mockImplementation((_url: string, init: { body: string }) => {
    const { query } = JSON.parse(init.body) as { query: string };
    const mutation = Object.keys(mutations).find((name) => query.includes(`${name}(`));
    if (mutation) return respond(mutations[mutation]());
    const { viewer, ...rest } = view();
    return respond({ data: { viewer, [target]: { id: '7', ...rest } } });
  });
}

const renderSession = (onChange?: jest.Mock) => renderScreen(<SessionRegistration sessionId="7" onChange={onChange} />);
const region = () => screen.getByRole('region', { name: 'Inscription à la session' });

describe('SessionRegistration', () => {
  it('loading: says so while the API answers', async () => {
    fetchMock.mockImplementation(() => new Promise(() => undefined));
    renderSession();
    expect(screen.getByText('Chargement de votre inscription…')).toBeTruthy();
    expect(region().getAttribute('aria-busy')).toBe('true');
  });

  it('anonymous: « S’inscrire » leads to the sign-in, which comes back to this page', async () => {
    api('session', () => ({ viewer: ANONYMOUS, registration: OPEN, viewerRegistration: null }));
    renderSession();
    const link = await screen.findByRole('link', { name: 'S’inscrire' });
    expect(link.getAttribute('href')).toBe('/login?callbackUrl=%2Fcatalogue%2Fsessions%2F7');
    expect(screen.getByText('Il reste 3 places.')).toBeTruthy();
    expect(screen.getByText(/Vous vous connecterez d’abord/)).toBeTruthy();
    expect(sent(fetchMock.mock.calls[0]).variables).toEqual({ id: '7' });
  });

  it('open with seats: registering sends registerToSession, says it is confirmed, and offers to unregister', async () => {
    let registered = false;
    const onChange = jest.fn();
    api(
      'session',
      () => ({ viewer: SIGNED_IN, registration: OPEN, viewerRegistration: registered ? { id: '9', state: 'CONFIRMED', position: null } : null }),
      { registerToSession: () => ((registered = true), { data: { registerToSession: { id: '9', state: 'CONFIRMED', position: null } } }) },
    );
    renderSession(onChange);
    const button = await screen.findByRole('button', { name: 'S’inscrire' });
    await act(async () => fireEvent.click(button));
    expect((await screen.findByRole('status')).textContent).toBe('C’est fait\u202f: votre inscription est confirmée.');
    expect(await screen.findByText('Vous êtes inscrit·e à cette session.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Se désinscrire' })).toBeTruthy();
    const mutation = fetchMock.mock.calls.map(sent).find((body) => body.query.includes('registerToSession('))!;
    expect(mutation.variables).toEqual({ id: '7' });
    expect(onChange).toHaveBeenCalledWith({ id: '9', state: 'CONFIRMED', position: null });
  });

  it('full: offers the waiting list, and the answer gives the position', async () => {
    let waiting = false;
    api(
      'session',
      () => ({
        viewer: SIGNED_IN,
        registration: { ...OPEN, seatsLeft: 0, full: true, waiting: 3 },
        viewerRegistration: waiting ? { id: '9', state: 'WAITLISTED', position: 4 } : null,
      }),
      { registerToSession: () => ((waiting = true), { data: { registerToSession: { id: '9', state: 'WAITLISTED', position: 4 } } }) },
    );
    renderSession();
    expect(await screen.findByText('Cette session est complète : vous pouvez rejoindre la liste d’attente (3 personnes attendent).')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Rejoindre la liste d’attente' })));
    expect(await screen.findByText('Cette session est complète : vous êtes sur la liste d’attente, en position 4.')).toBeTruthy();
    expect(await screen.findByText('Vous êtes sur la liste d’attente, en position 4.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Quitter la liste d’attente' })).toBeTruthy();
  });

  it('with validation: says a manager will accept it, and the answer says it awaits validation', async () => {
    let pending = false;
    api(
      'session',
      () => ({
        viewer: SIGNED_IN,
        registration: { ...OPEN, validation: true, seatsLeft: null, closesAt: '2026-03-20T17:00:00.000Z' },
        viewerRegistration: pending ? { id: '9', state: 'PENDING', position: null } : null,
      }),
      { registerToSession: () => ((pending = true), { data: { registerToSession: { id: '9', state: 'PENDING', position: null } } }) },
    );
    renderSession();
    expect(await screen.findByText('Votre inscription devra être acceptée par un gestionnaire de la formation.')).toBeTruthy();
    expect(screen.getByText('Places disponibles.')).toBeTruthy();
    expect(screen.getByText(/Inscriptions ouvertes jusqu’au 20 mars 2026, 18:00 \(heure/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'S’inscrire' })));
    expect(await screen.findByText('Demande envoyée : votre inscription attend la validation d’un gestionnaire.')).toBeTruthy();
    expect(await screen.findByText('Votre inscription attend la validation d’un gestionnaire.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retirer ma demande' })).toBeTruthy();
  });

  it('confirmed: unregistering asks for a confirmation first, then sends unregisterFromSession', async () => {
    let registered = true;
    const onChange = jest.fn();
    api(
      'session',
      () => ({ viewer: SIGNED_IN, registration: OPEN, viewerRegistration: registered ? { id: '9', state: 'CONFIRMED', position: null } : null }),
      { unregisterFromSession: () => ((registered = false), { data: { unregisterFromSession: { id: '9' } } }) },
    );
    renderSession(onChange);
    const button = await screen.findByRole('button', { name: 'Se désinscrire' });
    await act(async () => fireEvent.click(button));
    const dialog = await screen.findByRole('dialog', { name: 'Se désinscrire de la session' });
    expect(dialog.textContent).toContain('votre place ira à la première personne de la liste d’attente');
    expect(fetchMock.mock.calls.map(sent).some((body) => body.query.includes('unregisterFromSession('))).toBe(false);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Me désinscrire' })));
    expect(await screen.findByText('Vous n’êtes plus inscrit·e à cette session.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'S’inscrire' })).toBeTruthy());
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it('confirmed where public unregistration is off: no button, and says whom to ask', async () => {
    api('session', () => ({
      viewer: SIGNED_IN,
      registration: { ...OPEN, unregistrationOpen: false, unregistrationClosure: 'NOT_PUBLIC' },
      viewerRegistration: { id: '9', state: 'CONFIRMED', position: null },
    }));
    renderSession();
    expect(await screen.findByText('Pour vous désinscrire, adressez-vous au gestionnaire de la formation.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['WAITLISTED', 2, 'Vous êtes sur la liste d’attente, en position 2.', 'Quitter la liste d’attente'],
    ['PENDING', null, 'Votre inscription attend la validation d’un gestionnaire.', 'Retirer ma demande'],
    ['CONFIRMED', null, 'Vous êtes inscrit·e à cette session.', 'Se désinscrire'],
  ] as const)('on arrival, %s: states where I stand and offers to leave', async (state, position, text, leave) => {
    api('session', () => ({ viewer: SIGNED_IN, registration: { ...OPEN, full: true, seatsLeft: 0 }, viewerRegistration: { id: '9', state, position } }));
    renderSession();
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([leave]);
  });

  it('confirmed in an ended session: no button, and says one no longer unregisters', async () => {
    api('session', () => ({
      viewer: SIGNED_IN,
      registration: { ...OPEN, open: false, closure: 'ENDED', unregistrationOpen: false, unregistrationClosure: 'ENDED' },
      viewerRegistration: { id: '9', state: 'CONFIRMED', position: null },
    }));
    renderSession();
    expect(await screen.findByText('Vous êtes inscrit·e à cette session.')).toBeTruthy();
    expect(screen.getByText('Cette session est terminée : on ne s’en désinscrit plus.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each([
    ['ENDED', 'Cette session est terminée : les inscriptions sont closes.'],
    ['CLOSED', /^Les inscriptions sont closes depuis le 1 mars 2026, 09:00 \(heure/],
    ['NOT_PUBLIC', 'Cette session n’est pas ouverte à l’inscription en ligne : adressez-vous au gestionnaire de la formation.'],
  ] as const)('closed (%s): no button, and says why', async (closure, text) => {
    api('session', () => ({
      viewer: SIGNED_IN,
      registration: { ...OPEN, open: false, closure, closesAt: closure === 'CLOSED' ? '2026-03-01T08:00:00.000Z' : null },
      viewerRegistration: null,
    }));
    renderSession();
    expect(await screen.findByText(text)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('a refusal of the API is shown in French, and the state is read again', async () => {
    let closed = false;
    api(
      'session',
      () => ({ viewer: SIGNED_IN, registration: closed ? { ...OPEN, open: false, closure: 'CLOSED', closesAt: '2026-03-01T08:00:00.000Z' } : OPEN, viewerRegistration: null }),
      { registerToSession: () => ((closed = true), { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'REGISTRATION_CLOSED' } }] }) },
    );
    renderSession();
    const button = await screen.findByRole('button', { name: 'S’inscrire' });
    await act(async () => fireEvent.click(button));
    expect((await screen.findByRole('alert')).textContent).toBe('Les inscriptions à cette session sont closes.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'S’inscrire' })).toBeNull());
  });

  it('a refused earlier request: says so, and offers to register again', async () => {
    api('session', () => ({ viewer: SIGNED_IN, registration: OPEN, viewerRegistration: { id: '9', state: 'CANCELLED', position: null } }));
    renderSession();
    expect(await screen.findByText('Votre précédente demande a été refusée ; vous pouvez en faire une nouvelle.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'S’inscrire' })).toBeTruthy();
  });

  it('the state cannot be read: says so', async () => {
    fetchMock.mockImplementation(() => respond({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND' } }] }));
    renderSession();
    expect((await screen.findByRole('alert')).textContent).toBe('Introuvable, ou en dehors de vos formations.');
  });

  it('reads in English too', async () => {
    api('session', () => ({ viewer: SIGNED_IN, registration: { ...OPEN, seatsLeft: 1 }, viewerRegistration: null }));
    renderScreen(<SessionRegistration sessionId="7" />, { locale: 'en' });
    expect(await screen.findByText('1 seat left.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Register' })).toBeTruthy();
  });
});

describe('EventRegistration', () => {
  const renderEvent = () => renderScreen(<EventRegistration eventId="7" />);

  it("a confirmed learner of the session registers to a PUBLIC event; the query and mutation are the event's", async () => {
    let registered = false;
    api(
      'event',
      () => ({ viewer: SIGNED_IN, registration: { ...OPEN, seatsLeft: 2 }, viewerRegistration: registered ? { id: '5', state: 'CONFIRMED', position: null } : null }),
      { registerToEvent: () => ((registered = true), { data: { registerToEvent: { id: '5', state: 'CONFIRMED', position: null } } }) },
    );
    renderEvent();
    expect(await screen.findByText('Il reste 2 places.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Inscription à la séance' })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'S’inscrire' })));
    expect(await screen.findByText('Vous êtes inscrit·e à cette séance.')).toBeTruthy();
    const bodies = fetchMock.mock.calls.map(sent);
    expect(bodies[0].query).toContain('event(id: $id)');
    expect(bodies.find((body) => body.query.includes('registerToEvent('))!.variables).toEqual({ id: '7' });
  });

  it('not a learner of the session, or a MANUAL event, or an ended one: says why, no button', async () => {
    for (const [closure, text] of [
      ['NOT_SESSION_LEARNER', 'Seuls les apprenants inscrits à la session s’inscrivent à ses séances.'],
      ['NOT_PUBLIC', 'Les inscriptions à cette séance sont faites par l’équipe de formation.'],
      ['ENDED', 'Cette séance est terminée : les inscriptions sont closes.'],
    ] as const) {
      api('event', () => ({ viewer: SIGNED_IN, registration: { ...OPEN, open: false, closure }, viewerRegistration: null }));
      const { unmount } = renderEvent();
      expect(await screen.findByText(text)).toBeTruthy();
      expect(screen.queryByRole('button')).toBeNull();
      unmount();
    }
  });

  it('waitlisted on an event: its position, and leaving after a confirmation', async () => {
    let waiting = true;
    api(
      'event',
      () => ({ viewer: SIGNED_IN, registration: { ...OPEN, full: true, seatsLeft: 0, waiting: 2 }, viewerRegistration: waiting ? { id: '5', state: 'WAITLISTED', position: 2 } : null }),
      { unregisterFromEvent: () => ((waiting = false), { data: { unregisterFromEvent: { id: '5' } } }) },
    );
    renderEvent();
    expect(await screen.findByText('Vous êtes sur la liste d’attente, en position 2.')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Quitter la liste d’attente' })));
    expect((await screen.findByRole('dialog', { name: 'Se désinscrire de la séance' })).textContent).toContain('Vous perdrez votre place');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Me désinscrire' })));
    expect(await screen.findByText('Vous n’êtes plus inscrit·e à cette séance.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Rejoindre la liste d’attente' })).toBeTruthy();
  });
});
