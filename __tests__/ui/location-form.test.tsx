import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DeleteLocationDialog } from '../../components/locations/delete-location';
import { LocationFormDialog } from '../../components/locations/location-form';
import type { LocationChoices } from '../../components/locations/location-values';
import { renderScreen } from '../support/render';

// Issue 8 screen 6: the zone is picked from the API's list (never typed), the API's refusals are shown next to
// their field, and a location that events use says so before and after a deletion is tried.
const refresh = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh }) }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  refresh.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const sent = (index = 0) => JSON.parse(fetchMock.mock.calls[index][1].body) as { query: string; variables: Record<string, unknown> };

const choices: LocationChoices = {
  timeZones: [
    { value: 'UTC', label: 'UTC — temps universel coordonné' },
    { value: 'Europe/Paris', label: 'Europe/Paris — heure : France' },
    { value: 'Indian/Reunion', label: 'Indian/Reunion — heure de La Réunion' },
  ],
  organisations: [{ id: '7', name: 'Groupe Hospitalier Sud' }],
  canShare: false,
};

function openForm() {
  const onClose = jest.fn();
  renderScreen(<LocationFormDialog opened onClose={onClose} choices={choices} />);
  const name = screen.getByRole('textbox', { name: /^Nom/ });
  fireEvent.change(name, { target: { value: 'Salle Pasteur' } });
  return { onClose, name };
}

const submit = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Créer le lieu' })));

describe('LocationFormDialog', () => {
  it('offers the zones of the API to search and pick, and sends the one picked', async () => {
    fetchMock.mockReturnValue(answer({ data: { createLocation: { id: '3', name: 'Salle Pasteur' } } }));
    const { onClose } = openForm();
    const zone = screen.getByRole('combobox', { name: /^Fuseau horaire/ });
    expect(zone.hasAttribute('readonly')).toBe(false);
    fireEvent.click(zone);
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(choices.timeZones.map((z) => z.label));
    fireEvent.click(screen.getByRole('option', { name: 'Indian/Reunion — heure de La Réunion' }));
    expect((zone as HTMLInputElement).value).toBe('Indian/Reunion — heure de La Réunion');
    await submit();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent().variables.input).toEqual({ name: 'Salle Pasteur', address: '', timeZone: 'Indian/Reunion', capacity: null, organisationId: '7' });
    expect(refresh).toHaveBeenCalled();
    expect(await screen.findByText('Le lieu « Salle Pasteur » a été créé.')).toBeTruthy();
  });

  it('offers no shared owner to a manager, and a shared one to administrators', () => {
    renderScreen(<LocationFormDialog opened onClose={jest.fn()} choices={{ ...choices, canShare: true }} />);
    expect((screen.getByRole('combobox', { name: /^Organisation/ }) as HTMLInputElement).value).toBe('Partagé (toutes les organisations)');
  });

  it("shows the API's refusal next to its field, keeps what was typed and focuses it", async () => {
    fetchMock.mockReturnValue(
      answer({ data: null, errors: [{ message: '"" is not a time zone', extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_TIME_ZONE', field: 'timeZone' } }] }),
    );
    const { onClose, name } = openForm();
    // The dialog first gives the focus to its first field (after its opening transition: slow on a loaded machine).
    await waitFor(() => expect(document.activeElement).toBe(name), { timeout: 5000 });
    await submit();
    const zone = screen.getByRole('combobox', { name: /^Fuseau horaire/ });
    await waitFor(() => expect(zone.getAttribute('aria-invalid')).toBe('true'));
    const message = screen.getByText('Ce fuseau horaire n’existe pas.');
    expect(zone.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(document.activeElement).toBe(zone));
    expect((screen.getByRole('textbox', { name: /^Nom/ }) as HTMLInputElement).value).toBe('Salle Pasteur');
    expect(within(screen.getByRole('dialog')).getByRole('alert').textContent).toContain('Le lieu n’a pas été enregistré');
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('DeleteLocationDialog', () => {
  const open = (eventCount: number, onDeleted = jest.fn()) => {
    fetchMock.mockImplementation((_url, init: { body: string }) =>
      JSON.parse(init.body).query.includes('LocationUsage')
        ? answer({ data: { location: { eventCount } } })
        : answer({
            data: null,
            errors: [{ message: '1 event is held…', extensions: { code: 'CONFLICT', reason: 'LOCATION_IN_USE', details: { count: 1 } } }],
          }),
    );
    renderScreen(<DeleteLocationDialog location={{ id: '3', name: 'Salle Pasteur' }} opened onClose={jest.fn()} onDeleted={onDeleted} />);
    return { onDeleted };
  };

  it('says before anything is tried that a used location cannot be deleted, with how many events, and offers no delete button', async () => {
    open(3);
    expect(await screen.findByText(/3 séances ont lieu dans ce lieu/)).toBeTruthy();
    expect(screen.getByText('Suppression impossible')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Supprimer le lieu' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Fermer' })).toBeTruthy();
    expect(fetchMock.mock.calls.some((call) => JSON.parse(call[1].body).query.includes('deleteLocation'))).toBe(false);
  });

  it("shows the API's refusal with its count when an event arrived in between", async () => {
    const { onDeleted } = open(0);
    await screen.findByText('Aucune séance n’a lieu dans ce lieu.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Supprimer le lieu' })));
    expect(await screen.findByText('1 séance a lieu dans ce lieu : changez d’abord leur lieu.')).toBeTruthy();
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
