import { getRuntime } from '../../../../../server/runtime';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** #10: ?user=<id> for one learner's; without it, every learner's the caller may have, in one PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [cursus, { id }] = await Promise.all([getRuntime(), params]);
  return cursus.learnerDocumentFile(request, 'event-invitations', id);
}
