/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { EventFormDialog } from '../../components/events/event-form-dialog';
import { Event, Inscription, InscriptionRole } from '../../entities';
import { managerActor } from '../support/actors';
import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';
import { serveRealApi } from '../support/real-api-fetch';
import { renderScreen } from '../support/render';

// #8 screen 2: the event form, against the real API on a real database: trainers only among the session's
// (R9), times typed and shown in the location's zone, re-expressed (same instants) when the location changes,
// the session's capacity and mode pre-set, and the API's refusals next to their fields.
let api: TestApi;
let f: ReturnType<typeof factories>;
// A MariaDB database is created and migrated for this file; the screens then talk to it.
jest.setTimeout(30_000);
beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
}, 60_000);
afterAll(() => api.close());

async function setUp() {
  const organisationId = await f.organisation();
  const trainingId = await f.training({ organisationIds: [organisationId] });
  const sessionId = await f.session({ trainingId, maxUsers: 12, eventInscriptionMode: 'MANUAL' });
  const trainer = await f.user({ firstName: 'Hélène', lastName: 'Fontaine' });
  await f.inscription({ sessionId, userId: trainer, role: 'TRAINER' });
  // A trainer of another session of the same training: not offered.
  const other = await f.session({ trainingId });
  await f.inscription({ sessionId: other, userId: await f.user({ firstName: 'Marc', lastName: 'Ailleurs' }), role: 'TRAINER' });
  const reunion = `La Réunion ${Math.random()}`;
  const paris = `Paris ${Math.random()}`;
  await f.location('Indian/Reunion', { name: reunion });
  await f.location('Europe/Paris', { name: paris });
  serveRealApi(api, managerActor(await f.user(), organisationId));
  return { sessionId, trainer, reunion, paris };
}

const dialog = () => screen.getByRole('dialog');
const field = (name: RegExp) => within(dialog()).getByLabelText(name, { selector: 'input, textarea' }) as HTMLInputElement;

async function chooseLocation(name: string) {
  const select = within(dialog()).getByRole('combobox', { name: /^Lieu/ });
  fireEvent.click(select);
  fireEvent.click(await screen.findByRole('option', { name }));
}

describe('EventFormDialog', () => {
  it("offers only the session's trainers, and pre-sets the session's capacity and mode", async () => {
    const { sessionId } = await setUp();
    renderScreen(<EventFormDialog opened onClose={jest.fn()} sessionId={sessionId} onSaved={jest.fn()} />);
    await within(dialog()).findByText('Les informations indiquées pour la séance sont accessibles aux utilisateurs.');
    fireEvent.click(within(dialog()).getByRole('combobox', { name: /^Formateurs/ }));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Hélène Fontaine']);
    expect(field(/^Capacité/).value).toBe('12');
    expect((within(dialog()).getByRole('radio', { name: 'Manuelle' }) as HTMLInputElement).checked).toBe(true);
  });

  it("types the times in the location's zone, naming it, and keeps the instants when the location changes", async () => {
    const { sessionId, trainer, reunion, paris } = await setUp();
    const onSaved = jest.fn();
    renderScreen(<EventFormDialog opened onClose={jest.fn()} sessionId={sessionId} onSaved={onSaved} />);
    await within(dialog()).findByText(/accessibles aux utilisateurs/);
    fireEvent.change(field(/^Nom/), { target: { value: 'Atelier gestes' } });
    await chooseLocation(reunion);
    fireEvent.change(field(/^Début/), { target: { value: '2026-03-10T09:00' } });
    fireEvent.change(field(/^Fin/), { target: { value: '2026-03-10T12:00' } });
    expect(within(dialog()).getAllByText(/heure de La Réunion/).length).toBeGreaterThan(0);

    // 09:00 at La Réunion (UTC+4) is 06:00 in Paris (UTC+1): the event does not move, its local time reads differently.
    await chooseLocation(paris);
    expect(field(/^Début/).value).toBe('2026-03-10T06:00');
    expect(field(/^Fin/).value).toBe('2026-03-10T09:00');
    expect(within(dialog()).queryAllByText(/heure de La Réunion/)).toHaveLength(0);
    expect(within(dialog()).getAllByText(/heure d’Europe centrale/).length).toBeGreaterThan(0);

    fireEvent.click(within(dialog()).getByRole('combobox', { name: /^Formateurs/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Hélène Fontaine' }));
    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: 'Créer la séance' })));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [event] = await api.dataSource.manager.find(Event, { where: { sessionId: Number(sessionId) } });
    expect({ name: event.name, startAt: event.startAt.toISOString(), endAt: event.endAt.toISOString(), maxUsers: event.maxUsers }).toEqual({
      name: 'Atelier gestes',
      startAt: '2026-03-10T05:00:00.000Z',
      endAt: '2026-03-10T08:00:00.000Z',
      maxUsers: 12,
    });
    const trainers = await api.dataSource.manager.findBy(Inscription, { eventId: event.id, role: InscriptionRole.TRAINER });
    expect(trainers.map((t) => String(t.userId))).toEqual([trainer]);
  });

  it("edits an event shown in its location's zone, and puts the API's refusals next to their fields", async () => {
    const { sessionId, reunion } = await setUp();
    const locationId = (await api.ok(`{ locations(first: 100) { nodes { id name } } }`)).locations.nodes.find((l: { name: string }) => l.name === reunion).id;
    const eventId = await f.event(sessionId, { name: 'Accueil', startAt: '2026-03-09T05:00:00Z', endAt: '2026-03-09T08:00:00Z', locationId });
    renderScreen(<EventFormDialog opened onClose={jest.fn()} sessionId={sessionId} event={{ id: eventId, name: 'Accueil' }} onSaved={jest.fn()} />);
    await within(dialog()).findByText(/accessibles aux utilisateurs/);
    expect(field(/^Nom/).value).toBe('Accueil');
    expect(field(/^Début/).value).toBe('2026-03-09T09:00');

    // An end before the start, and an empty name: the API refuses, naming the fields.
    fireEvent.change(field(/^Nom/), { target: { value: ' ' } });
    fireEvent.change(field(/^Fin/), { target: { value: '2026-03-09T08:00' } });
    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: 'Enregistrer' })));
    await waitFor(() => expect(field(/^Nom/).getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(field(/^Nom/));
    expect(within(dialog()).getByRole('alert')).toBeTruthy();
    const [stored] = await api.dataSource.manager.findBy(Event, { id: Number(eventId) });
    expect(stored.name).toBe('Accueil');
  });
});
