import type { Actor } from '../../domain/actor';
import { createContext } from '../../graphql/context';
import { learnerDocumentFile, type LearnerDocumentKind } from '../../server/learner-document-files';
import type { CursusRuntime } from '../../server/runtime';
import type { TestApi } from './api';
import { readPdf } from './pdf-text';

/** The runtime's parts a file route uses, with the test's database, clock and actor in place of a request's. */
export const runtimeAs = (api: TestApi, actor: Actor) =>
  ({ clock: api.clock, contextFor: async () => createContext(api.dataSource, actor, api.clock) }) as unknown as CursusRuntime;

/** A learner document route (#10 §5, §6) as `actor` gets it: status, type, and the PDF's text (or the refusal's). */
export async function learnerDocument(api: TestApi, kind: LearnerDocumentKind, id: string, actor: Actor, query = '') {
  const request = new Request(`http://cursus.test/documents/x/${id}/y.pdf${query}`);
  const response = await learnerDocumentFile(runtimeAs(api, actor), request, kind, id);
  const bytes = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type');
  return { status: response.status, type, text: type === 'application/pdf' ? (await readPdf(bytes)).text : bytes.toString('utf8') };
}
