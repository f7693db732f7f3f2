import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import {
  attendancePermissions,
  correctAttendance,
  markAllPresent,
  recordAttendance,
  sessionOutcomesFor,
  validateAttendance,
} from '../../domain/attendance';
import type { AttendanceLine } from '../../domain/attendance';
import { AttendanceOutcome, AttendanceOutcomeKind, AttendedEvent } from '../../domain/attendance-outcome';
import { checkIn, eventCheckIn } from '../../domain/check-in';
import { AttendanceChange, AttendanceMethod, AttendanceStatus, AttendanceValidation, Event, Session, User } from '../../entities';
import type { GraphQLContext } from '../context';
import { toId } from '../ids';

registerEnumType(AttendanceOutcomeKind, {
  name: 'AttendanceOutcomeKind',
  description: "How a learner's attendance of a session adds up (#10 §1).",
  valuesConfig: {
    FULL: { description: 'Present at every event they were registered to.' },
    PARTIAL: { description: 'Present at some of them.' },
    NONE: { description: 'Present at none (or registered to none).' },
  },
});

@ObjectType('RegistrantAttendance', {
  description: "A registrant's attendance at an event: UNKNOWN, recorded by nobody, until someone records it (#10 §1).",
})
class RegistrantAttendance implements AttendanceLine {
  eventId: number;
  userId: number;
  recordedById: number | null;

  @Field(() => AttendanceStatus, { description: 'Present, absent (excused or not), or not recorded yet.' })
  status: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Optional comment of whoever recorded it.' })
  comment: string | null;

  @Field(() => Date, { nullable: true, description: 'When the current status was recorded (UTC); null while UNKNOWN.' })
  recordedAt: Date | null;

  @Field(() => AttendanceMethod, { nullable: true, description: 'By staff or by self check-in; null while UNKNOWN.' })
  method: AttendanceMethod | null;

  @Field(() => String, { nullable: true, description: 'The reason of the correction that set it after validation; null otherwise.' })
  correctionReason: string | null;
}

@ObjectType('AttendancePermissions', { description: "What you may do with an event's attendance (the screens show only these actions)." })
class AttendancePermissions {
  @Field({ description: "Record it, mark all present and show the check-in code (the session's staff: managers, trainers)." })
  record: boolean;

  @Field({ description: 'Validate it, which locks it (the same staff).' })
  validate: boolean;

  @Field({ description: "Correct it after validation, with a reason (the training's managers)." })
  correct: boolean;
}

@ObjectType('CheckInCode', { description: "The event's current self check-in code and its QR code (#10 §2)." })
class CheckInCode {
  @Field({ description: "What the QR code holds: the learner's check-in page with the code." })
  url: string;

  @Field({ description: 'The code, 6 digits, for a learner to type.' })
  code: string;

  @Field({ description: 'When this code stops being the current one (UTC); it is accepted for one step more.' })
  expiresAt: Date;

  @Field(() => Int, { description: 'How long each code is current, in seconds.' })
  stepSeconds: number;

  @Field({ description: 'Check-in opens: the start minus the margin (CHECKIN_MARGIN_MINUTES).' })
  opensAt: Date;

  @Field({ description: 'Check-in closes: the end plus the margin.' })
  closesAt: Date;

  @Field({ description: 'The QR code of `url`, an SVG document.' })
  qrSvg: string;
}

@ObjectType('AttendedEvent', { description: "One event of a learner's session outcome." })
class AttendedEventType implements Pick<AttendedEvent, 'eventId' | 'status'> {
  eventId: number;

  @Field(() => AttendanceStatus, { description: 'Their attendance (UNKNOWN when not recorded).' })
  status: AttendanceStatus;
}

@ObjectType('SessionAttendanceOutcome', { description: "A learner's attendance of a session, added up (#10 §1)." })
class SessionAttendanceOutcome implements Pick<AttendanceOutcome, 'userId' | 'scheduledHours' | 'attendedHours' | 'outcome'> {
  userId: number;

  @Field(() => Float, { description: "Hours of the events they were registered to (confirmed)." })
  scheduledHours: number;

  @Field(() => Float, { description: 'Hours of those where they were PRESENT.' })
  attendedHours: number;

  @Field(() => AttendanceOutcomeKind, { description: 'Full, partial or none.' })
  outcome: AttendanceOutcomeKind;

  @Field(() => [AttendedEventType], { description: 'Their events, by start.' })
  events: AttendedEventType[];
}

@Resolver(() => RegistrantAttendance)
export class RegistrantAttendanceResolver {
  @FieldResolver(() => User, { description: 'The registrant.' })
  user(@Root() line: AttendanceLine, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.user.load(line.userId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded the current status (the learner for a self check-in).' })
  recordedBy(@Root() line: AttendanceLine, @Ctx() ctx: GraphQLContext) {
    return line.recordedById === null ? null : ctx.loaders.user.load(line.recordedById);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the current status comes from a correction after validation.' })
  corrected(@Root() line: AttendanceLine) {
    return line.correctionReason !== null;
  }

  @FieldResolver(() => [AttendanceChange], { description: 'Every change of it, oldest first: the audit trail.' })
  async history(@Root() line: AttendanceLine, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.attendanceChanges.load(line.eventId)).filter((change) => change.userId === line.userId);
  }
}

@Resolver(() => AttendanceChange)
export class AttendanceChangeResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made it; null once their account is gone.' })
  changedBy(@Root() change: AttendanceChange, @Ctx() ctx: GraphQLContext) {
    return change.changedById === null ? null : ctx.loaders.user.load(change.changedById);
  }
}

@Resolver(() => AttendanceValidation)
export class AttendanceValidationResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who validated it; null once their account is gone.' })
  validatedBy(@Root() validation: AttendanceValidation, @Ctx() ctx: GraphQLContext) {
    return validation.validatedById === null ? null : ctx.loaders.user.load(validation.validatedById);
  }
}

