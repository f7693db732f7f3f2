import { notifications } from '@mantine/notifications';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SessionForm } from '../../components/sessions/session-form';
import { sessionFormValues } from '../../components/sessions/session-values';
import { renderScreen } from '../support/render';

// #7, screen 3 (seed 000): the session form pre-filled from the API's draft, the organisations read-only
// (R1), the API's refusals next to their field, dates in the viewer's zone.
const push = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh: jest.fn() }) }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  push.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
// Notifications live in a store shared by the tests of the file.
afterEach(() => act(() => notifications.clean()));

const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const sent = (call = 0) => JSON.parse(fetchMock.mock.calls[call][1].body) as { query: string; variables: Record<string, any> };

// What sessionDraft answers for a training with these defaults (times in UTC; Paris is UTC+1 in March).
const DRAFT = {
  title: 'Sauveteur secouriste du travail',
  description: 'Les gestes qui sauvent.',
  startDate: '2027-03-01T08:00:00.000Z',
  endDate: '2027-03-03T08:00:00.000Z',
  defaultSession: false,
  publicRegistration: true,
  publicUnregistration: false,
  registrationValidation: true,
  maxUsers: 12,
  eventInscriptionMode: 'AUTOMATIC' as const,
};
const TRAINING = { id: '5', title: 'Sauveteur secouriste du travail' };
const ORGANISATIONS = [
  { id: '1', name: 'Université de Lyon' },
  { id: '2', name: 'Faculté des Sciences' },
];

function renderForm(props: { sessionId?: string; zone?: string } = {}) {
  const zone = props.zone ?? 'Europe/Paris';
  return renderScreen(
    <SessionForm
      sessionId={props.sessionId}
      training={TRAINING}
      organisations={ORGANISATIONS}
      initialValues={sessionFormValues(DRAFT, zone)}
      timeZone={zone}
      zoneLabel="heure d’Europe centrale"
    />,
  );
}

const field = (name: RegExp) => screen.getByLabelText(name, { selector: 'input, textarea' }) as HTMLInputElement;
const toggle = (name: string) => screen.getByRole('switch', { name: new RegExp(`^${name}`) }) as HTMLInputElement;
const submit = (name = 'Créer la session') => act(async () => fireEvent.click(screen.getByRole('button', { name })));

describe('SessionForm, pre-filled from a draft', () => {
  it('shows every value of the draft, the dates in the viewer’s zone with the zone named', () => {
    renderForm();
    expect(field(/^Titre/).value).toBe('Sauveteur secouriste du travail');
    expect(field(/^Début/).value).toBe('2027-03-01T09:00');
    expect(field(/^Fin/).value).toBe('2027-03-03T09:00');
    expect(field(/^Description/).value).toBe('Les gestes qui sauvent.');
    expect(toggle('Session par défaut')).toHaveProperty('checked', false);
    expect(toggle('Inscription publique')).toHaveProperty('checked', true);
    expect(toggle('Désinscription publique')).toHaveProperty('checked', false);
    expect(toggle('Validation des inscriptions')).toHaveProperty('checked', true);
    expect(screen.getByRole('textbox', { name: /^Capacité/ })).toHaveProperty('value', '12');
    expect(screen.getByRole('radio', { name: /Automatique/ })).toHaveProperty('checked', true);
    // The zone is named next to each date, and the date said in words in the UI language (whatever order
    // the browser shows the field's parts in).
    const help = (name: RegExp) => document.getElementById(field(name).getAttribute('aria-describedby')!.split(' ')[0])!.textContent;
    expect(help(/^Début/)).toBe('lundi 1 mars 2027 à 09:00 (heure d’Europe centrale)');
    expect(help(/^Fin/)).toBe('mercredi 3 mars 2027 à 09:00 (heure d’Europe centrale)Proposée d’après la durée de la formation\u202f; elle suit le début tant que vous ne la changez pas.');
    // An empty field still names the zone it is typed in.
    fireEvent.change(field(/^Début/), { target: { value: '' } });
    expect(help(/^Début/)).toBe('Date et heure en heure d’Europe centrale (Europe/Paris).');
  });

  it('shows the same instants in another viewer’s zone', () => {
    renderForm({ zone: 'America/Toronto' });
    expect(field(/^Début/).value).toBe('2027-03-01T03:00');
    expect(field(/^Fin/).value).toBe('2027-03-03T03:00');
  });

  it('marks the required fields, and says what the default session is for', () => {
    renderForm();
    for (const name of [/^Titre/, /^Début/, /^Fin/]) expect(field(name).required).toBe(true);
    expect(field(/^Description/).required).toBe(false);
    const defaultSession = toggle('Session par défaut');
    expect(screen.getByText(/sans choisir de session sont ajoutés à celle-ci/).id).toBe(defaultSession.getAttribute('aria-describedby'));
  });
});

