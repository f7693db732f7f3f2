import { assertSignedIn } from '../domain/actor';
import { eventCertificates, sessionCertificates } from '../domain/certificates';
import type { DomainContext } from '../domain/context';
import type { DocumentFile } from '../domain/document-file';
import { DomainError } from '../domain/errors';
import { invitationDocuments } from '../domain/invitations';
import { eventRegistrantsExport, sessionRegistrantsExport, type ExportFormat } from '../domain/registrant-exports';
import { readerLocale } from '../domain/reader-locale';
import { signInSheet } from '../domain/sign-in-sheet';
import type { RenderedDocument } from '../domain/template-render';
import { InscriptionRole } from '../entities';
import { LOCALE_COOKIE, type Locale } from '../lib/locale';
import { textDocumentsPdf } from '../lib/pdf';
import { requestCookies } from './actor';
import { downloadErrorResponse, notFound } from './calendar-files';
import type { CursusRuntime } from './runtime';

/** What a document's builder is given: the request's context, the id in the address, its query and the reader's language. */
interface DocumentRequest {
  ctx: DomainContext;
  id: number;
  query: URLSearchParams;
  locale: Locale;
}

type Builder = (request: DocumentRequest) => Promise<DocumentFile>;

export type DocumentOwner = 'event' | 'session';

const text = (body: string, status: number) => new Response(`${body}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** `?roles=LEARNER,TRAINER`: who is in an export (#10 §7); learners when unsaid. Null for anything else. */
function rolesOf(query: URLSearchParams): InscriptionRole[] | null {
  const asked = (query.get('roles') ?? InscriptionRole.LEARNER).split(',').filter(Boolean);
  const roles = Object.values(InscriptionRole).filter((role) => asked.includes(role));
  return roles.length && roles.length === new Set(asked).size ? roles : null;
}

class BadQuery extends Error {}

/** A query id: digits only, else it names nothing (404, like an unknown address). */
class UnknownId extends Error {}

/** `?user=<id>`: one learner's documents; null (every learner's the caller may have) when unsaid. */
function userOf(query: URLSearchParams): number | null {
  const raw = query.get('user');
  if (raw === null) return null;
  if (!/^\d{1,15}$/.test(raw)) throw new UnknownId();
  return Number(raw);
}

type LearnerDocuments = (ctx: DomainContext, id: number, userId: number | null) => Promise<{ title: string; docs: RenderedDocument[] }>;

/**
 * The learners' documents (#10 §5, §6) as one PDF: the domain gives the session's staff every learner's (or
 * `?user=`'s) and a learner only their own, and refuses (CONFLICT → 409 with its reason) when there is none.
 * `file` and `reference` name the PDF and its pages.
 */
const learnerPdf = (build: LearnerDocuments, file: string, reference: string): Builder => async ({ ctx, id, query }) => {
  const userId = userOf(query);
  const { title, docs } = await build(ctx, id, userId);
  const suffix = userId === null ? '' : `-${userId}`;
  const bytes = await textDocumentsPdf(
    docs.map((doc) => ({ title: doc.subject, text: doc.text })),
    { title, locale: docs[0].locale, reference: `${reference}${id}${userId === null ? '' : `-U${userId}`}`, createdAt: ctx.clock.now() },
  );
  return { fileName: `${file}-${id}${suffix}.pdf`, contentType: 'application/pdf', bytes };
};

const exportOf = (build: typeof eventRegistrantsExport, format: ExportFormat): Builder => ({ ctx, id, query, locale }) => {
  const roles = rolesOf(query);
  if (!roles) throw new BadQuery('roles');
  return build(ctx, id, { roles, format, locale });
};

/**
 * The files under /documents/<owner>/<id>/<file>, by owner and file name. One table, so that a new document
 * is one more line here and one more item in the « Documents » menus.
 */
const DOCUMENTS: Record<DocumentOwner, Record<string, Builder>> = {
  event: {
    'sign-in-sheet.pdf': ({ ctx, id, query, locale }) => signInSheet(ctx, id, { filled: query.get('filled') === '1', locale }),
    'registrants.csv': exportOf(eventRegistrantsExport, 'csv'),
    'registrants.xlsx': exportOf(eventRegistrantsExport, 'xlsx'),
    'invitations.pdf': learnerPdf((ctx, id, user) => invitationDocuments(ctx, { eventId: id }, user), 'convocations-seance', 'CONV-E'),
    'certificates.pdf': learnerPdf(eventCertificates, 'attestations-seance', 'ATT-E'),
  },
  session: {
    'registrants.csv': exportOf(sessionRegistrantsExport, 'csv'),
    'registrants.xlsx': exportOf(sessionRegistrantsExport, 'xlsx'),
    'invitations.pdf': learnerPdf((ctx, id, user) => invitationDocuments(ctx, { sessionId: id }, user), 'convocations-session', 'CONV-S'),
    'certificates.pdf': learnerPdf(sessionCertificates, 'certificats-session', 'CERT-S'),
  },
};

/**
 * A generated document (#10 §3, §5–§7) from an authenticated route, scoped like the API: the request's actor
 * (cookie or bearer token) reads through the domain functions, which answer NOT_FOUND outside their scope (404
 * here, like an unknown address) and refuse what cannot be issued (409 with the reason); anonymous callers are
 * asked to sign in (401). Called through the runtime, so the
 * entities are those of the bundle that built it (stack-notes: Next bundles server code twice).
 */
export async function documentFile(runtime: CursusRuntime, request: Request, owner: DocumentOwner, id: string, file: string): Promise<Response> {
  const build = Object.hasOwn(DOCUMENTS[owner], file) ? DOCUMENTS[owner][file] : undefined;
  if (!build || !/^\d{1,15}$/.test(id)) return notFound();
  try {
    const { domain } = await runtime.contextFor(request.headers);
    // Documents are personal: none for an anonymous visitor, whatever is public (the API's guard, graphql/guard.ts).
    assertSignedIn(domain.actor);
    const locale = await readerLocale(domain, requestCookies(request.headers)[LOCALE_COOKIE] ?? null);
    const document = await build({ ctx: domain, id: Number(id), query: new URL(request.url).searchParams, locale });
    return new Response(new Uint8Array(document.bytes), {
      headers: {
        'content-type': document.contentType,
        'content-disposition': `attachment; filename="${document.fileName}"`,
        'content-length': String(document.bytes.length),
        // Personal data: never kept by a shared cache.
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    if (error instanceof BadQuery) return text(`Bad request: ${error.message}`, 400);
    if (error instanceof UnknownId) return notFound();
    if (error instanceof DomainError && error.kind === 'CONFLICT') return text(`${error.reason}: ${error.message}`, 409);
    return downloadErrorResponse(error);
  }
}
