import { canSeeEmail } from '../../domain/permissions';

// #6 §14: e-mail visibility is decided in the domain (it was in graphql/resolvers/user.resolver.ts).
describe('whose e-mail address an actor reads', () => {
  const learner = { kind: 'user' as const, userId: 7, isAdmin: false };

  it('their own, without asking whether they are staff', async () => {
    const isStaff = jest.fn(async () => false);
    expect(await canSeeEmail(learner, 7, isStaff)).toBe(true);
    expect(isStaff).not.toHaveBeenCalled();
  });

  it("someone else's only when they are staff", async () => {
    expect(await canSeeEmail(learner, 8, async () => false)).toBe(false);
    expect(await canSeeEmail(learner, 8, async () => true)).toBe(true);
    expect(await canSeeEmail({ kind: 'anonymous' }, 8, async () => false)).toBe(false);
  });
});
