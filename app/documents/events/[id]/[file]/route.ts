import { getRuntime } from '../../../../../server/runtime';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** #10: a generated document of the event (server/document-files.ts lists them). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const [cursus, { id, file }] = await Promise.all([getRuntime(), params]);
  return cursus.documentFile(request, 'event', id, file);
}
