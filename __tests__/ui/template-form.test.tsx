import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TemplateForm } from '../../components/templates/template-form';
import type { PlaceholderInfo, TemplateFormValues } from '../../components/templates/template-values';
import { renderScreen } from '../support/render';

// Issue 8 screen 7: the editor lists the placeholders of the chosen kind (asked of the API), inserts one at the
// cursor, and shows the API's refusal of an unknown placeholder next to the body, naming it.
const push = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push, refresh: jest.fn() }) }));

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  push.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
const calls = (name: string) =>
  fetchMock.mock.calls.map((call) => JSON.parse(call[1].body) as { query: string; variables: Record<string, unknown> }).filter((c) => c.query.includes(name));

const SESSION: PlaceholderInfo[] = [
  { name: 'learner.firstName', description: { fr: 'Prénom de l’apprenant', en: "The learner's first name" } },
  { name: 'session.title', description: { fr: 'Titre de la session', en: 'Title of the session' } },
];
const EVENT: PlaceholderInfo[] = [...SESSION, { name: 'location.address', description: { fr: 'Adresse du lieu', en: 'Address of the location' } }];

const values: TemplateFormValues = { name: 'Convocation', kind: 'SESSION_INVITATION', locale: 'fr', subject: '', body: 'Bonjour , à bientôt.', organisationId: '7' };

function open() {
  renderScreen(
    <TemplateForm
      templateId="4"
      initialValues={values}
      initialPlaceholders={SESSION}
      choices={{ organisations: [{ id: '7', name: 'Groupe Hospitalier Sud' }], canShare: false }}
    />,
  );
  return {
    body: screen.getByRole('textbox', { name: /^Contenu/ }) as HTMLTextAreaElement,
    list: () => within(screen.getByRole('region', { name: 'Espaces réservés' })),
  };
}

describe('TemplateForm', () => {
  it("lists the kind's placeholders with their descriptions, and asks the API again when the kind changes", async () => {
    fetchMock.mockReturnValue(answer({ data: { templatePlaceholders: EVENT } }));
    const { list } = open();
    expect(list().getAllByRole('button').map((b) => b.textContent)).toEqual([
      '{{ learner.firstName }}Prénom de l’apprenant',
      '{{ session.title }}Titre de la session',
    ]);
    fireEvent.click(screen.getByRole('combobox', { name: /^Type/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Convocation à une séance' }));
    await waitFor(() => expect(list().getAllByRole('button')).toHaveLength(3));
    expect(list().getByRole('button', { name: 'Insérer {{ location.address }}\u202f: Adresse du lieu' })).toBeTruthy();
    expect(calls('templatePlaceholders').map((c) => c.variables)).toEqual([{ kind: 'EVENT_INVITATION' }]);
  });

  it('inserts a placeholder at the cursor of the body', async () => {
    const { body, list } = open();
    body.focus();
    body.setSelectionRange(8, 8);
    fireEvent.click(list().getByRole('button', { name: /learner\.firstName/ }));
    expect(body.value).toBe('Bonjour {{ learner.firstName }}, à bientôt.');
  });

  it('shows the refusal of an unknown placeholder next to the body, naming it, with the text kept', async () => {
    fetchMock.mockReturnValue(
      answer({
        data: null,
        errors: [
          {
            message: '{{ learner.surname }} is not a placeholder of SESSION_INVITATION templates',
            extensions: { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PLACEHOLDER', field: 'body', details: { placeholder: '{{ learner.surname }}' } },
          },
        ],
      }),
    );
    const { body } = open();
    fireEvent.change(body, { target: { value: 'Bonjour {{ learner.surname }}' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' })));
    await waitFor(() => expect(body.getAttribute('aria-invalid')).toBe('true'));
    const message = screen.getByText('« {{ learner.surname }} » n’est pas un espace réservé de ce type de modèle. Choisissez-en un dans la liste.');
    expect(body.getAttribute('aria-describedby')).toContain(message.id);
    expect(document.activeElement).toBe(body);
    expect(body.value).toBe('Bonjour {{ learner.surname }}');
    expect(calls('updateTemplate')[0].variables).toEqual({
      id: '4',
      input: { name: 'Convocation', kind: 'SESSION_INVITATION', locale: 'fr', subject: '', body: 'Bonjour {{ learner.surname }}', organisationId: '7' },
    });
    expect(push).not.toHaveBeenCalled();
  });
});