describe('SessionForm, organisations', () => {
  it('lists the training’s organisations read-only, says why, and never sends any', async () => {
    fetchMock.mockReturnValue(answer({ data: { createSession: { id: '42', title: DRAFT.title } } }));
    renderForm();
    const list = screen.getByRole('list', { name: 'Organisations' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Université de Lyon', 'Faculté des Sciences']);
    expect(list.getAttribute('aria-describedby') && document.getElementById(list.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /^Une session appartient toujours aux organisations de sa formation/,
    );
    // Nothing to choose them with.
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(within(list).queryByRole('checkbox')).toBeNull();
    expect(screen.queryByLabelText(/^Organisations/, { selector: 'input' })).toBeNull();
    await submit();
    expect(Object.keys(sent().variables.input)).not.toContain('organisationIds');
  });
});

describe('SessionForm, the API’s refusals', () => {
  it('shows an end before the start next to the end field, in French, keeps what was typed and focuses it', async () => {
    fetchMock.mockReturnValue(
      answer({ data: null, errors: [{ message: 'endDate is before the start', extensions: { code: 'BAD_USER_INPUT', reason: 'END_BEFORE_START', field: 'endDate' } }] }),
    );
    renderForm();
    fireEvent.change(field(/^Titre/), { target: { value: 'Session de mars' } });
    fireEvent.change(field(/^Fin/), { target: { value: '2027-02-27T17:30' } });
    await submit();
    const end = field(/^Fin/);
    await waitFor(() => expect(end.getAttribute('aria-invalid')).toBe('true'));
    const message = screen.getByText('La fin ne peut pas précéder le début.');
    expect(end.getAttribute('aria-describedby')).toContain(message.id);
    expect(document.activeElement).toBe(end);
    expect(end.value).toBe('2027-02-27T17:30');
    expect(field(/^Titre/).value).toBe('Session de mars');
    expect(field(/^Début/).getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Le formulaire contient des erreurs');
    expect(push).not.toHaveBeenCalled();
    // What was sent: UTC instants of the times typed in Paris, the training, the draft's other values.
    expect(sent().variables.input).toEqual({
      trainingId: '5',
      title: 'Session de mars',
      description: 'Les gestes qui sauvent.',
      startDate: '2027-03-01T08:00:00.000Z',
      endDate: '2027-02-27T16:30:00.000Z',
      defaultSession: false,
      publicRegistration: true,
      publicUnregistration: false,
      registrationValidation: true,
      maxUsers: 12,
      eventInscriptionMode: 'AUTOMATIC',
      // #9: left empty, the closing date and the promotion cut-off go as null (none).
      promotionCutoffHours: null,
      registrationClosesAt: null,
    });
  });

  it('#9: sends the registration closing date (typed in the viewer’s zone) and the promotion cut-off in hours', async () => {
    fetchMock.mockReturnValue(answer({ data: { createSession: { id: '42', title: DRAFT.title } } }));
    renderForm();
    fireEvent.change(field(/^Clôture des inscriptions/), { target: { value: '2027-02-20T18:00' } });
    fireEvent.change(field(/^Arrêt des promotions automatiques/), { target: { value: '48' } });
    await submit();
    expect(sent().variables.input).toMatchObject({ registrationClosesAt: '2027-02-20T17:00:00.000Z', promotionCutoffHours: 48 });
  });

  it('sends an emptied date as null, which the API refuses next to that field', async () => {
    fetchMock.mockReturnValue(
      answer({ data: null, errors: [{ message: 'startDate may not be null', extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_CLEARABLE', field: 'startDate' } }] }),
    );
    renderForm();
    fireEvent.change(field(/^Début/), { target: { value: '' } });
    await submit();
    expect(sent().variables.input.startDate).toBeNull();
    await waitFor(() => expect(field(/^Début/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Ce champ ne peut pas être vidé.')).toBeTruthy();
    expect(document.activeElement).toBe(field(/^Début/));
  });
});

describe('SessionForm, success', () => {
  it('creates the session, tells so and opens the session page', async () => {
    fetchMock.mockReturnValue(answer({ data: { createSession: { id: '42', title: 'Sauveteur secouriste du travail' } } }));
    renderForm();
    await submit();
    expect(sent().query).toContain('createSession');
    expect(await screen.findByText('La session « Sauveteur secouriste du travail » a été créée.')).toBeTruthy();
    expect(push).toHaveBeenCalledWith('/manage/sessions/42');
  });

  it('edits a session with updateSession, without its training', async () => {
    fetchMock.mockReturnValue(answer({ data: { updateSession: { id: '42', title: 'Sauveteur secouriste du travail' } } }));
    renderForm({ sessionId: '42' });
    await submit('Enregistrer les modifications');
    expect(sent().query).toContain('updateSession');
    expect(sent().variables.id).toBe('42');
    expect(sent().variables.input.trainingId).toBeUndefined();
    expect(await screen.findByText('Les modifications de « Sauveteur secouriste du travail » sont enregistrées.')).toBeTruthy();
    expect(push).toHaveBeenCalledWith('/manage/sessions/42');
  });
});

describe('SessionForm, the end follows the start (R2, from the API)', () => {
  it('asks the API for the draft of the new start and shows its end, until the user changes the end', async () => {
    fetchMock.mockReturnValue(answer({ data: { sessionDraft: { endDate: '2027-04-07T07:00:00.000Z' } } }));
    renderForm();
    fireEvent.change(field(/^Début/), { target: { value: '2027-04-05T09:00' } });
    await waitFor(() => expect(field(/^Fin/).value).toBe('2027-04-07T09:00'));
    expect(sent().query).toContain('sessionDraft');
    expect(sent().variables).toEqual({ trainingId: '5', startDate: '2027-04-05T07:00:00.000Z' });

    fireEvent.change(field(/^Fin/), { target: { value: '2027-04-10T12:00' } });
    fireEvent.change(field(/^Début/), { target: { value: '2027-04-06T09:00' } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(field(/^Fin/).value).toBe('2027-04-10T12:00');
  });

  it('leaves the end of an existing session alone', async () => {
    renderForm({ sessionId: '42' });
    fireEvent.change(field(/^Début/), { target: { value: '2027-04-05T09:00' } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(field(/^Fin/).value).toBe('2027-03-03T09:00');
  });
});
