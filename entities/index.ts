import { ApiToken } from './api-token.entity';
import { CalendarCancellation } from './calendar-cancellation.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { Comment } from './comment.entity';
import { Event } from './event.entity';
import { Inscription } from './inscription.entity';
import { Location } from './location.entity';
import { LoginAttempt } from './login-attempt.entity';
import { Membership, MembershipRole } from './membership.entity';
import { Organisation } from './organisation.entity';
import { Session } from './session.entity';
import { Template } from './template.entity';
import { Training } from './training.entity';
import { TrainingOrganisation } from './training-organisation.entity';
import { User } from './user.entity';

export { ApiToken, CalendarCancellation, CalendarFeed, Comment, Event, LoginAttempt, Membership, MembershipRole, Inscription, Location, Organisation, Session, Template, Training, TrainingOrganisation, User };
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
];
