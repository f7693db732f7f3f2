import { IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EventStatus, Session } from '../../entities';
import { SessionSettingsInput } from './training.input';
import { ShortText } from './validators';
import type { SessionFilter } from '../../domain/sessions';
import { toOptionalId } from '../ids';
import { CLEARING, Writes } from './validate-input';

// No organisations field, on purpose: a session's organisations are its training's (R1). A client that sends
// one gets BAD_USER_INPUT from the schema itself.
@InputType('UpdateSessionInput', { description: `Changes to a session; omitted fields stay as they are. ${CLEARING}` })
@Writes(Session)
export class UpdateSessionInput extends SessionSettingsInput {
  @Field({ nullable: true, description: 'Title.' })
  @IsOptional()
  @ShortText('title')
  title?: string;

  @Field({ nullable: true, description: 'Start (UTC instant).' })
  startDate?: Date;

  @Field({ nullable: true, description: 'End (UTC instant); not before the start.' })
  endDate?: Date;

  @Field({ nullable: true, description: "Make this the training's default session (R10); unsets the previous one." })
  defaultSession?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Hours before the start after which freed seats are no longer given to the waiting list automatically; null: no cut-off.',
  })
  @IsOptional()
  @Min(0)
  @Max(8760)
  promotionCutoffHours?: number | null;

  @Field(() => Date, { nullable: true, description: 'Learners can no longer register themselves from this instant (UTC); null: until the end.' })
  registrationClosesAt?: Date | null;
}

@InputType('CreateSessionInput', {
  description: "A new session; omitted fields take the training's values, as sessionDraft shows them (R2).",
})
export class CreateSessionInput extends UpdateSessionInput {
  @Field(() => ID, { description: 'The training this session is a run of.' })
  trainingId: string;
}

@InputType('SessionFilter', { description: 'Which sessions to list.' })
export class SessionFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only the sessions of this training.' })
  trainingId?: string;

  @Field({ nullable: true, description: "Words in the title or in its training's title." })
  search?: string;

  @Field(() => EventStatus, { nullable: true, description: 'Only sessions with this derived status (R4).' })
  status?: EventStatus;

  @Field({ nullable: true, description: 'Only sessions starting at or after this instant.' })
  startsAfter?: Date;

  @Field({ nullable: true, description: 'Only sessions starting before this instant.' })
  startsBefore?: Date;

  @Field({ nullable: true, description: 'true: only the sessions you manage or teach (as a confirmed trainer).' })
  asStaff?: boolean;

  @Field({ nullable: true, description: 'true: only sessions with a capacity whose confirmed learners fill less than half of it.' })
  underFilled?: boolean;

  @Field({ nullable: true, description: 'true: only sessions with registrations awaiting validation (R7).' })
  pendingRegistrations?: boolean;

  @Field({ nullable: true, description: 'true: ended sessions only; false: open sessions only, upcoming or ongoing (R4); omitted: all.' })
  ended?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only sessions with an event at this location.' })
  locationId?: string;

  @Field({ nullable: true, description: 'true: only sessions with a seat left (no capacity, or fewer confirmed learners than it; R6).' })
  withSeatsLeft?: boolean;

  @Field({ nullable: true, description: 'true: only the sessions you are registered to, in any role (refused registrations aside).' })
  mine?: boolean;
}

/** The domain's filter: ids read as numbers (an id that names nothing is NOT_FOUND on its field). */
export function toSessionFilter(filter: SessionFilterInput | null | undefined): SessionFilter {
  return {
    ...filter,
    trainingId: toOptionalId(filter?.trainingId, 'Training', 'trainingId'),
    locationId: toOptionalId(filter?.locationId, 'Location', 'locationId'),
  };
}