@Resolver(() => SessionAttendanceOutcome)
export class SessionAttendanceOutcomeResolver {
  @FieldResolver(() => User, { description: 'The learner.' })
  user(@Root() outcome: SessionAttendanceOutcome, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.user.load(outcome.userId);
  }
}

@Resolver(() => AttendedEventType)
export class AttendedEventResolver {
  @FieldResolver(() => Event, { description: 'The event.' })
  event(@Root() attended: AttendedEventType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.event.load(attended.eventId);
  }
}

@Resolver(() => Event)
export class EventAttendanceResolver {
  @FieldResolver(() => [RegistrantAttendance], {
    description: "Its registrants' attendance, by name: all of them for the session's staff, your own for a registrant (#10 §1).",
  })
  attendance(@Root() event: Event, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.eventAttendance.load(event);
  }

  @FieldResolver(() => AttendanceValidation, { nullable: true, description: 'The validation that locked its attendance; null until then.' })
  attendanceValidation(@Root() event: Event, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.attendanceValidation.load(event.id);
  }

  @FieldResolver(() => AttendancePermissions, { description: 'What you may do with its attendance.' })
  async attendanceCan(@Root() event: Event, @Ctx() ctx: GraphQLContext): Promise<AttendancePermissions> {
    return attendancePermissions(await ctx.loaders.sessionRelation.load(event.sessionId));
  }

  @Query(() => CheckInCode, { description: "The event's current self check-in code and QR code (its session's staff; #10 §2)." })
  eventCheckIn(@Ctx() ctx: GraphQLContext, @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string) {
    return eventCheckIn(ctx.domain, toId(eventId, 'Event', 'eventId'));
  }

  @Mutation(() => RegistrantAttendance, { description: "Records a registrant's attendance (the session's staff, from the event's start, until validated)." })
  recordAttendance(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('userId', () => ID, { description: 'The registrant.' }) userId: string,
    @Arg('status', () => AttendanceStatus, { description: 'Present or absent (UNKNOWN is refused).' }) status: AttendanceStatus,
    @Arg('comment', () => String, { nullable: true, description: 'Optional comment (empty clears it).' }) comment?: string | null,
  ) {
    return recordAttendance(ctx.domain, toId(eventId, 'Event', 'eventId'), toId(userId, 'User', 'userId'), status, comment);
  }

  @Mutation(() => [RegistrantAttendance], {
    description: '« Tous présents »: marks PRESENT every registrant not recorded yet; never changes a recorded status. Returns those it changed.',
  })
  markAllPresent(@Ctx() ctx: GraphQLContext, @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string) {
    return markAllPresent(ctx.domain, toId(eventId, 'Event', 'eventId'));
  }

  @Mutation(() => AttendanceValidation, {
    description: "Validates the event's attendance, which locks it; every registrant must be recorded (the session's staff).",
  })
  validateAttendance(@Ctx() ctx: GraphQLContext, @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string) {
    return validateAttendance(ctx.domain, toId(eventId, 'Event', 'eventId'));
  }

  @Mutation(() => RegistrantAttendance, {
    description: "Corrects a validated attendance, with its reason, kept as a correction (the training's managers).",
  })
  correctAttendance(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('userId', () => ID, { description: 'The registrant.' }) userId: string,
    @Arg('status', () => AttendanceStatus, { description: 'The corrected status (UNKNOWN is refused).' }) status: AttendanceStatus,
    @Arg('reason', () => String, { description: 'Why it is corrected (required).' }) reason: string,
    @Arg('comment', () => String, { nullable: true, description: 'Optional comment.' }) comment?: string | null,
  ) {
    return correctAttendance(ctx.domain, toId(eventId, 'Event', 'eventId'), toId(userId, 'User', 'userId'), status, comment, reason);
  }

  @Mutation(() => RegistrantAttendance, {
    description: 'Self check-in with the code shown in the room: PRESENT by SELF (a confirmed learner of the event, within its window; #10 §2).',
  })
  checkIn(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('code', () => String, { description: 'The code from the QR code or the screen.' }) code: string,
  ) {
    return checkIn(ctx.domain, toId(eventId, 'Event', 'eventId'), code, ctx.clientAddress);
  }
}

@Resolver(() => Session)
export class SessionAttendanceResolver {
  @FieldResolver(() => [SessionAttendanceOutcome], {
    description: "Each learner's attendance added up: hours attended of hours scheduled, full / partial / none (staff: all; a learner: their own).",
  })
  attendanceOutcomes(@Root() session: Session, @Ctx() ctx: GraphQLContext) {
    return sessionOutcomesFor(ctx.domain, session.id);
  }
}
