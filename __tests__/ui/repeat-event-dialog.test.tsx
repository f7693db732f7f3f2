/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { RepeatEventDialog } from '../../components/events/repeat-event-dialog';
import { formatRange } from '../../components/ui/dates';
import { Event } from '../../entities';
import { managerActor } from '../support/actors';
import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';
import { serveRealApi } from '../support/real-api-fetch';
import { renderScreen } from '../support/render';

// #8 screen 3 (R5): the repeat dialog, rendered against the real API on a real database (nothing mocked): the
// list it shows before confirming is the API's dry run, and confirming creates exactly those events.
let api: TestApi;
let f: ReturnType<typeof factories>;
// A MariaDB database is created and migrated for this file; the screens then talk to it.
jest.setTimeout(30_000);
beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
}, 60_000);
afterAll(() => api.close());

/** A Monday 09:00–12:00 event at La Réunion (UTC+4), and a manager of its training. */
async function setUp() {
  const organisationId = await f.organisation();
  const trainingId = await f.training({ organisationIds: [organisationId] });
  const sessionId = await f.session({ trainingId });
  const locationId = await f.location('Indian/Reunion');
  const eventId = await f.event(sessionId, { startAt: '2026-03-09T05:00:00Z', endAt: '2026-03-09T08:00:00Z', locationId });
  const manager = managerActor(await f.user(), organisationId);
  const sent = serveRealApi(api, manager);
  const onRepeated = jest.fn();
  renderScreen(<RepeatEventDialog opened onClose={jest.fn()} event={{ id: eventId, name: 'Atelier' }} onRepeated={onRepeated} />);
  return { eventId, sessionId, sent, onRepeated };
}

const dialog = () => screen.getByRole('dialog', { name: /Répéter «.Atelier/ });

describe('RepeatEventDialog', () => {
  it("explains the API's bounds, lists the API's dry run in the event's zone, and creates exactly those events", async () => {
    const { eventId, sessionId, sent, onRepeated } = await setUp();
    expect(await within(dialog()).findByText(/Au plus 200 copies par répétition et 52 semaines/)).toBeTruthy();
    const confirm = () => within(dialog()).getByRole('button', { name: /^(Répéter|Créer)/ });
    expect(confirm().hasAttribute('disabled')).toBe(true);

    fireEvent.click(within(dialog()).getByRole('checkbox', { name: 'mardi' }));
    fireEvent.click(within(dialog()).getByRole('checkbox', { name: 'jeudi' }));
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Nombre de semaines' }), { target: { value: '3' } });
    await within(dialog()).findByText(/6 séances seront créées \(heure de La Réunion\)/, {}, { timeout: 3000 });

    const previews = sent.filter((s) => s.query.includes('repeatEventPreview'));
    expect(previews[previews.length - 1].variables).toEqual({ id: eventId, weekdays: ['TUESDAY', 'THURSDAY'], weeks: 3, until: null });
    const { repeatEventPreview } = await api.ok(
      `query($id: ID!) { repeatEventPreview(id: $id, weekdays: [TUESDAY, THURSDAY], weeks: 3) { timeZone occurrences { startAt endAt } } }`,
      { id: eventId },
    );
    const items = within(within(dialog()).getByRole('list', { name: 'Séances qui seront créées' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(
      repeatEventPreview.occurrences.map((o: { startAt: string; endAt: string }) => formatRange('fr', o.startAt, o.endAt, 'Indian/Reunion')),
    );
    expect(items[0].textContent).toBe('mardi 10 mars 2026, 09:00\u2009–\u200912:00');

    await act(async () => fireEvent.click(within(dialog()).getByRole('button', { name: 'Créer 6 séances' })));
    await waitFor(() => expect(onRepeated).toHaveBeenCalledWith(6));
    expect(await screen.findByText('6 séances créées.')).toBeTruthy();
    const created = await api.dataSource.manager.find(Event, { where: { sessionId: Number(sessionId) }, order: { startAt: 'ASC' } });
    expect(created.slice(1).map((e) => ({ startAt: e.startAt.toISOString(), endAt: e.endAt.toISOString() }))).toEqual(repeatEventPreview.occurrences);
  });

  it("shows the API's refusal next to the field that reaches the bound, and offers nothing to confirm", async () => {
    const { sessionId } = await setUp();
    for (const day of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']) fireEvent.click(within(dialog()).getByRole('checkbox', { name: day }));
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Nombre de semaines' }), { target: { value: '52' } });
    const weeks = within(dialog()).getByRole('textbox', { name: 'Nombre de semaines' });
    await waitFor(() => expect(weeks.getAttribute('aria-invalid')).toBe('true'), { timeout: 3000 });
    expect(within(dialog()).getByText('Cette répétition créerait trop de séances (200 au plus).')).toBeTruthy();
    expect(within(dialog()).getByRole('button', { name: 'Répéter' }).hasAttribute('disabled')).toBe(true);
    expect(await api.dataSource.manager.count(Event, { where: { sessionId: Number(sessionId) } })).toBe(1);
  });
});
