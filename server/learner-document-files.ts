import { GraphQLError } from 'graphql';
import { eventCertificates, sessionCertificates } from '../domain/certificates';
import { assertSignedIn } from '../domain/actor';
import type { DomainContext } from '../domain/context';
import { DomainError } from '../domain/errors';
import { invitationDocuments } from '../domain/invitations';
import type { RenderedDocument } from '../domain/template-render';
import { databaseUnavailableResponse, isDatabaseUnavailable } from '../graphql/database-unavailable';
import { textDocumentsPdf } from '../lib/pdf';
import type { CursusRuntime } from './runtime';

/** The learners' documents (#10 §5, §6) that download as a PDF: `/documents/<events|sessions>/<id>/<name>.pdf`. */
export type LearnerDocumentKind = 'event-invitations' | 'session-invitations' | 'event-certificates' | 'session-certificates';

type Build = (ctx: DomainContext, id: number, userId: number | null) => Promise<{ title: string; docs: RenderedDocument[] }>;

const KINDS: Record<LearnerDocumentKind, { build: Build; file: string; reference: string }> = {
  'event-invitations': { build: (ctx, id, user) => invitationDocuments(ctx, { eventId: id }, user), file: 'convocations-seance', reference: 'CONV-E' },
  'session-invitations': { build: (ctx, id, user) => invitationDocuments(ctx, { sessionId: id }, user), file: 'convocations-session', reference: 'CONV-S' },
  'event-certificates': { build: eventCertificates, file: 'attestations-seance', reference: 'ATT-E' },
  'session-certificates': { build: sessionCertificates, file: 'certificats-session', reference: 'CERT-S' },
};

const text = (body: string, status: number) => new Response(`${body}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** A path or query id: digits only, else it names nothing. */
const idOf = (value: string | null) => (value !== null && /^\d{1,15}$/.test(value) ? Number(value) : null);

/**
 * A learner document as a PDF, scoped like the API: the request's actor (cookie or bearer token) reads through
 * the domain functions, which give the session's staff every learner's document (or `?user=<id>`'s) and a
 * learner only their own. Not found or out of scope: 404; not signed in: 401; a refusal (no one PRESENT…): 409
 * with its reason.
 */
export async function learnerDocumentFile(runtime: CursusRuntime, request: Request, kind: LearnerDocumentKind, rawId: string): Promise<Response> {
  const id = idOf(rawId);
  const rawUser = new URL(request.url).searchParams.get('user');
  const userId = idOf(rawUser);
  if (id === null || (rawUser !== null && userId === null)) return text('Not found', 404);
  const { build, file, reference } = KINDS[kind];
  try {
    const ctx = await runtime.contextFor(request.headers);
    // Documents are personal: none for an anonymous visitor, whatever is public (the API's guard, graphql/guard.ts).
    assertSignedIn(ctx.domain.actor);
    const { title, docs } = await build(ctx.domain, id, userId);
    const pdf = await textDocumentsPdf(
      docs.map((doc) => ({ title: doc.subject, text: doc.text })),
      { title, locale: docs[0].locale, reference: `${reference}${id}${userId === null ? '' : `-U${userId}`}`, createdAt: runtime.clock.now() },
    );
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${file}-${id}${userId === null ? '' : `-${userId}`}.pdf"`,
        // Personal data: never kept by a shared cache.
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'NOT_FOUND') return text('Not found', 404);
    if (error instanceof DomainError && error.kind === 'CONFLICT') return text(`${error.reason}: ${error.message}`, 409);
    if (error instanceof DomainError && error.kind === 'UNAUTHENTICATED') return text('Unauthorized', 401);
    if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') return text('Unauthorized', 401);
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
    throw error;
  }
}
