/**
 * #6 "Bad input gets a clear error and changes nothing", for null: every create and update mutation of the
 * built schema, with null sent for each of its optional input fields on an otherwise valid input. null clears a
 * value, so it is accepted exactly where the entity's column may be empty (the answer succeeds and the row
 * holds NULL) and refused everywhere else with BAD_USER_INPUT naming the field and writing nothing (every table
 * is compared before and after) — never a masked server error.
 *
 * The cases come from the schema: a new create or update mutation fails this file until it has a base below.
 */
import { getNamedType, GraphQLField, isInputObjectType, isNonNullType } from 'graphql';
import { randomBytes } from 'node:crypto';
import { ErrorReason } from '../../domain/error-reasons';
import { buildCursusSchema } from '../../graphql/schema';
import { openTestApi, TestApi } from '../support/api';
import { factories } from '../support/factories';

jest.setTimeout(60_000);

const schema = buildCursusSchema();
const unique = () => randomBytes(4).toString('hex');

const writes = Object.values(schema.getMutationType()!.getFields()).filter(
  (mutation) => /^(create|update)[A-Z]/.test(mutation.name) && mutation.args.some((arg) => arg.name === 'input'),
);

const inputFields = (mutation: GraphQLField<unknown, unknown>) => {
  const type = getNamedType(mutation.args.find((arg) => arg.name === 'input')!.type);
  return isInputObjectType(type) ? Object.values(type.getFields()) : [];
};

const CASES = writes.flatMap((mutation) =>
  inputFields(mutation)
    .filter((field) => !isNonNullType(field.type))
    .map((field) => [mutation.name, field.name] as const),
);

/** A valid call: the update's target (with every clearable column filled, so clearing shows) or a create's input. */
interface Base {
  id?: string;
  input: Record<string, unknown>;
}

let api: TestApi;
let bases: Record<string, () => Promise<Base>>;

beforeAll(async () => {
  api = await openTestApi();
  const f = factories(api);
  const template = async () => ({ name: `Modèle ${unique()}`, kind: 'EMAIL', locale: 'fr', subject: 'Objet', body: 'Bonjour', organisationId: await f.organisation() });
  const organisation = async () => ({ name: `Org ${unique()}`, code: `O-${unique()}`, parentId: await f.organisation() });
  const created = async (mutation: string, type: string, input: Record<string, unknown>) =>
    (await api.ok(`mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`, { input }))[mutation].id as string;
  bases = {
    createTraining: async () => ({
      input: { code: `T-${unique()}`, title: 'Formation', organisationIds: [await f.organisation()], maxUsers: 5 },
    }),
    updateTraining: async () => ({ id: await f.training({ maxUsers: 5 }), input: {} }),
    createSession: async () => ({
      input: { trainingId: await f.training(), startDate: '2026-03-01T00:00:00Z', endDate: '2026-03-31T00:00:00Z', maxUsers: 5 },
    }),
    updateSession: async () => ({ id: await f.session({ maxUsers: 5 }), input: {} }),
    createEvent: async () => ({
      input: {
        sessionId: await f.session(),
        name: 'Séance',
        startAt: '2026-03-10T08:00:00Z',
        endAt: '2026-03-10T11:00:00Z',
        locationId: await f.location(),
        maxUsers: 5,
      },
    }),
    updateEvent: async () => ({ id: await f.event(await f.session(), { locationId: await f.location(), maxUsers: 5 }), input: {} }),
    createLocation: async () => ({
      input: { name: 'Salle', address: '1 rue de la Paix', timeZone: 'Europe/Paris', capacity: 10, organisationId: await f.organisation() },
    }),
    updateLocation: async () => ({ id: await f.location('Europe/Paris', { capacity: 10, organisationId: await f.organisation() }), input: {} }),
    createTemplate: async () => ({ input: await template() }),
    updateTemplate: async () => ({ id: await created('createTemplate', 'CreateTemplateInput', await template()), input: {} }),
    createOrganisation: async () => ({ input: await organisation() }),
    updateOrganisation: async () => ({ id: await created('createOrganisation', 'CreateOrganisationInput', await organisation()), input: {} }),
    createUser: async () => ({ input: { email: `user-${unique()}@example.org`, firstName: 'Prénom', lastName: 'Nom' } }),
    updateUser: async () => ({ id: await f.user(), input: {} }),
  };
});
afterAll(() => api.close());

/** Every row of every table, to prove that a refused call wrote nothing. */
async function snapshot(): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const meta of api.dataSource.entityMetadatas) {
    const rows = await api.dataSource.manager.createQueryBuilder(meta.target, 'r').getRawMany();
    tables[meta.tableName] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return tables;
}

it('covers every create and update mutation', () => {
  expect(writes.map((mutation) => mutation.name).sort()).toEqual(Object.keys(bases).sort());
  expect(CASES.length).toBeGreaterThan(40);
});

it.each(CASES)('%s with %s: null', async (mutationName, field) => {
  const mutation = writes.find((m) => m.name === mutationName)!;
  // The entity the mutation writes is the object type it returns (entities are the object types).
  const entity = api.dataSource.getMetadata(getNamedType(mutation.type).name);
  const clearable = entity.findColumnWithPropertyName(field)?.isNullable === true;

  const base = await bases[mutationName]();
  const variables = { ...(base.id ? { id: base.id } : {}), input: { ...base.input, [field]: null } };
  const declared = mutation.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const before = await snapshot();
  const result = await api.run(`mutation(${declared}) { ${mutationName}(${passed}) { id } }`, variables);

  if (clearable) {
    expect(result.errors).toBeUndefined();
    const row = await api.dataSource.manager.findOneByOrFail(entity.target, { id: Number(result.data[mutationName].id) });
    expect((row as Record<string, unknown>)[field]).toBeNull();
  } else {
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: ErrorReason.NOT_CLEARABLE, field });
    expect(await snapshot()).toEqual(before);
  }
});
