import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TemplateForm } from '../../components/templates/template-form';
import type { PlaceholderInfo, TemplateFormValues } from '../../components/templates/template-values';
import { renderScreen } from '../support/render';

// Issue 8 screen 7: the editor lists the placeholders of the chosen kind (asked of the API), inserts one at the
// cursor, and shows the API's refusal of an unknown placeholder next to the body, naming it. #10 §4: the live
// preview the API renders.
// Mantine's combobox and the debounced preview take seconds on a loaded machine.
jest.setTimeout(30_000);
const push = jest.fn();
jest.mock('next/navigation', () => ({
  useRouter: () => ({ push, refresh: jest.fn() }),
}));

const fetchMock = jest.fn();
const answer = (body: unknown) => Promise.resolve({ status: 200, json: () => Promise.resolve(body) });
/** What the API answers to the other operations of a test. */
let otherAnswer: unknown = { data: null };
/** The preview the API renders: the body it was sent, as a paragraph (already escaped by the API). */
const previewOf = (variables: { subject: string; body: string }) => ({
  data: {
    templatePreview: {
      subject: `Objet ${variables.subject}`,
      html: `<p>Rendu : ${variables.body}</p>`,
    },
  },
});
beforeEach(() => {
  fetchMock.mockReset();
  push.mockReset();
  otherAnswer = { data: null };
  fetchMock.mockImplementation((_url: string, init: { body: string }) => {
    const { query, variables } = JSON.parse(init.body);
    return answer(query.includes('templatePreview(') ? previewOf(variables) : otherAnswer);
  });
  global.fetch = fetchMock as unknown as typeof fetch;
});
const calls = (name: string) =>
  fetchMock.mock.calls
    .map(
      (call) =>
        JSON.parse(call[1].body) as {
          query: string;
          variables: Record<string, unknown>;
        },
    )
    .filter((c) => c.query.includes(name));

const SESSION: PlaceholderInfo[] = [
  {
    name: 'learner.firstName',
    loop: false,
    description: {
      fr: 'Prénom de l’apprenant',
      en: "The learner's first name",
    },
  },
  {
    name: 'session.title',
    loop: false,
    description: { fr: 'Titre de la session', en: 'Title of the session' },
  },
  {
    name: 'events',
    loop: true,
    description: { fr: 'Boucle sur les séances', en: 'Loop over the events' },
  },
  {
    name: 'name',
    loop: false,
    within: 'events',
    description: { fr: 'Nom de la séance', en: 'Name of the event' },
  },
];
const EVENT: PlaceholderInfo[] = [
  ...SESSION.slice(0, 2),
  {
    name: 'location.address',
    loop: false,
    description: { fr: 'Adresse du lieu', en: 'Address of the location' },
  },
];

const values: TemplateFormValues = {
  name: 'Convocation',
  kind: 'SESSION_INVITATION',
  locale: 'fr',
  subject: '',
  body: 'Bonjour , à bientôt.',
  organisationId: '7',
};

function open() {
  renderScreen(
    <TemplateForm
      templateId="4"
      initialValues={values}
      initialPlaceholders={SESSION}
      choices={{
        organisations: [{ id: '7', name: 'Groupe Hospitalier Sud' }],
        canShare: false,
      }}
    />,
  );
  return {
    body: screen.getByRole('textbox', {
      name: /^Contenu/,
    }) as HTMLTextAreaElement,
    list: () => within(screen.getByRole('region', { name: 'Espaces réservés' })),
  };
}

describe('TemplateForm', () => {
  it("lists the kind's placeholders with their descriptions, and asks the API again when the kind changes", async () => {
    otherAnswer = { data: { templatePlaceholders: EVENT } };
    const { list } = open();
    expect(
      list()
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      '{{ learner.firstName }}Prénom de l’apprenant',
      '{{ session.title }}Titre de la session',
      '{{#events}} … {{/events}}Boucle sur les séances',
      '{{ name }}Nom de la séance',
    ]);
    expect(
      within(
        list().getByRole('list', {
          name: 'Espaces réservés de chaque élément de events',
        }),
      ).getAllByRole('button'),
    ).toHaveLength(1);
    fireEvent.click(screen.getByRole('combobox', { name: /^Type/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Convocation à une séance' }));
    await waitFor(() => expect(list().getAllByRole('button')).toHaveLength(3));
    expect(
      list().getByRole('button', {
        name: 'Insérer {{ location.address }}\u202f: Adresse du lieu',
      }),
    ).toBeTruthy();
    expect(calls('templatePlaceholders').map((c) => c.variables)).toEqual([{ kind: 'EVENT_INVITATION' }]);
  });

  it('inserts a placeholder at the cursor of the body', async () => {
    const { body, list } = open();
    body.focus();
    body.setSelectionRange(8, 8);
    fireEvent.click(list().getByRole('button', { name: /learner\.firstName/ }));
    expect(body.value).toBe('Bonjour {{ learner.firstName }}, à bientôt.');
  });

  it('inserts a loop with room for its content', async () => {
    const { body, list } = open();
    body.focus();
    body.setSelectionRange(0, 0);
    fireEvent.click(list().getByRole('button', { name: /events/ }));
    expect(body.value).toBe('{{#events}}\n\n{{/events}}Bonjour , à bientôt.');
  });

  it('shows the preview the API renders, asked again once typing pauses', async () => {
    const { body } = open();
    const preview = () => within(screen.getByRole('region', { name: /^Aperçu/ }));
    expect(await preview().findByText('Rendu : Bonjour , à bientôt.')).toBeTruthy();
    fireEvent.change(body, {
      target: { value: 'Bonjour {{ learner.firstName }}' },
    });
    fireEvent.change(body, {
      target: { value: 'Bonjour {{ learner.firstName }} !' },
    });
    expect(await preview().findByText('Rendu : Bonjour {{ learner.firstName }} !')).toBeTruthy();
    // Debounced: the intermediate text was never sent.
    expect(calls('templatePreview(').map((c) => c.variables.body)).toEqual(['Bonjour , à bientôt.', 'Bonjour {{ learner.firstName }} !']);
  });

  it('shows the refusal of an unknown placeholder next to the body, naming it, with the text kept', async () => {
    otherAnswer = {
      data: null,
      errors: [
        {
          message: '{{ learner.surname }} is not a placeholder of SESSION_INVITATION templates',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'UNKNOWN_PLACEHOLDER',
            field: 'body',
            details: { placeholder: '{{ learner.surname }}' },
          },
        },
      ],
    };
    const { body } = open();
    fireEvent.change(body, {
      target: { value: 'Bonjour {{ learner.surname }}' },
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' })));
    await waitFor(() => expect(body.getAttribute('aria-invalid')).toBe('true'));
    const message = screen.getByText('« {{ learner.surname }} » n’est pas un espace réservé de ce type de modèle. Choisissez-en un dans la liste.');
    expect(body.getAttribute('aria-describedby')).toContain(message.id);
    expect(document.activeElement).toBe(body);
    expect(body.value).toBe('Bonjour {{ learner.surname }}');
    expect(calls('updateTemplate')[0].variables).toEqual({
      id: '4',
      input: {
        name: 'Convocation',
        kind: 'SESSION_INVITATION',
        locale: 'fr',
        subject: '',
        body: 'Bonjour {{ learner.surname }}',
        organisationId: '7',
      },
    });
    expect(push).not.toHaveBeenCalled();
  });
});
