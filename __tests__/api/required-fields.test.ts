import { firstError, openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

// #8 screen 2: a required input field sent empty (null) or left out is refused naming that field, with a
// reason, so the form shows it next to the field (GraphQL's own coercion errors only name the variable).
let api: TestApi;
let f: ReturnType<typeof factories>;
beforeAll(async () => {
  api = await openTestApi();
  f = factories(api);
});
afterAll(() => api.close());

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;

describe('required input fields', () => {
  it('null names the nested field (VALUE_REQUIRED)', async () => {
    const sessionId = await f.session();
    const result = await api.run(CREATE, { input: { sessionId, name: 'Atelier', startAt: null, endAt: '2026-03-10T11:00:00Z' } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startAt', reason: 'VALUE_REQUIRED' });
  });

  it('a missing field is named too', async () => {
    const sessionId = await f.session();
    const result = await api.run(CREATE, { input: { sessionId, name: 'Atelier', startAt: '2026-03-10T08:00:00Z' } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endAt', reason: 'VALUE_REQUIRED' });
  });

  it('other variable errors still name the variable', async () => {
    const result = await api.run(`query($id: ID!) { event(id: $id) { id } }`, { id: { not: 'an id' } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
