import type { DomainContext } from '../domain/context';
import type { DocumentFile } from '../domain/document-file';
import { eventRegistrantsExport, sessionRegistrantsExport, type ExportFormat } from '../domain/registrant-exports';
import { readerLocale } from '../domain/reader-locale';
import { signInSheet } from '../domain/sign-in-sheet';
import { InscriptionRole } from '../entities';
import { LOCALE_COOKIE, type Locale } from '../lib/locale';
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

/** `?roles=LEARNER,TRAINER`: who is in an export (#10 §7); learners when unsaid. Null for anything else. */
function rolesOf(query: URLSearchParams): InscriptionRole[] | null {
  const asked = (query.get('roles') ?? InscriptionRole.LEARNER).split(',').filter(Boolean);
  const roles = Object.values(InscriptionRole).filter((role) => asked.includes(role));
  return roles.length && roles.length === new Set(asked).size ? roles : null;
}

class BadQuery extends Error {}

const exportOf = (build: typeof eventRegistrantsExport, format: ExportFormat): Builder => ({ ctx, id, query, locale }) => {
  const roles = rolesOf(query);
  if (!roles) throw new BadQuery('roles');
  return build(ctx, id, { roles, format, locale });
};

/**
 * The files under /documents/<owner>/<id>/<file>, by owner and file name. One table, so that a new document
 * (invitations, certificates…) is one more line here and one more item in the « Documents » menus.
 */
const DOCUMENTS: Record<DocumentOwner, Record<string, Builder>> = {
  event: {
    'sign-in-sheet.pdf': ({ ctx, id, query, locale }) => signInSheet(ctx, id, { filled: query.get('filled') === '1', locale }),
    'registrants.csv': exportOf(eventRegistrantsExport, 'csv'),
    'registrants.xlsx': exportOf(eventRegistrantsExport, 'xlsx'),
  },
  session: {
    'registrants.csv': exportOf(sessionRegistrantsExport, 'csv'),
    'registrants.xlsx': exportOf(sessionRegistrantsExport, 'xlsx'),
  },
};

/**
 * A generated document (#10 §3, §7) from an authenticated route, scoped like the API: the request's actor
 * (cookie or bearer token) reads through the domain functions, which answer NOT_FOUND outside their scope (404
 * here, like an unknown address) and ask anonymous callers to sign in (401). Called through the runtime, so the
 * entities are those of the bundle that built it (stack-notes: Next bundles server code twice).
 */
export async function documentFile(runtime: CursusRuntime, request: Request, owner: DocumentOwner, id: string, file: string): Promise<Response> {
  const build = Object.hasOwn(DOCUMENTS[owner], file) ? DOCUMENTS[owner][file] : undefined;
  if (!build || !/^\d{1,15}$/.test(id)) return notFound();
  try {
    const { domain } = await runtime.contextFor(request.headers);
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
    if (error instanceof BadQuery) return new Response(`Bad request: ${error.message}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    return downloadErrorResponse(error);
  }
}
