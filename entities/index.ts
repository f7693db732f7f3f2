import { ApiToken } from './api-token.entity';
import { Attendance } from './attendance.entity';
import { AttendanceChange } from './attendance-change.entity';
import { AttendanceValidation } from './attendance-validation.entity';
import { CalendarCancellation } from './calendar-cancellation.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { Comment } from './comment.entity';
import { DataVersion } from './data-version.entity';
import { Event } from './event.entity';
import { Inscription } from './inscription.entity';
import { InvitationSending } from './invitation-sending.entity';
import { Location } from './location.entity';
import { LoginAttempt } from './login-attempt.entity';
import { Membership, MembershipRole } from './membership.entity';
import { Message } from './message.entity';
import { MessageRecipient } from './message-recipient.entity';
import { Organisation } from './organisation.entity';
import { OutboxMail } from './outbox-mail.entity';
import { Session } from './session.entity';
import { Template } from './template.entity';
import { Training } from './training.entity';
import { TrainingOrganisation } from './training-organisation.entity';
import { User } from './user.entity';
import { Notification } from './notification.entity';
import { WaitingListMove } from './waiting-list-move.entity';
import { WaitingPlace } from './waiting-place.entity';

export { ApiToken, Attendance, AttendanceChange, AttendanceValidation, OutboxMail, CalendarCancellation, CalendarFeed, Comment, DataVersion, Event, LoginAttempt, Membership, MembershipRole, Message, MessageRecipient, Inscription, InvitationSending, Location, Notification, Organisation, Session, Template, Training, TrainingOrganisation, User, WaitingListMove, WaitingPlace };
export * from './enums';

export const entities = [
  Organisation,
  User,
  Location,
  Training,
  TrainingOrganisation,
  Session,
  Event,
  Inscription,
  Comment,
  Template,
  Membership,
  ApiToken,
  LoginAttempt,
  CalendarFeed,
  CalendarCancellation,
  WaitingPlace,
  WaitingListMove,
  Attendance,
  AttendanceChange,
  AttendanceValidation,
  OutboxMail,
  Notification,
  Message,
  MessageRecipient,
  InvitationSending,
  DataVersion,
];
