import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { CommentResolver } from './resolvers/comment.resolver';
import { EventResolver } from './resolvers/event.resolver';
import { EventRegistrantsResolver } from './resolvers/event-registrants.resolver';
import { InscriptionResolver } from './resolvers/inscription.resolver';
import { LocationResolver } from './resolvers/location.resolver';
import { OrganisationResolver } from './resolvers/organisation.resolver';
import { SessionResolver } from './resolvers/session.resolver';
import { TemplateResolver } from './resolvers/template.resolver';
import { TrainingResolver } from './resolvers/training.resolver';
import { UserResolver } from './resolvers/user.resolver';
import { AccountResolver } from './resolvers/account.resolver';
import { ViewerResolver } from './resolvers/viewer.resolver';
import { TimeZoneResolver } from './resolvers/time-zone.resolver';
import { CatalogueResolver } from './resolvers/catalogue.resolver';
import { CalendarFeedResolver } from './resolvers/calendar-feed.resolver';
import { NotificationResolver } from './resolvers/notification.resolver';
import { OutboxResolver } from './resolvers/outbox.resolver';
import { MessageResolver, ReceivedMessageResolver } from './resolvers/message.resolver';
import { EventRegistrationResolver, SessionRegistrationResolver, WaitingListMoveResolver } from './resolvers/registration.resolver';
import { EventInvitationsResolver, InvitationResolver, SessionInvitationsResolver } from './resolvers/invitation.resolver';
import { CertificateResolver, EventCertificatesResolver, SessionCertificatesResolver } from './resolvers/certificate.resolver';
import {
  AttendanceChangeResolver,
  AttendanceValidationResolver,
  AttendedEventResolver,
  EventAttendanceResolver,
  RegistrantAttendanceResolver,
  SessionAttendanceOutcomeResolver,
  SessionAttendanceResolver,
} from './resolvers/attendance.resolver';
import { guardRootFields } from './guard';
import { DateTimeScalar } from './scalars';
import { validateInput } from './inputs/validate-input';

/** Builds the schema; call once per process (server/runtime.ts keeps it). */
export function buildCursusSchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: [
      TrainingResolver,
      SessionResolver,
      EventResolver,
      EventRegistrantsResolver,
      InscriptionResolver,
      CommentResolver,
      LocationResolver,
      TemplateResolver,
      OrganisationResolver,
      UserResolver,
      AccountResolver,
      ViewerResolver,
      TimeZoneResolver,
      CatalogueResolver,
      CalendarFeedResolver,
      SessionRegistrationResolver,
      EventRegistrationResolver,
      WaitingListMoveResolver,
      NotificationResolver,
      InvitationResolver,
      SessionInvitationsResolver,
      EventInvitationsResolver,
      CertificateResolver,
      SessionCertificatesResolver,
      EventCertificatesResolver,
      EventAttendanceResolver,
      SessionAttendanceResolver,
      RegistrantAttendanceResolver,
      AttendanceChangeResolver,
      AttendanceValidationResolver,
      SessionAttendanceOutcomeResolver,
      AttendedEventResolver,
      OutboxResolver,
      MessageResolver,
      ReceivedMessageResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateInput,
  });
  return guardRootFields(schema);
}
