import { Actor } from '../../domain/actor';
import { ApiToken, Comment, Event, Location, Organisation, Session, Template, Training, User } from '../../entities';
import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #6 §11: control characters (C0, DEL, C1), the Unicode line and paragraph separators and unpaired surrogates
// are refused in every text input, with BAD_USER_INPUT / FORBIDDEN_CHARACTER naming the field. Long texts
// (descriptions, bodies, comments, addresses) keep line breaks and tabs; one-line texts (titles, names, codes)
// keep none of them.
let api: TestApi;
let f: ReturnType<typeof factories>;
let ids: { organisationId: string; trainingId: string; sessionId: string; eventId: string; user: Actor };

beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
  const organisationId = await f.organisation();
  const trainingId = await f.training({ organisationIds: [organisationId] });
  const sessionId = await f.session({ trainingId });
  const eventId = await f.event(sessionId);
  const userId = Number(await f.user());
  ids = { organisationId, trainingId, sessionId, eventId, user: { kind: 'user', userId, isAdmin: false } };
});
afterAll(() => api.close());

const ENTITIES = [Organisation, Training, Session, Event, Location, Template, User, Comment, ApiToken];
const counts = async () => Promise.all(ENTITIES.map((entity) => api.dataSource.manager.count(entity)));

type Call = (value: string) => { query: string; variables: Record<string, unknown>; actor?: Actor };

const input = (mutation: string, type: string, values: () => Record<string, unknown>, select = 'id'): ((field: string) => Call) =>
  (field) => (value) => ({
    query: `mutation($input: ${type}!) { ${mutation}(input: $input) { ${select} } }`,
    variables: { input: { ...values(), [field]: value } },
  });

const training = input('createTraining', 'CreateTrainingInput', () => ({ code: `C-${Math.random()}`, title: 'Titre', organisationIds: [ids.organisationId] }));
const session = input('createSession', 'CreateSessionInput', () => ({ trainingId: ids.trainingId }));
const event = input('createEvent', 'CreateEventInput', () => ({
  sessionId: ids.sessionId,
  name: 'Séance',
  startAt: '2026-03-10T08:00:00Z',
  endAt: '2026-03-10T09:00:00Z',
}));
const location = input('createLocation', 'CreateLocationInput', () => ({ name: 'Salle', timeZone: 'Europe/Paris' }));
const template = input('createTemplate', 'CreateTemplateInput', () => ({ name: 'Modèle', kind: 'EMAIL', body: 'Bonjour' }));
const user = input('createUser', 'CreateUserInput', () => ({ email: `u${Math.random()}@example.org`, firstName: 'Prénom', lastName: 'Nom' }));
const organisation = input('createOrganisation', 'CreateOrganisationInput', () => ({ name: 'Organisation' }));
const updateTraining: (field: string) => Call = (field) => (value) => ({
  query: `mutation($id: ID!, $input: UpdateTrainingInput!) { updateTraining(id: $id, input: $input) { id } }`,
  variables: { id: ids.trainingId, input: { [field]: value } },
});
const comment: Call = (value) => ({
  query: `mutation($e: ID!, $c: String!) { createComment(eventId: $e, content: $c) { id } }`,
  variables: { e: ids.eventId, c: value },
});
const apiToken: Call = (value) => ({
  query: `mutation($n: String!) { createApiToken(name: $n) { token } }`,
  variables: { n: value },
  actor: ids.user,
});

const ONE_LINE: [string, Call][] = [
  ['code', training('code')],
  ['title', training('title')],
  ['title', updateTraining('title')],
  ['title', session('title')],
  ['name', event('name')],
  ['name', location('name')],
  ['timeZone', location('timeZone')],
  ['name', template('name')],
  ['subject', template('subject')],
  ['firstName', user('firstName')],
  ['lastName', user('lastName')],
  ['name', organisation('name')],
  ['code', organisation('code')],
  ['name', apiToken],
];

const LONG: [string, Call][] = [
  ['description', training('description')],
  ['description', updateTraining('description')],
  ['description', session('description')],
  ['description', event('description')],
  ['locationExtra', event('locationExtra')],
  ['address', location('address')],
  ['body', template('body')],
  ['content', comment],
];

const NEVER = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029', '\ud800', '\udfff'];
const LINE_BREAKS = ['\n', '\r', '\t'];

async function refusedOn(field: string, call: ReturnType<Call>) {
  const before = await counts();
  const error = firstError(await api.run(call.query, call.variables, call.actor));
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORBIDDEN_CHARACTER', field });
  expect(await counts()).toEqual(before);
}

describe.each(ONE_LINE)('one-line text %s', (field, call) => {
  it.each([...NEVER, ...LINE_BREAKS].map((c) => [JSON.stringify(c), c]))('refuses %s inside it', async (_, c) => {
    await refusedOn(field, call(`Texte${c}caché`));
  });

  it('accepts accents, emoji and other scripts (control: the refusal is about control characters)', async () => {
    const value = field === 'timeZone' ? 'Europe/Paris' : 'Éléments — 学習 ✓ 🎓';
    const c = call(value);
    await api.ok(c.query, c.variables, c.actor);
  });
});

describe.each(LONG)('long text %s', (field, call) => {
  it.each(NEVER.map((c) => [JSON.stringify(c), c]))('refuses %s inside it', async (_, c) => {
    await refusedOn(field, call(`Texte${c}caché`));
  });

  it('keeps line breaks (\\n, \\r\\n) and tabs', async () => {
    const c = call('Ligne 1\nLigne 2\r\nColonne\tvaleur');
    await api.ok(c.query, c.variables, c.actor);
  });
});

it('the stored long text reads back with its line breaks, as given', async () => {
  const text = 'Ligne 1\nLigne 2\r\nColonne\tvaleur';
  const id = (await api.ok(`mutation($id: ID!, $input: UpdateTrainingInput!) { updateTraining(id: $id, input: $input) { id } }`, {
    id: ids.trainingId,
    input: { description: text },
  })).updateTraining.id;
  expect((await api.ok(`query($id: ID!) { training(id: $id) { description } }`, { id })).training.description).toBe(text);
});

describe('searching for a control character is refused the same way on both databases', () => {
  it.each([
    ['trainings', `query($s: String) { trainings(search: $s) { totalCount } }`, (s: string) => ({ s })],
    ['users', `query($s: String) { users(search: $s) { totalCount } }`, (s: string) => ({ s })],
    ['sessions', `query($s: String) { sessions(filter: { search: $s }) { totalCount } }`, (s: string) => ({ s })],
    ['events', `query($s: String) { events(filter: { search: $s }) { totalCount } }`, (s: string) => ({ s })],
  ])('%s(search: "\\u0000")', async (_, query, variables) => {
    for (const c of ['\u0000', '\n', '\u001b', '\u2028', '\ud800'])
      expect(firstError(await api.run(query, variables(`a${c}`)))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'FORBIDDEN_CHARACTER',
        field: 'search',
      });
    // Control: a plain search runs.
    await api.ok(query, variables('Formation'));
  });
});
