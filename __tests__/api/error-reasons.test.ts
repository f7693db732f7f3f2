import { systemActor } from '../../domain/actor';
import { ErrorReason } from '../../domain/error-reasons';
import { firstError, openTestApi, TestApi } from '../support/api';

// #6 §13: every expected refusal carries a code and a reason from the one exported enum, so screens can translate it.
let api: TestApi;
beforeAll(async () => {
  api = await openTestApi();
});
afterAll(() => api.close());

it('an account-less actor asking for `me` gets a coded refusal, not a masked server error', async () => {
  const error = firstError(await api.run('{ me { id } }', {}, systemActor));
  expect(error).toMatchObject({ code: 'NOT_FOUND', reason: ErrorReason.NO_ACCOUNT });
  expect(error.message).not.toBe('An error occurred');
});

it.each([
  ['a missing training', '{ training(id: "999999") { id } }'],
  ['an invalid page size', '{ trainings(first: 1000) { totalCount } }'],
  ['an invalid repeat', 'mutation { repeatEvent(id: "1", weekdays: []) { id } }'],
  ['an invalid input', 'mutation { createTraining(input: { code: "", title: "", organisationIds: [] }) { id } }'],
])('%s answers a reason of the enum', async (_, query) => {
  const error = firstError(await api.run(query));
  expect(Object.values(ErrorReason)).toContain(error.reason);
});
