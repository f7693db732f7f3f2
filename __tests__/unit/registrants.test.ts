import { visibleRegistrants } from '../../domain/registrants';
import { InscriptionRole, InscriptionState } from '../../entities';

// #6 §14: registrant privacy is decided in the domain (it was in graphql/resolvers/inscription-lists.ts).
describe('which registrations an actor sees', () => {
  const learner = { kind: 'user' as const, userId: 7, isAdmin: false };
  const confirmedLearners = { role: InscriptionRole.LEARNER, state: InscriptionState.CONFIRMED };

  it('staff of the session see the list as asked', async () => {
    expect(await visibleRegistrants(learner, confirmedLearners, async () => true)).toEqual(confirmedLearners);
  });

  it('anyone else sees only their own registrations; anonymous visitors none', async () => {
    expect(await visibleRegistrants(learner, confirmedLearners, async () => false)).toEqual({ ...confirmedLearners, userId: 7 });
    expect(await visibleRegistrants({ kind: 'anonymous' }, {}, async () => false)).toEqual({ userId: -1 });
  });

  it('trainers are public, without asking whether the actor is staff', async () => {
    const isStaff = jest.fn(async () => false);
    const trainers = { role: InscriptionRole.TRAINER };
    expect(await visibleRegistrants({ kind: 'anonymous' }, trainers, isStaff)).toEqual(trainers);
    expect(isStaff).not.toHaveBeenCalled();
  });
});
