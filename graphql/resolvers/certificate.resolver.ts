import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { certificateCount, MAX_MY_CERTIFICATES, myCertificates } from '../../domain/certificates';
import { Event, Session } from '../../entities';
import type { GraphQLContext } from '../context';

@ObjectType('SessionCertificate', { description: 'A certificate of completion you may download: a session with your attended hours (#10 §6).' })
class SessionCertificate {
  @Field(() => Session, { description: 'The session.' })
  session: Session;

  @Field(() => Float, { description: 'Hours you attended (PRESENT).' })
  attendedHours: number;

  @Field(() => Float, { description: 'Hours scheduled for you.' })
  scheduledHours: number;
}

@ObjectType('MyCertificates', { description: 'Your attendance certificates (#10 §6, /me).' })
class MyCertificates {
  @Field(() => [Event], { description: `Events you were recorded PRESENT at, most recent first (at most ${MAX_MY_CERTIFICATES}).` })
  events: Event[];

  @Field(() => [SessionCertificate], { description: 'Sessions of those events where you have attended hours.' })
  sessions: SessionCertificate[];
}

/** #10 §6: attendance certificates; the PDFs download from /documents/… (server/document-files.ts). */
@Resolver()
export class CertificateResolver {
  @Query(() => MyCertificates, { description: 'Your attendance certificates: per event (PRESENT) and per session (certificat de réalisation).' })
  myCertificates(@Ctx() ctx: GraphQLContext) {
    return myCertificates(ctx.domain);
  }
}

@Resolver(() => Session)
export class SessionCertificatesResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'How many learners have a certificate of completion (attended hours); null unless you are its staff.' })
  certificateCount(@Root() session: Session, @Ctx() ctx: GraphQLContext) {
    return certificateCount(ctx.domain, { sessionId: session.id });
  }
}

@Resolver(() => Event)
export class EventCertificatesResolver {
  @FieldResolver(() => Int, { nullable: true, description: 'How many learners have an attendance certificate (PRESENT); null unless you are its staff.' })
  certificateCount(@Root() event: Event, @Ctx() ctx: GraphQLContext) {
    return certificateCount(ctx.domain, { eventId: event.id });
  }
}
