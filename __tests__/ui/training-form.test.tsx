import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { TrainingForm } from '../../components/trainings/training-form';
import { EMPTY_TRAINING } from '../../components/trainings/training-values';
import { renderScreen } from '../support/render';

// #7, the form pattern: the API's per-field refusals next to their field, translated, values kept, focus on
// the first invalid field; a notification and the training's page on success.
const push = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh: jest.fn() }) }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  push.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const organisations = [{ id: '7', name: 'Université de Lyon' }];

function fill() {
  renderScreen(<TrainingForm initialValues={{ ...EMPTY_TRAINING, organisationIds: ['7'] }} organisations={organisations} />);
  fireEvent.change(screen.getByRole('textbox', { name: /^Code/ }), { target: { value: 'SST-INIT' } });
  fireEvent.change(screen.getByRole('textbox', { name: /^Titre/ }), { target: { value: 'Sauveteur secouriste du travail' } });
}

const submit = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Créer la formation' })));

describe('TrainingForm', () => {
  it('marks the required fields', () => {
    fill();
    for (const name of [/^Code/, /^Titre/]) expect(screen.getByRole('textbox', { name }).hasAttribute('required')).toBe(true);
    expect(screen.getByRole('textbox', { name: /^Description/ }).hasAttribute('required')).toBe(false);
  });

  it('shows a refused code next to the code field, in French, keeps what was typed and focuses the field', async () => {
    fetchMock.mockReturnValue(
      answer({ data: null, errors: [{ message: 'code SST-INIT is already used', extensions: { code: 'CONFLICT', reason: 'CODE_TAKEN', field: 'code' } }] }),
    );
    fill();
    await submit();
    const code = screen.getByRole('textbox', { name: /^Code/ }) as HTMLInputElement;
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    const message = screen.getByText('Ce code est déjà utilisé par une autre formation.');
    expect(code.getAttribute('aria-describedby')).toContain(message.id);
    expect(document.activeElement).toBe(code);
    expect(code.value).toBe('SST-INIT');
    expect((screen.getByRole('textbox', { name: /^Titre/ }) as HTMLInputElement).value).toBe('Sauveteur secouriste du travail');
    expect(screen.getByRole('alert').textContent).toContain('Le formulaire contient des erreurs');
    expect(push).not.toHaveBeenCalled();
    const sent = JSON.parse(fetchMock.mock.calls[0][1].body);
    expect(sent.variables.input).toMatchObject({ code: 'SST-INIT', organisationIds: ['7'], maxUsers: null });
  });

  it('spreads a validation error over every field it names; an unknown reason reads as the generic text', async () => {
    fetchMock.mockReturnValue(
      answer({
        data: null,
        errors: [
          {
            message: 'maxUsers: must not be less than 1',
            extensions: { code: 'BAD_USER_INPUT', reason: 'VALIDATION', field: 'maxUsers', problems: [{ field: 'maxUsers', messages: ['…'] }] },
          },
          { message: 'something new', extensions: { code: 'SOMETHING_NEW', reason: 'NOT_YET_TRANSLATED' } },
        ],
      }),
    );
    fill();
    await submit();
    const capacity = screen.getByRole('textbox', { name: /^Capacité/ });
    await waitFor(() => expect(capacity.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Cette valeur n’est pas valide.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Une erreur est survenue. Réessayez.');
    expect(document.activeElement).toBe(capacity);
  });

  it('sends the catalogue sheet (#9): objectives, prerequisites, duration in hours (empty: none), audience, accessibility', async () => {
    // Refused, so no success notification outlives this test.
    fetchMock.mockReturnValue(answer({ data: null, errors: [{ message: 'taken', extensions: { code: 'CONFLICT', reason: 'CODE_TAKEN', field: 'code' } }] }));
    fill();
    fireEvent.change(screen.getByRole('textbox', { name: /^Objectifs/ }), { target: { value: 'Protéger\nAlerter' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Public visé/ }), { target: { value: 'Tout salarié' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Accessibilité/ }), { target: { value: 'Salles accessibles' } });
    await submit();
    const sent = JSON.parse(fetchMock.mock.calls[0][1].body);
    expect(sent.variables.input).toMatchObject({
      objectives: 'Protéger\nAlerter',
      prerequisites: '',
      durationHours: null,
      audience: 'Tout salarié',
      accessibility: 'Salles accessibles',
    });
  });

  it('on success tells so and opens the training', async () => {
    fetchMock.mockReturnValue(answer({ data: { createTraining: { id: '12', title: 'Sauveteur secouriste du travail' } } }));
    fill();
    await submit();
    await waitFor(() => expect(push).toHaveBeenCalledWith('/manage/trainings/12'));
    expect(await screen.findByText('La formation « Sauveteur secouriste du travail » a été créée.')).toBeTruthy();
  });
});
