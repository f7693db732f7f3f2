import type { Actor } from '../../domain/actor';
import { createContext } from '../../graphql/context';
import { documentFile } from '../../server/document-files';
import type { CursusRuntime } from '../../server/runtime';
import type { TestApi } from './api';
import { readPdf } from './pdf-text';

/** The runtime's parts a file route uses, with the test's database, clock and actor in place of a request's. */
export const runtimeAs = (api: TestApi, actor: Actor) =>
  ({ clock: api.clock, contextFor: async () => createContext(api.dataSource, actor, api.clock) }) as unknown as CursusRuntime;

/** Which learner documents (#10 §5, §6): /documents/<owner>s/<id>/<file>.pdf. */
export type LearnerDocumentKind = `${'event' | 'session'}-${'invitations' | 'certificates'}`;

/** A learner document route as `actor` gets it: status, type, and the PDF's text (or the refusal's). */
export async function learnerDocument(api: TestApi, kind: LearnerDocumentKind, id: string, actor: Actor, query = '') {
  const [owner, name] = kind.split('-') as ['event' | 'session', string];
  const request = new Request(`http://cursus.test/documents/${owner}s/${id}/${name}.pdf${query}`);
  const response = await documentFile(runtimeAs(api, actor), request, owner, id, `${name}.pdf`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type');
  return { status: response.status, type, text: type === 'application/pdf' ? (await readPdf(bytes)).text : bytes.toString('utf8') };
}
